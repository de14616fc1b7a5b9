import { describe, expect, it } from 'vitest';
import {
  applyTheme,
  DARK_THEME_CLASS,
  readThemePreference,
  resolveTheme,
  saveThemePreference,
  THEME_STORAGE_KEY,
} from './theme.ts';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    values,
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
    removeItem: (key: string) => void values.delete(key),
  };
}

describe('theme', () => {
  it('follows the system unless the person chose light or dark', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });

  it('remembers a chosen theme and forgets it when the person goes back to the system setting', () => {
    const storage = memoryStorage();
    saveThemePreference(storage, 'dark');
    expect(readThemePreference(storage)).toBe('dark');
    saveThemePreference(storage, 'system');
    expect(storage.values.has(THEME_STORAGE_KEY)).toBe(false);
    expect(readThemePreference(storage)).toBe('system');
  });

  it('ignores an unknown stored value and a storage that refuses access', () => {
    expect(readThemePreference(memoryStorage({ [THEME_STORAGE_KEY]: 'purple' }))).toBe('system');
    const blocked = {
      getItem: () => {
        throw new Error('denied');
      },
    };
    expect(readThemePreference(blocked)).toBe('system');
  });

  it('switches PatternFly’s dark theme class on the root element', () => {
    const root = document.createElement('html');
    applyTheme(root, 'dark');
    expect(root.classList.contains(DARK_THEME_CLASS)).toBe(true);
    applyTheme(root, 'light');
    expect(root.classList.contains(DARK_THEME_CLASS)).toBe(false);
  });
});
