// The colour theme: a remembered preference (system, light or dark) resolved against the system setting.
export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'connector-console.theme';
export const DARK_THEME_CLASS = 'pf-v6-theme-dark';
export const DARK_SCHEME_QUERY = '(prefers-color-scheme: dark)';

export function resolveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

export function readThemePreference(storage: Pick<Storage, 'getItem'> | undefined): ThemePreference {
  let stored: string | null = null;
  try {
    stored = storage?.getItem(THEME_STORAGE_KEY) ?? null;
  } catch {
    // Storage may be blocked (private mode, policy): the system setting still applies.
  }
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

export function saveThemePreference(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  preference: ThemePreference,
): void {
  try {
    if (preference === 'system') storage.removeItem(THEME_STORAGE_KEY);
    else storage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Not remembered, but still applied for this visit.
  }
}

export function applyTheme(root: HTMLElement, theme: Theme): void {
  root.classList.toggle(DARK_THEME_CLASS, theme === 'dark');
  root.style.colorScheme = theme;
}

/** Applies the remembered theme before the first render, so a dark page does not flash light. */
export function applyInitialTheme(): void {
  const prefersDark = window.matchMedia?.(DARK_SCHEME_QUERY).matches ?? false;
  applyTheme(document.documentElement, resolveTheme(readThemePreference(window.localStorage), prefersDark));
}
