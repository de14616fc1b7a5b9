import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/status.ts';
import { connector } from '../testSupport.ts';
import type { StoreChange } from './changes.ts';
import { ClusterStore } from './ClusterStore.ts';

const namespace = 'hello-world-east';
const fixedClock = () => new Date('2026-03-01T10:00:00.123Z');

function thrown(action: () => unknown): ApiError {
  try {
    action();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('ClusterStore', () => {
  it('fills in server-managed metadata on create', () => {
    const store = new ClusterStore('east', { now: fixedClock });
    const created = store.create({
      ...connector('backend'),
      metadata: { name: 'backend', namespace, uid: 'mine', resourceVersion: '42' },
    });
    expect(created.metadata).toMatchObject({
      name: 'backend',
      namespace,
      generation: 1,
      creationTimestamp: '2026-03-01T10:00:00Z',
    });
    expect(created.metadata.uid).not.toBe('mine');
    expect(created.metadata.resourceVersion).toBe(store.resourceVersion);
  });

  it('creates a missing namespace for programmatic writes', () => {
    const store = new ClusterStore('east');
    store.create(connector('backend', {}, 'fresh'));
    expect(store.get('Namespace', undefined, 'fresh')?.metadata.name).toBe('fresh');
  });

  it('increases resourceVersion with every write, as one counter for the whole cluster', () => {
    const store = new ClusterStore('east');
    const first = store.create(connector('one'));
    const second = store.create(connector('two'));
    expect(Number(second.metadata.resourceVersion)).toBeGreaterThan(Number(first.metadata.resourceVersion));
  });

  it('bumps the generation for spec changes but not for label changes', () => {
    const store = new ClusterStore('east');
    const created = store.create(connector('backend'));
    const labelled = store.replace({ ...created, metadata: { ...created.metadata, labels: { tier: 'db' } } });
    expect(labelled.metadata.generation).toBe(1);
    const changed = store.replace({ ...labelled, spec: { ...(labelled.spec as object), port: 1 } });
    expect(changed.metadata.generation).toBe(2);
  });

  it('keeps the resourceVersion and stays silent when a write changes nothing', () => {
    const store = new ClusterStore('east');
    const created = store.create(connector('backend'));
    const changes: StoreChange[] = [];
    store.subscribe((change) => changes.push(change));
    const same = store.replace(created);
    expect(same.metadata.resourceVersion).toBe(created.metadata.resourceVersion);
    expect(changes).toEqual([]);
  });

  it('refuses a replace carrying a stale resourceVersion', () => {
    const store = new ClusterStore('east');
    const created = store.create(connector('backend'));
    store.updateStatus('Connector', namespace, 'backend', { status: 'Pending' });
    expect(
      thrown(() => store.replace({ ...created, spec: { port: 2, routingKey: 'x', host: 'h' } })).code,
    ).toBe(409);
  });

  it('sets status unconditionally from a function of the current object', () => {
    const store = new ClusterStore('east');
    store.create(connector('backend'));
    const updated = store.updateStatus('Connector', namespace, 'backend', (current) => ({
      status: 'Pending',
      message: `Not Matched (${String(current.metadata.generation)})`,
    }));
    expect(updated.status).toEqual({ status: 'Pending', message: 'Not Matched (1)' });
    expect(updated.metadata.generation).toBe(1);
  });

  it('delivers changes in order to every subscriber even when one writes from its callback', () => {
    const store = new ClusterStore('east');
    const seenByController: string[] = [];
    const seenByWatcher: string[] = [];
    store.subscribe(
      (change) => {
        seenByController.push(`${change.type} ${change.resourceVersion}`);
        if (change.type === 'ADDED')
          store.updateStatus('Connector', namespace, 'backend', { status: 'Pending' });
      },
      { kinds: ['Connector'] },
    );
    store.subscribe((change) => seenByWatcher.push(`${change.type} ${change.resourceVersion}`), {
      kinds: ['Connector'],
    });
    store.create(connector('backend'));
    expect(seenByWatcher).toEqual(seenByController);
    expect(seenByWatcher.map((entry) => entry.split(' ')[0])).toEqual(['ADDED', 'MODIFIED']);
  });

  it('gives subscribers copies they may change without touching the store', () => {
    const store = new ClusterStore('east');
    store.subscribe((change) => {
      change.object.metadata.name = 'changed';
    });
    store.create(connector('backend'));
    expect(store.get('Connector', namespace, 'backend')?.metadata.name).toBe('backend');
  });

  it('marks an object with finalizers for deletion and removes it when they are gone', () => {
    const store = new ClusterStore('east', { now: fixedClock });
    const created = store.create({
      ...connector('held'),
      metadata: { name: 'held', namespace, finalizers: ['example.com/keep'] },
    });
    const marked = store.delete('Connector', namespace, 'held');
    expect(marked.metadata.deletionTimestamp).toBe('2026-03-01T10:00:00Z');
    const types: string[] = [];
    store.subscribe((change) => types.push(change.type));
    store.replace({ ...created, metadata: { ...marked.metadata, finalizers: [] } });
    expect(types).toEqual(['DELETED']);
    expect(store.get('Connector', namespace, 'held')).toBeUndefined();
  });

  it('checks delete preconditions', () => {
    const store = new ClusterStore('east');
    store.create(connector('backend'));
    const error = thrown(() =>
      store.delete('Connector', namespace, 'backend', { preconditions: { uid: 'other' } }),
    );
    expect(error.code).toBe(409);
    expect(error.message).toContain('Precondition failed: UID in precondition: other');
  });

  it('keeps built-in status and strips secret data when seeding', () => {
    const store = new ClusterStore('east');
    const pod = store.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p', namespace },
      status: { phase: 'Running' },
    });
    const secret = store.create({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 's', namespace },
      data: { key: 'dmFsdWU=' },
    });
    expect(pod.status).toEqual({ phase: 'Running' });
    expect(secret.data).toBeUndefined();
  });

  it('holds 16 clusters of 1,000 connectors and finds any of them by name', () => {
    const stores = Array.from({ length: 16 }, (_, index) => new ClusterStore(`cluster-${index}`));
    for (const store of stores) {
      for (let index = 0; index < 1000; index++) store.create(connector(`connector-${index}`));
    }
    expect(stores[15]?.get('Connector', namespace, 'connector-999')?.metadata.name).toBe('connector-999');
    expect(stores[0]?.list('Connector', { namespace })).toHaveLength(1000);
  });
});
