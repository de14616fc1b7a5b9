// Test support: the demo API server's `/_testkit` control endpoints, reached with the CA its kubeconfig trusts.
import { request } from 'node:https';
import path from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';

interface ControlEndpoint {
  origin: string;
  ca: Buffer;
}

function controlEndpoint(): ControlEndpoint {
  const kc = new KubeConfig();
  kc.loadFromFile(path.resolve('test-results/e2e-demo/kubeconfig'));
  const cluster = kc.getCluster('east');
  if (!cluster?.caData) throw new Error('The demo kubeconfig has no cluster "east" with a CA.');
  return { origin: new URL(cluster.server).origin, ca: Buffer.from(cluster.caData, 'base64') };
}

/** Node's fetch cannot be given a CA, so the control call goes through node:https. */
function post(route: string, body: object): Promise<unknown> {
  const { origin, ca } = controlEndpoint();
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const call = request(
      new URL(`/_testkit/${route}`, origin),
      { method: 'POST', ca, headers: { 'content-type': 'application/json' } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          if ((response.statusCode ?? 500) >= 400) reject(new Error(`${route}: ${text}`));
          else resolve(JSON.parse(text) as unknown);
        });
      },
    );
    call.on('error', reject);
    call.end(payload);
  });
}

export async function takeClusterDown(cluster: 'east' | 'west'): Promise<void> {
  await post(`clusters/${cluster}/down`, { mode: 'unavailable' });
}

export async function bringClusterUp(cluster: 'east' | 'west'): Promise<void> {
  await post(`clusters/${cluster}/up`, {});
}
