// How any part of the app announces a finished action as a toast.
import { createContext, useContext } from 'react';

export interface Toast {
  variant: 'success' | 'danger' | 'warning' | 'info';
  title: string;
  description?: string;
}

export type AddToast = (toast: Toast) => void;

export const ToastContext = createContext<AddToast>(() => {
  // Outside a ToastProvider (some tests) toasts go nowhere.
});

export function useToasts(): AddToast {
  return useContext(ToastContext);
}
