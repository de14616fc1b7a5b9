// Reads a pasted or dropped manifest into the editor: an older (v1alpha1) one is converted, and the notices say how.
import {
  checkConnectorText,
  getField,
  setField,
  type LocatedNotice,
  type Platform,
  type Problem,
} from '@connector-console/model';
import { editText } from './editorDocument.ts';

export interface ImportContext {
  platform: Platform;
  namespace?: string;
  /** When editing a stored connector: its name, and the version the edit started from. */
  editing?: { name: string; resourceVersion?: string };
}

export type ImportOutcome =
  { ok: true; text: string; notices: LocatedNotice[] } | { ok: false; problems: Problem[] };

export function importConnectorText(text: string, context: ImportContext): ImportOutcome {
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [{ path: '', message: 'There is nothing to import: paste or drop a file.' }],
    };
  }
  const check = checkConnectorText(text, { platform: context.platform, namespace: context.namespace });
  if (!check.doc) return { ok: false, problems: check.problems.errors };
  const converted = check.importedText ?? text;
  if (!context.editing) return { ok: true, text: converted, notices: check.notices };

  const { name, resourceVersion } = context.editing;
  const importedName = getField(check.doc, ['metadata', 'name']);
  if (importedName !== undefined && importedName !== name) {
    return {
      ok: false,
      problems: [
        {
          path: 'metadata.name',
          message:
            `This manifest is for a connector named ${String(importedName)}, but you are editing ${name}. ` +
            'A connector cannot be renamed: create a new one instead.',
        },
      ],
    };
  }
  return { ok: true, text: keepVersion(converted, name, resourceVersion), notices: check.notices };
}

/**
 * The replace must name the version this edit started from, whatever version (if any) the manifest was exported
 * at: the review diff then shows exactly what the import changes.
 */
function keepVersion(text: string, name: string, resourceVersion: string | undefined): string {
  const edited = editText(text, (doc) => {
    if (getField(doc, ['metadata', 'name']) === undefined) setField(doc, ['metadata', 'name'], name);
    if (resourceVersion !== undefined) setField(doc, ['metadata', 'resourceVersion'], resourceVersion);
  });
  return edited?.text ?? text;
}
