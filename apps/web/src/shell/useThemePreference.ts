// The theme preference as React state, applied to <html> and kept in step with the system setting.
import { useEffect, useState } from 'react';
import {
  applyTheme,
  DARK_SCHEME_QUERY,
  readThemePreference,
  resolveTheme,
  saveThemePreference,
  type ThemePreference,
} from './theme.ts';

export function useThemePreference(): [ThemePreference, (preference: ThemePreference) => void] {
  const [preference, setPreference] = useState<ThemePreference>(() =>
    readThemePreference(window.localStorage),
  );

  useEffect(() => {
    const media = window.matchMedia?.(DARK_SCHEME_QUERY);
    const apply = () =>
      applyTheme(document.documentElement, resolveTheme(preference, media?.matches ?? false));
    apply();
    media?.addEventListener('change', apply);
    return () => media?.removeEventListener('change', apply);
  }, [preference]);

  const choose = (next: ThemePreference) => {
    saveThemePreference(window.localStorage, next);
    setPreference(next);
  };
  return [preference, choose];
}
