// The values a write puts in a connector file: the CLI's defaults on create, never status, minimal edits on update.
import type { Connector, LocalPlatform } from '@connector-console/model';
import { applyValue, parseYamlDocument, serialize, validateConnector } from '@connector-console/model';
import { SiteError } from '../errors.ts';
import { isRecord } from './resourceFiles.ts';

export type PlainObject = Record<string, unknown>;

/** Drops what the console never writes: status, and the resourceVersion it handed out (a hash, not data). */
export function writableValue(value: PlainObject): PlainObject {
  const { status: _status, ...rest } = value;
  if (!isRecord(rest['metadata'])) return rest;
  const { resourceVersion: _version, ...metadata } = rest['metadata'];
  return { ...rest, metadata };
}

/** Puts back what a file already had in the fields a write may not change, so the edit leaves them alone. */
export function keepFileOwnedFields(next: PlainObject, fileObject: PlainObject): PlainObject {
  const result: PlainObject = { ...next };
  if ('status' in fileObject) result['status'] = fileObject['status'];
  const fileMetadata = fileObject['metadata'];
  if (isRecord(fileMetadata) && 'resourceVersion' in fileMetadata && isRecord(result['metadata'])) {
    result['metadata'] = { ...result['metadata'], resourceVersion: fileMetadata['resourceVersion'] };
  }
  return result;
}

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * What `skupper connector create` fills in on a local site: the namespace, the routing key (the name),
 * the host (localhost, unless a selector was given, which validation then explains) and the type (tcp).
 */
export function withCreateDefaults(connector: Connector | PlainObject, namespace: string): PlainObject {
  const value = writableValue({ ...connector });
  const metadata = isRecord(value['metadata']) ? { ...value['metadata'] } : {};
  if (isBlank(metadata['namespace'])) metadata['namespace'] = namespace;
  const spec = isRecord(value['spec']) ? { ...value['spec'] } : {};
  if (isBlank(spec['routingKey'])) spec['routingKey'] = metadata['name'];
  if (isBlank(spec['host']) && isBlank(spec['selector'])) spec['host'] = 'localhost';
  if (isBlank(spec['type'])) spec['type'] = 'tcp';
  return { ...value, metadata, spec };
}

/** The file's text changed to hold `next`, touching only what differs, so comments and unknown fields stay. */
export function editedText(fileName: string, currentText: string, next: PlainObject): string {
  const parsed = parseYamlDocument(currentText);
  if (!parsed.doc) {
    const reason = parsed.problems[0]?.message ?? 'it cannot be read';
    throw new SiteError(
      'Unsupported',
      `input/resources/${fileName} cannot be edited by the console: ${reason}`,
    );
  }
  applyValue(parsed.doc, next);
  return serialize(parsed.doc);
}

/** Throws Invalid with every field problem, as the shared validation finds them for this site. */
export function requireValidConnector(value: PlainObject, platform: LocalPlatform, namespace: string): void {
  const { errors } = validateConnector(value, { platform, namespace });
  const first = errors[0];
  if (!first) return;
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
  throw new SiteError('Invalid', `The connector is not valid: ${first.message}${more}`, { problems: errors });
}
