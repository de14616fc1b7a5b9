import { describe, expect, it } from 'vitest';
import { resourceTypeOfKind } from '../resources/registry.ts';
import type { RecordedChange } from './changes.ts';
import { ChangeHistory } from './history.ts';

const change = (revision: number): RecordedChange => ({
  type: 'ADDED',
  resourceType: resourceTypeOfKind('Connector'),
  revision,
  object: {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { resourceVersion: String(revision) },
  },
});

describe('ChangeHistory', () => {
  it('returns the changes after a revision', () => {
    const history = new ChangeHistory(10, 0);
    [1, 2, 3].forEach((revision) => history.record(change(revision)));
    expect(history.since(1)?.map((entry) => entry.revision)).toEqual([2, 3]);
    expect(history.since(3)).toEqual([]);
  });

  it('forgets the oldest changes beyond its capacity, making their revisions too old', () => {
    const history = new ChangeHistory(2, 0);
    [1, 2, 3, 4].forEach((revision) => history.record(change(revision)));
    expect(history.since(1)).toBeUndefined();
    expect(history.since(2)?.map((entry) => entry.revision)).toEqual([3, 4]);
    expect(history.oldestRevision).toBe(2);
  });

  it('forgets everything up to a revision on compaction', () => {
    const history = new ChangeHistory(10, 0);
    [1, 2, 3].forEach((revision) => history.record(change(revision)));
    history.compact(3);
    expect(history.since(2)).toBeUndefined();
    expect(history.since(3)).toEqual([]);
  });
});
