// The shape of any Kubernetes object the test server keeps, and small helpers over it.
import type { ObjectMeta } from '@connector-console/model';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy as JSON would carry it: undefined fields vanish, as they would on the wire. */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Kubernetes timestamps are RFC 3339 with second precision. */
export function kubeTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function labelsOf(object: KubeObject): Record<string, string> {
  const labels = object.metadata.labels;
  return isJsonObject(labels) ? (labels as Record<string, string>) : {};
}
