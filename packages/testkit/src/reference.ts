// Locates Skupper's verbatim CRDs and samples, kept in shared/reference beside the repository.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const referenceRoot = path.resolve(repoRoot, '../shared/reference/skupper');

export function referencePath(...segments: string[]): string {
  return path.join(referenceRoot, ...segments);
}

export function readReference(...segments: string[]): string {
  return readFileSync(referencePath(...segments), 'utf8');
}

export const CRD_FILES = {
  Connector: 'skupper/config/crd/bases/skupper_connector_crd.yaml',
  Listener: 'skupper/config/crd/bases/skupper_listener_crd.yaml',
  Site: 'skupper/config/crd/bases/skupper_site_crd.yaml',
} as const;

export const CONNECTOR_SAMPLES_V2ALPHA1 = [
  'skupper/config/samples/skupper_v2alpha1_connector.yaml',
  'skupper/cmd/controller/example/connector.yaml',
] as const;

export const CONNECTOR_SAMPLES_V1ALPHA1 = [
  'refdog/crds/skupper_connector_cr_sample_01.yaml',
  'refdog/crds/skupper_connector_cr_sample_02.yaml',
] as const;
