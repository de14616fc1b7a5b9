// The editor view (form or YAML) a person used last, remembered in the browser.
import type { EditorView } from './editorState.ts';

export const EDITOR_VIEW_STORAGE_KEY = 'connector-console.editor-view';

export function readEditorView(storage: Pick<Storage, 'getItem'> | undefined): EditorView {
  try {
    return storage?.getItem(EDITOR_VIEW_STORAGE_KEY) === 'yaml' ? 'yaml' : 'form';
  } catch {
    // Storage may be blocked (private mode, policy): the form is the default.
    return 'form';
  }
}

export function saveEditorView(storage: Pick<Storage, 'setItem'> | undefined, view: EditorView): void {
  try {
    storage?.setItem(EDITOR_VIEW_STORAGE_KEY, view);
  } catch {
    // Not remembered, but still shown for this visit.
  }
}
