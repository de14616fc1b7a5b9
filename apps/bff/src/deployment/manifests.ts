// Reads the deployment manifests under deploy/ (test support): every YAML document, and RBAC rules as flat grants.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

export const DEPLOY_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../deploy');

export interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  [field: string]: unknown;
}

/** Every document of a file under deploy/; a document that does not parse fails with its file and error. */
export function readManifests(file: string): Manifest[] {
  const text = readFileSync(path.join(DEPLOY_DIR, file), 'utf8');
  return parseAllDocuments(text).map((doc, i) => {
    if (doc.errors.length > 0) throw new Error(`${file} document ${i + 1}: ${doc.errors[0]?.message ?? ''}`);
    return doc.toJS() as Manifest;
  });
}

interface PolicyRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

/** `group/resource/verb` for each grant of a ClusterRole or Role. */
export function grantsOf(role: Manifest): Set<string> {
  const grants = new Set<string>();
  for (const rule of (role.rules ?? []) as PolicyRule[])
    for (const group of rule.apiGroups)
      for (const resource of rule.resources)
        for (const verb of rule.verbs) grants.add(`${group}/${resource}/${verb}`);
  return grants;
}
