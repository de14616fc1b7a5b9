import type { Condition } from '@connector-console/model';
import { describe, expect, it } from 'vitest';
import { applyVerdict, readConditions, setCondition } from './conditions.ts';
import { configuredStatus, matchedStatus, siteConfiguredStatus } from './statusWrites.ts';

const T0 = '2026-07-23T10:00:00Z';
const T1 = '2026-07-23T11:00:00Z';
const ok = { status: 'True', reason: 'Ready', message: 'OK' } as const;
const failing = { status: 'False', reason: 'Error', message: 'No matches for selector' } as const;

describe('setCondition, as the controller keeps conditions', () => {
  it('appends a new condition with the current time and generation', () => {
    expect(setCondition([], 'Configured', ok, 3, T0)).toEqual([
      {
        type: 'Configured',
        status: 'True',
        observedGeneration: 3,
        lastTransitionTime: T0,
        reason: 'Ready',
        message: 'OK',
      },
    ]);
  });

  it('keeps lastTransitionTime when only the message or generation changes', () => {
    const first = setCondition([], 'Configured', { ...failing, message: 'one' }, 1, T0);
    const [next] = setCondition(first, 'Configured', failing, 2, T1);
    expect(next).toMatchObject({
      lastTransitionTime: T0,
      message: 'No matches for selector',
      observedGeneration: 2,
    });
  });

  it('moves lastTransitionTime when the status flips, and keeps the condition in its place', () => {
    const before: Condition[] = [
      ...setCondition([], 'Configured', failing, 1, T0),
      ...setCondition([], 'Matched', ok, 1, T0),
    ];
    const after = setCondition(before, 'Configured', ok, 1, T1);
    expect(after.map((condition) => [condition.type, condition.lastTransitionTime])).toEqual([
      ['Configured', T1],
      ['Matched', T0],
    ]);
  });
});

describe('the verdict written with the conditions', () => {
  it('mirrors the first failing condition into status, message and the Ready condition', () => {
    const conditions = setCondition([], 'Configured', failing, 1, T0);
    const verdict = applyVerdict(conditions, ['Configured', 'Matched'], 1, T0);
    expect([verdict.status, verdict.message]).toEqual(['Error', 'No matches for selector']);
    expect(verdict.conditions.at(-1)).toMatchObject({ type: 'Ready', status: 'False', reason: 'Error' });
  });

  it('says "Not Matched" for a connector that is configured but not yet looked at by the network', () => {
    const status = configuredStatus(undefined, [], 1, T0);
    expect([status.status, status.message]).toEqual(['Pending', 'Not Matched']);
  });

  it('leaves out hasMatchingListener when false, as Go omits false booleans', () => {
    const matched = matchedStatus('Connector', configuredStatus(undefined, [], 1, T0), true, 1, T0);
    expect(matched).toMatchObject({ status: 'Ready', message: 'OK', hasMatchingListener: true });
    const unmatched = matchedStatus('Connector', matched, false, 1, T1);
    expect(unmatched).not.toHaveProperty('hasMatchingListener');
    expect(unmatched.message).toBe('No matching listeners');
  });

  it('sets hasMatchingConnector on listeners', () => {
    const status = matchedStatus('Listener', configuredStatus(undefined, [], 1, T0), false, 1, T0);
    expect([status.status, status.message]).toEqual(['Pending', 'No matching connectors']);
  });

  it('requires Resolved of a site with link access', () => {
    const site = siteConfiguredStatus(
      undefined,
      { linkAccess: true, defaultIssuer: 'skupper-site-ca' },
      1,
      T0,
    );
    expect(readConditions(site).map((condition) => condition.type)).toEqual([
      'Configured',
      'Running',
      'Resolved',
      'Ready',
    ]);
    expect([site.status, site.message, site.defaultIssuer]).toEqual(['Ready', 'OK', 'skupper-site-ca']);
  });

  it('keeps status fields it does not own', () => {
    const status = configuredStatus({ selectedPods: [{ name: 'a' }], conditions: 'garbage' }, [], 1, T0);
    expect(status.selectedPods).toEqual([{ name: 'a' }]);
    expect(readConditions(status).map((condition) => condition.type)).toEqual(['Configured', 'Ready']);
  });
});
