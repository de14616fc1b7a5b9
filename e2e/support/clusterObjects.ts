// Test support: what an operator does to the demo clusters behind the console's back, through their kubeconfig.
import { PatchStrategy, setHeaderOptions } from '@kubernetes/client-node';
import { demoCluster, skupper } from '../demoNetwork.ts';

type Context = 'east' | 'west';

export async function createConnector(
  context: Context,
  name: string,
  spec: { port: number; selector?: string; host?: string; routingKey?: string },
): Promise<void> {
  await demoCluster(context).createNamespacedCustomObject({
    ...skupper(context, 'connectors'),
    body: {
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Connector',
      metadata: { name },
      spec: { routingKey: name, ...spec },
    },
  });
}

export async function createListener(context: Context, name: string, routingKey: string, port: number) {
  await demoCluster(context).createNamespacedCustomObject({
    ...skupper(context, 'listeners'),
    body: {
      apiVersion: 'skupper.io/v2alpha1',
      kind: 'Listener',
      metadata: { name },
      spec: { routingKey, port, host: name },
    },
  });
}

export async function patchConnectorPort(context: Context, name: string, port: number): Promise<void> {
  await demoCluster(context).patchNamespacedCustomObject(
    { ...skupper(context, 'connectors'), name, body: { spec: { port } } },
    setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
  );
}

/** Whether the cluster holds the connector; any answer but "not found" is a failure of the test. */
export async function connectorExists(context: Context, name: string): Promise<boolean> {
  try {
    await demoCluster(context).getNamespacedCustomObject({ ...skupper(context, 'connectors'), name });
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === 404) return false;
    throw error;
  }
}
