// The theme actually in effect, read from <html>, for widgets that theme themselves (Monaco).
import { useSyncExternalStore } from 'react';
import { DARK_THEME_CLASS, type Theme } from './theme.ts';

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class'] });
  return () => observer.disconnect();
}

const current = (): Theme =>
  document.documentElement.classList.contains(DARK_THEME_CLASS) ? 'dark' : 'light';

export function useResolvedTheme(): Theme {
  return useSyncExternalStore(subscribe, current, () => 'light');
}
