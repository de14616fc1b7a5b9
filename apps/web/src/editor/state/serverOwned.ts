// The fields the server keeps for itself: left out of the text people edit, and of the diff they review.
import {
  newYamlDocument,
  parseYamlDocument,
  serialize,
  setField,
  type Connector,
} from '@connector-console/model';
import { stringify } from 'yaml';

/** Written by the server on every change; comparing them only hides what a person changed. */
export const SERVER_OWNED_METADATA = [
  'managedFields',
  'resourceVersion',
  'uid',
  'creationTimestamp',
  'generation',
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function omit(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}

/** A connector without status and server bookkeeping; anything that is not a map is returned as it is. */
export function withoutServerOwned(value: unknown): unknown {
  if (!isRecord(value)) return value;
  const rest = omit(value, ['status']);
  if (!isRecord(rest.metadata)) return rest;
  return { ...rest, metadata: omit(rest.metadata, SERVER_OWNED_METADATA) };
}

/** What one side of the review diff shows: the plain values, so both sides are written the same way. */
export function reviewText(value: unknown): string {
  if (value === undefined) return '';
  return stringify(withoutServerOwned(value), { lineWidth: 0 });
}

/**
 * The text a stored connector opens with: without status and the server's bookkeeping, which a replace leaves as
 * it is; resourceVersion stays, because a replace must say which version it changes.
 */
export function editableText(resource: Connector): string {
  const { status: _status, ...rest } = resource;
  const bookkeeping: readonly string[] = SERVER_OWNED_METADATA.filter((key) => key !== 'resourceVersion');
  const metadata = omit(resource.metadata as Record<string, unknown>, bookkeeping);
  return serialize(newYamlDocument({ ...rest, metadata }));
}

/**
 * A stored file's text as the editor opens it: the file as written, plus the resourceVersion a replace must name.
 * Undefined when the file cannot be read as one document.
 */
export function sourceText(source: string, resource: Connector): string | undefined {
  const { doc } = parseYamlDocument(source);
  if (!doc) return undefined;
  if (resource.metadata.resourceVersion)
    setField(doc, ['metadata', 'resourceVersion'], resource.metadata.resourceVersion);
  return serialize(doc);
}
