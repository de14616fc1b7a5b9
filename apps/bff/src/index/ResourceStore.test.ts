import { describe, expect, it } from 'vitest';
import type { Connector } from '@connector-console/model';
import { ResourceStore, type StoredChange } from './ResourceStore.ts';

function connector(name: string, resourceVersion: string, port = 8080): Connector {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name, resourceVersion },
    spec: { routingKey: name, port, selector: `app=${name}` },
  };
}

function recording(store: ResourceStore): StoredChange[] {
  const changes: StoredChange[] = [];
  store.subscribe((change) => changes.push(change));
  return changes;
}

describe('ResourceStore', () => {
  it('keeps the same name apart in different sites', () => {
    const store = new ResourceStore();
    store.apply('east', 'Connector', 'ADDED', connector('backend', '1', 8080));
    store.apply('west', 'Connector', 'ADDED', connector('backend', '1', 9090));
    expect((store.get('east', 'Connector', 'backend') as Connector).spec.port).toBe(8080);
    expect((store.get('west', 'Connector', 'backend') as Connector).spec.port).toBe(9090);
    expect(store.count('Connector')).toBe(2);
  });

  it('reports an update with the previous version so viewers can tell what changed', () => {
    const store = new ResourceStore();
    const changes = recording(store);
    store.apply('east', 'Connector', 'ADDED', connector('backend', '1'));
    store.apply('east', 'Connector', 'MODIFIED', connector('backend', '2', 9090));
    expect(changes.map((c) => c.type)).toEqual(['ADDED', 'MODIFIED']);
    expect((changes[1]?.previous as Connector).spec.port).toBe(8080);
  });

  it('ignores a repeated event for the same resourceVersion, as a relist after reconnecting sends', () => {
    const store = new ResourceStore();
    const changes = recording(store);
    store.apply('east', 'Connector', 'ADDED', connector('backend', '7'));
    store.apply('east', 'Connector', 'MODIFIED', connector('backend', '7'));
    expect(changes).toHaveLength(1);
  });

  it('replaces a site listing, deleting what disappeared and adding what is new, and nothing else', () => {
    const store = new ResourceStore();
    store.apply('east', 'Connector', 'ADDED', connector('a', '1'));
    store.apply('east', 'Connector', 'ADDED', connector('b', '2'));
    const changes = recording(store);
    store.replaceAll('east', 'Connector', [connector('b', '2'), connector('c', '3')]);
    expect(changes.map((c) => `${c.type} ${c.resource.metadata.name}`)).toEqual(['DELETED a', 'ADDED c']);
    expect(store.list('east', 'Connector').map((r) => r.metadata.name)).toEqual(['b', 'c']);
  });

  it('leaves other sites untouched when one site relists', () => {
    const store = new ResourceStore();
    store.apply('east', 'Connector', 'ADDED', connector('a', '1'));
    store.apply('west', 'Connector', 'ADDED', connector('a', '1'));
    store.replaceAll('east', 'Connector', []);
    expect(store.count('Connector')).toBe(1);
    expect(store.get('west', 'Connector', 'a')).toBeDefined();
  });

  it('ignores a delete of something it never saw', () => {
    const store = new ResourceStore();
    const changes = recording(store);
    store.apply('east', 'Connector', 'DELETED', connector('ghost', '1'));
    expect(changes).toHaveLength(0);
  });
});
