// The form's view of the document: each field as the text or switch a control shows.
import { getField, toValue } from '@connector-console/model';
import type { Document } from 'yaml';

export const SPEC_FLAGS = [
  'useClientCert',
  'verifyHostname',
  'includeNotReadyPods',
  'exposePodsByName',
] as const;
export type SpecFlag = (typeof SPEC_FLAGS)[number];

export interface FormValues {
  name: string;
  routingKey: string;
  port: string;
  selector: string;
  host: string;
  tlsCredentials: string;
  type: string;
  flags: Record<SpecFlag, boolean>;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  settings: Record<string, string>;
  /** The whole connector as plain data, for validation. */
  value: unknown;
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** A map as text entries; a value that is not text shows as written, and is saved as text once edited. */
function entries(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, text(entry)]));
}

export function readFormValues(doc: Document | undefined): FormValues {
  const get = (...path: string[]) => (doc ? getField(doc, path) : undefined);
  return {
    name: text(get('metadata', 'name')),
    routingKey: text(get('spec', 'routingKey')),
    port: text(get('spec', 'port')),
    selector: text(get('spec', 'selector')),
    host: text(get('spec', 'host')),
    tlsCredentials: text(get('spec', 'tlsCredentials')),
    type: text(get('spec', 'type')),
    flags: Object.fromEntries(SPEC_FLAGS.map((flag) => [flag, get('spec', flag) === true])) as Record<
      SpecFlag,
      boolean
    >,
    labels: entries(get('metadata', 'labels')),
    annotations: entries(get('metadata', 'annotations')),
    settings: entries(get('spec', 'settings')),
    value: doc ? toValue(doc) : undefined,
  };
}

/** What the port box writes: digits become a number (YAML's port is one); anything else stays as typed. */
export function portValue(typed: string): number | string | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : typed;
}
