import { describe, expect, it } from 'vitest';
import type { Condition } from '../types.ts';
import {
  computeControllerStatus,
  configuredConditionState,
  matchedConditionState,
  orderConditions,
} from './controller-status.ts';

const TIME = '2026-07-23T10:00:00Z';

function condition(type: string, status: Condition['status'], reason = 'Ready', message = 'OK'): Condition {
  return { type, status, reason, message, lastTransitionTime: TIME };
}

describe('computeControllerStatus (the controller rule)', () => {
  it('is Pending "Not Configured" when no condition is set yet', () => {
    expect(computeControllerStatus(undefined)).toEqual({
      status: 'Pending',
      message: 'Not Configured',
      ready: 'False',
    });
    expect(computeControllerStatus([])).toEqual({
      status: 'Pending',
      message: 'Not Configured',
      ready: 'False',
    });
  });

  it('is Pending "Not Matched" when only Configured is set', () => {
    expect(computeControllerStatus([condition('Configured', 'True')])).toEqual({
      status: 'Pending',
      message: 'Not Matched',
      ready: 'False',
    });
  });

  it('takes the reason and message of the first False condition', () => {
    const configuredError = condition('Configured', 'False', 'Error', 'No matches for selector');
    const unmatched = condition('Matched', 'False', 'Pending', 'No matching listeners');
    expect(computeControllerStatus([unmatched, configuredError])).toEqual({
      status: 'Error',
      message: 'No matches for selector',
      ready: 'False',
    });
    expect(computeControllerStatus([condition('Configured', 'True'), unmatched])).toEqual({
      status: 'Pending',
      message: 'No matching listeners',
      ready: 'False',
    });
  });

  it('reports a missing condition before a later False one, in the required order', () => {
    const unmatched = condition('Matched', 'False', 'Pending', 'No matching listeners');
    expect(computeControllerStatus([unmatched]).message).toBe('Not Configured');
  });

  it('is Ready "OK" when every required condition is True', () => {
    expect(computeControllerStatus([condition('Configured', 'True'), condition('Matched', 'True')])).toEqual({
      status: 'Ready',
      message: 'OK',
      ready: 'True',
    });
  });

  it('lets an Unknown condition pass, as the controller does', () => {
    const verdict = computeControllerStatus([
      condition('Configured', 'Unknown'),
      condition('Matched', 'True'),
    ]);
    expect(verdict.status).toBe('Ready');
  });

  it('accepts other required conditions, such as a Site’s', () => {
    const verdict = computeControllerStatus([condition('Configured', 'True')], ['Configured', 'Running']);
    expect(verdict.message).toBe('Not Running');
  });
});

describe('condition states the controller sets', () => {
  it('sets Matched from the match flag, naming the missing counterpart', () => {
    expect(matchedConditionState('Connector', false)).toEqual({
      status: 'False',
      reason: 'Pending',
      message: 'No matching listeners',
    });
    expect(matchedConditionState('Listener', false).message).toBe('No matching connectors');
    expect(matchedConditionState('Listener', true)).toEqual({
      status: 'True',
      reason: 'Ready',
      message: 'OK',
    });
  });

  it('sets Configured to Error with the errors joined by newlines', () => {
    expect(configuredConditionState([])).toEqual({ status: 'True', reason: 'Ready', message: 'OK' });
    expect(
      configuredConditionState(['No matches for selector', 'TLS credentials secret "x" not found']),
    ).toEqual({
      status: 'False',
      reason: 'Error',
      message: 'No matches for selector\nTLS credentials secret "x" not found',
    });
  });
});

describe('orderConditions', () => {
  it('puts Configured, Matched and Ready first and keeps the others in their order', () => {
    const ordered = orderConditions([
      condition('Zeta', 'True'),
      condition('Ready', 'True'),
      condition('Alpha', 'True'),
      condition('Configured', 'True'),
    ]);
    expect(ordered.map((c) => c.type)).toEqual(['Configured', 'Ready', 'Zeta', 'Alpha']);
  });
});
