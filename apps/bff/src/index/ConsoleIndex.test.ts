import { describe, expect, it } from 'vitest';
import type { Connector, Listener, ListenerListItem, ViewChange } from '@connector-console/model';
import { ConsoleIndex } from './ConsoleIndex.ts';
import { ResourceStore } from './ResourceStore.ts';

const connector = (name: string, routingKey: string, rv = '1'): Connector => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Connector',
  metadata: { name, resourceVersion: rv },
  spec: { routingKey, port: 8080, selector: `app=${name}` },
});

const listener = (name: string, routingKey: string, rv = '1'): Listener => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Listener',
  metadata: { name, resourceVersion: rv },
  spec: { routingKey, port: 8080, host: name },
});

function setup() {
  const store = new ResourceStore();
  const index = new ConsoleIndex(store);
  const bursts: ViewChange[][] = [];
  index.subscribe((changes) => bursts.push(changes));
  return { store, index, bursts };
}

const describeChange = (c: ViewChange) =>
  `${c.type} ${c.kind} ${c.site}/${c.resource.metadata.name} ${c.matching?.count ?? '-'}`;

describe('ConsoleIndex', () => {
  it('counts the listeners with the same routing key in every site, and only those', () => {
    const { store, index } = setup();
    store.apply('east', 'Connector', 'ADDED', connector('backend', 'backend'));
    store.apply('west', 'Listener', 'ADDED', listener('backend', 'backend'));
    store.apply('north', 'Listener', 'ADDED', listener('backend', 'backend'));
    store.apply('west', 'Listener', 'ADDED', listener('other', 'other'));
    expect(index.connectors()[0]?.matching).toMatchObject({ count: 2, siteCount: 2 });
    expect(index.connector('east', 'backend')?.matching.listeners.map((l) => l.site)).toEqual([
      'north',
      'west',
    ]);
  });

  it('tells its listeners once per burst, with the connectors a new listener matches updated', async () => {
    const { store, index, bursts } = setup();
    store.apply('east', 'Connector', 'ADDED', connector('backend', 'backend'));
    index.flush();
    bursts.length = 0;
    store.apply('west', 'Listener', 'ADDED', listener('backend', 'backend'));
    store.apply('west', 'Listener', 'ADDED', listener('backend-2', 'backend'));
    index.flush();
    expect(bursts).toHaveLength(1);
    expect(bursts[0]?.map(describeChange).sort()).toEqual([
      'ADDED Listener west/backend 1',
      'ADDED Listener west/backend-2 1',
      'MODIFIED Connector east/backend 2',
    ]);
  });

  it('reports an addition followed by a change within one burst as an addition with the latest state', () => {
    const { store, index, bursts } = setup();
    store.apply('east', 'Connector', 'ADDED', connector('backend', 'backend', '1'));
    store.apply('east', 'Connector', 'MODIFIED', connector('backend', 'db', '2'));
    index.flush();
    expect(bursts[0]?.map((c) => `${c.type} ${(c.resource as Connector).spec.routingKey}`)).toEqual([
      'ADDED db',
    ]);
  });

  it('reports a connector added and deleted within one burst as deleted only', () => {
    const { store, index, bursts } = setup();
    store.apply('east', 'Connector', 'ADDED', connector('backend', 'backend'));
    store.apply('east', 'Connector', 'DELETED', connector('backend', 'backend'));
    index.flush();
    expect(bursts[0]?.map(describeChange)).toEqual(['DELETED Connector east/backend -']);
    expect(index.connectors()).toEqual([]);
  });

  it('moves a connector between routing keys, updating the listeners of both keys', () => {
    const { store, index } = setup();
    store.apply('west', 'Listener', 'ADDED', listener('a', 'key-a'));
    store.apply('west', 'Listener', 'ADDED', listener('b', 'key-b'));
    store.apply('east', 'Connector', 'ADDED', connector('backend', 'key-a'));
    expect(index.listenerItems().map((l) => `${l.resource.metadata.name}:${l.matching.count}`)).toEqual([
      'a:1',
      'b:0',
    ]);
    store.apply('east', 'Connector', 'MODIFIED', connector('backend', 'key-b', '2'));
    expect(index.listenerItems().map((l) => `${l.resource.metadata.name}:${l.matching.count}`)).toEqual([
      'a:0',
      'b:1',
    ]);
  });

  it('serves the list as JSON equal to the items', () => {
    const { store, index } = setup();
    store.apply('east', 'Connector', 'ADDED', connector('backend', 'backend'));
    expect(JSON.parse(index.listJson('Connector'))).toEqual({ items: index.connectors() });
  });

  it('serves the listener list naming the first connectors each listener matches, and the connector list without names', () => {
    const { store, index } = setup();
    store.apply('west', 'Listener', 'ADDED', listener('backend', 'backend'));
    for (const [site, name] of [
      ['north', 'backend-z'],
      ['east', 'backend'],
      ['north', 'backend-a'],
      ['east', 'backend-b'],
    ] as const)
      store.apply(site, 'Connector', 'ADDED', connector(name, 'backend'));
    const { items } = JSON.parse(index.listJson('Listener')) as { items: ListenerListItem[] };
    expect(items[0]?.matching).toMatchObject({
      count: 4,
      names: [
        { site: 'east', name: 'backend' },
        { site: 'east', name: 'backend-b' },
        { site: 'north', name: 'backend-a' },
      ],
    });
    expect(index.listJson('Connector')).not.toContain('"names"');
  });

  it('tells viewers the listener’s new first names when a matching connector is deleted', () => {
    const { store, index, bursts } = setup();
    store.apply('west', 'Listener', 'ADDED', listener('backend', 'backend'));
    store.apply('east', 'Connector', 'ADDED', connector('backend', 'backend'));
    store.apply('north', 'Connector', 'ADDED', connector('backend', 'backend'));
    index.flush();
    bursts.length = 0;
    store.apply('east', 'Connector', 'DELETED', connector('backend', 'backend'));
    index.flush();
    const listenerChange = bursts[0]?.find((c) => c.kind === 'Listener');
    expect(listenerChange?.matching?.names).toEqual([{ site: 'north', name: 'backend' }]);
  });
});
