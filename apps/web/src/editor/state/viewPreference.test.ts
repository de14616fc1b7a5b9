import { describe, expect, it } from 'vitest';
import { EDITOR_VIEW_STORAGE_KEY, readEditorView, saveEditorView } from './viewPreference.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('the remembered editor view', () => {
  it('opens the view used last', () => {
    const storage = memoryStorage();
    saveEditorView(storage, 'yaml');
    expect(readEditorView(storage)).toBe('yaml');
  });

  it('opens the form the first time, or when storage holds something else', () => {
    const storage = memoryStorage();
    expect(readEditorView(storage)).toBe('form');
    storage.setItem(EDITOR_VIEW_STORAGE_KEY, 'table');
    expect(readEditorView(storage)).toBe('form');
  });

  it('still works when the browser blocks storage', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
    };
    expect(() => saveEditorView(blocked, 'yaml')).not.toThrow();
    expect(readEditorView(blocked)).toBe('form');
  });
});
