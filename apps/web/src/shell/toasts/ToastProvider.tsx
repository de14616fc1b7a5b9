// Keeps the list of toasts and shows them in PatternFly's live-region AlertGroup.
import { Alert, AlertActionCloseButton, AlertGroup } from '@patternfly/react-core';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { ToastContext, type Toast } from './toastContext.ts';

const TOAST_TIMEOUT_MS = 8_000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<(Toast & { id: number })[]>([]);
  const nextId = useRef(0);

  const add = useCallback((toast: Toast) => {
    nextId.current += 1;
    const id = nextId.current;
    setToasts((current) => [...current, { ...toast, id }]);
  }, []);
  const remove = (id: number) => setToasts((current) => current.filter((toast) => toast.id !== id));

  return (
    <ToastContext.Provider value={add}>
      {children}
      <AlertGroup isToast isLiveRegion aria-label="Notifications">
        {toasts.map((toast) => (
          <Alert
            key={toast.id}
            variant={toast.variant}
            title={toast.title}
            timeout={TOAST_TIMEOUT_MS}
            onTimeout={() => remove(toast.id)}
            actionClose={<AlertActionCloseButton title={toast.title} onClose={() => remove(toast.id)} />}
          >
            {toast.description}
          </Alert>
        ))}
      </AlertGroup>
    </ToastContext.Provider>
  );
}
