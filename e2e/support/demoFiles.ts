// Test support: the files of the demo's local site `edge`, as the console under test reads and writes them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const EDGE_RESOURCES = path.resolve('test-results/e2e-demo/skupper/namespaces/edge/input/resources');

export function edgeConnectorFile(name: string): string {
  return path.join(EDGE_RESOURCES, `Connector-${name}.yaml`);
}

export function readEdgeConnectorFile(name: string): Promise<string> {
  return readFile(edgeConnectorFile(name), 'utf8');
}
