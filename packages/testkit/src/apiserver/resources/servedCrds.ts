// Derives the committed skupper-crds.json from the verbatim CRDs in shared/reference (used by the script and its test).
import { CRD_FILES, readReference } from '../../reference.ts';
import { servedCrd } from './crds.ts';

export function renderServedCrds(): string {
  return `${JSON.stringify(
    Object.values(CRD_FILES).map((file) => servedCrd(readReference(file))),
    null,
    2,
  )}\n`;
}
