import { describe, expect, it } from 'vitest';
import { change, connectorItem, listenerItem, matchedListener } from '../testing/fixtures.ts';
import { applyChanges } from './applyChanges.ts';

const web = connectorItem('east', 'web');
const db = connectorItem('east', 'db');
const api = connectorItem('west', 'api');

describe('applyChanges', () => {
  it('adds a connector that appeared, after the ones already shown', () => {
    const added = connectorItem('west', 'cache');
    expect(applyChanges([web, db], [change('ADDED', added)], 'Connector')).toEqual([web, db, added]);
  });

  it('replaces a modified connector in place and keeps every other row the same object', () => {
    const modified = connectorItem('east', 'db', { version: '2', port: 5433 });
    const next = applyChanges([web, db, api], [change('MODIFIED', modified)], 'Connector');
    expect(next.map((e) => e.resource.spec.port)).toEqual([8080, 5433, 8080]);
    expect(next[0]).toBe(web);
    expect(next[2]).toBe(api);
  });

  it('treats ADDED for a known connector as an update, not a duplicate', () => {
    const again = connectorItem('east', 'web', { version: '5' });
    const next = applyChanges([web, db], [change('ADDED', again)], 'Connector');
    expect(next).toHaveLength(2);
    expect(next[0]?.resource.metadata.resourceVersion).toBe('5');
  });

  it('removes a deleted connector and ignores a delete for one it never had', () => {
    const next = applyChanges([web, db], [change('DELETED', db), change('DELETED', api)], 'Connector');
    expect(next).toEqual([web]);
  });

  it('tells same-named connectors of different sites apart', () => {
    const westWeb = connectorItem('west', 'web', { version: '2' });
    const next = applyChanges([web], [change('MODIFIED', westWeb)], 'Connector');
    expect(next).toEqual([web, westWeb]);
  });

  it('updates the matching listeners when only the matching changed', () => {
    const matched = connectorItem('east', 'web', {
      matching: { listeners: [matchedListener('west', 'web')], siteCount: 1 },
    });
    const next = applyChanges([web], [change('MODIFIED', matched)], 'Connector');
    expect(next[0]?.matching.count).toBe(1);
    expect(next[0]).not.toBe(web);
  });

  it('keeps the previous matching when an update arrives without one', () => {
    const matchedWeb = connectorItem('east', 'web', {
      matching: { listeners: [matchedListener('west', 'web')] },
    });
    const modified = connectorItem('east', 'web', { version: '2' });
    const next = applyChanges([matchedWeb], [change('MODIFIED', modified, false)], 'Connector');
    expect(next[0]?.resource.metadata.resourceVersion).toBe('2');
    expect(next[0]?.matching).toBe(matchedWeb.matching);
  });

  it('returns the same list when a batch holds nothing new for it', () => {
    const entries = [web, db];
    const sameAgain = connectorItem('east', 'web');
    expect(applyChanges(entries, [change('MODIFIED', listenerItem('east', 'l1'))], 'Connector')).toBe(
      entries,
    );
    expect(applyChanges(entries, [change('MODIFIED', sameAgain)], 'Connector')).toBe(entries);
    expect(applyChanges(entries, [], 'Connector')).toBe(entries);
  });

  it('applies listener changes to the listener list only', () => {
    const l1 = listenerItem('east', 'l1');
    const l2 = listenerItem('west', 'l2');
    const next = applyChanges(
      [l1],
      [change('ADDED', l2), change('ADDED', connectorItem('x', 'c'))],
      'Listener',
    );
    expect(next).toEqual([l1, l2]);
  });

  it('handles ten thousand rows with a mixed batch without touching untouched rows', () => {
    const entries = Array.from({ length: 10_000 }, (_, i) => connectorItem('east', `c${i}`));
    const modified = connectorItem('east', 'c5000', { version: '9' });
    const next = applyChanges(
      entries,
      [change('MODIFIED', modified), change('DELETED', entries[1] ?? web), change('ADDED', api)],
      'Connector',
    );
    expect(next).toHaveLength(10_000);
    expect(next[0]).toBe(entries[0]);
    expect(next[1]).toBe(entries[2]);
    expect(next[4999]?.resource.metadata.resourceVersion).toBe('9');
    expect(next.at(-1)).toEqual(api);
  });
});
