import { describe, expect, it } from 'vitest';
import type { Condition, Connector, ConnectorStatus, Listener, ListenerStatus } from '../types.ts';
import { interpretStatus } from './interpret-status.ts';
import { STATUS_HINTS } from './status-hints.ts';

const TIME = '2026-07-23T10:00:00Z';

function condition(type: string, status: Condition['status'], reason = 'Ready', message = 'OK'): Condition {
  return { type, status, reason, message, lastTransitionTime: TIME };
}

function connector(status?: ConnectorStatus): Connector {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Connector',
    metadata: { name: 'backend', namespace: 'hello-world-east' },
    spec: { routingKey: 'backend', port: 8080, selector: 'app=backend' },
    ...(status ? { status } : {}),
  };
}

function listener(status?: ListenerStatus): Listener {
  return {
    apiVersion: 'skupper.io/v2alpha1',
    kind: 'Listener',
    metadata: { name: 'backend', namespace: 'hello-world-west' },
    spec: { routingKey: 'backend', host: 'backend', port: 8080 },
    ...(status ? { status } : {}),
  };
}

describe('interpretStatus: known controller messages', () => {
  const cases: { status: string; message: string; phase: string; meaning: RegExp }[] = [
    { status: 'Ready', message: 'OK', phase: 'Ready', meaning: /has a match/ },
    { status: 'Pending', message: 'No matching listeners', phase: 'Pending', meaning: /No site .* listener/ },
    { status: 'Pending', message: 'Not Configured', phase: 'Pending', meaning: /not applied/ },
    { status: 'Pending', message: 'Not Matched', phase: 'Pending', meaning: /not yet looked for a match/ },
    {
      status: 'Error',
      message: 'No active site in namespace',
      phase: 'Error',
      meaning: /no active Skupper Site/,
    },
    { status: 'Error', message: 'No matches for selector', phase: 'Error', meaning: /spec\.selector/ },
    {
      status: 'Error',
      message: 'Connector must define a non-empty spec.host or spec.selector',
      phase: 'Error',
      meaning: /names no target/,
    },
  ];

  it.each(cases)('reads "$message" as $phase with a hint', ({ status, message, phase, meaning }) => {
    const view = interpretStatus(connector({ status, message }));
    expect(view.phase).toBe(phase);
    expect(view.label).toBe(status);
    expect(view.message).toBe(message);
    expect(view.hints).toHaveLength(1);
    expect(view.hints[0]?.message).toBe(message);
    expect(view.hints[0]?.meaning).toMatch(meaning);
    expect(view.hints[0]?.action).not.toBe('');
  });

  it('explains a listener that has no matching connectors', () => {
    const view = interpretStatus(listener({ status: 'Pending', message: 'No matching connectors' }));
    expect(view.phase).toBe('Pending');
    expect(view.hints[0]?.meaning).toMatch(/no site .* connector/i);
  });

  it('names the missing TLS Secret in the hint', () => {
    const view = interpretStatus(
      connector({ status: 'Error', message: 'TLS credentials secret "backend-tls" not found' }),
    );
    expect(view.phase).toBe('Error');
    expect(view.hints).toEqual([
      {
        message: 'TLS credentials secret "backend-tls" not found',
        meaning: expect.stringContaining('"backend-tls"'),
        action: expect.stringContaining('Create the Secret "backend-tls"'),
      },
    ]);
  });

  it('gives one hint per line when several errors are joined in one message', () => {
    const message = 'No matches for selector\nTLS credentials secret "db-tls" not found';
    const view = interpretStatus(connector({ status: 'Error', message }));
    expect(view.message).toBe(message);
    expect(view.hints.map((hint) => hint.message)).toEqual([
      'No matches for selector',
      'TLS credentials secret "db-tls" not found',
    ]);
  });

  it('shows an unknown message as it is, without inventing a hint', () => {
    const view = interpretStatus(connector({ status: 'Error', message: 'router unreachable: timeout' }));
    expect(view.phase).toBe('Error');
    expect(view.message).toBe('router unreachable: timeout');
    expect(view.hints).toEqual([]);
  });

  it('keeps the hints of known lines when other lines are unknown', () => {
    const view = interpretStatus(
      connector({ status: 'Error', message: 'something new\nNo matches for selector' }),
    );
    expect(view.hints.map((hint) => hint.message)).toEqual(['No matches for selector']);
  });

  it('treats an unknown status like an error and shows its raw text', () => {
    const view = interpretStatus(connector({ status: 'Degraded', message: 'half the routers are down' }));
    expect(view.phase).toBe('Error');
    expect(view.label).toBe('Degraded');
    expect(view.message).toBe('half the routers are down');
    expect(view.hints).toEqual([]);
  });

  it('has a hint for every message in the table', () => {
    for (const hint of STATUS_HINTS) {
      const message = hint.message.replace('<name>', 'x');
      expect(interpretStatus(connector({ status: 'Error', message })).hints, message).toHaveLength(1);
    }
  });
});

describe('interpretStatus: reconciliation and matching', () => {
  it('says "not reconciled yet" when there is no status, and points at the Site and the controller', () => {
    const view = interpretStatus(connector());
    expect(view.phase).toBe('NotReconciled');
    expect(view.label).toBe('Not reconciled yet');
    expect(view.message).toBeUndefined();
    expect(view.matched).toBe(false);
    expect(view.hints[0]?.action).toMatch(/Site exists .* controller is running/);
  });

  it('tells local sites to reload when there is no status', () => {
    const view = interpretStatus(connector(), { platform: 'podman' });
    expect(view.hints[0]?.action).toMatch(/skupper system reload/);
  });

  it('reads a missing hasMatchingListener as no match', () => {
    expect(interpretStatus(connector({ status: 'Pending', message: 'No matching listeners' })).matched).toBe(
      false,
    );
    expect(
      interpretStatus(connector({ status: 'Ready', message: 'OK', hasMatchingListener: true })).matched,
    ).toBe(true);
  });

  it('reads a listener match from hasMatchingConnector', () => {
    expect(
      interpretStatus(listener({ status: 'Ready', message: 'OK', hasMatchingConnector: true })).matched,
    ).toBe(true);
    expect(interpretStatus(listener({ status: 'Pending', message: 'Not Matched' })).matched).toBe(false);
  });

  it('lists conditions in the controller order Configured, Matched, Ready, then the others', () => {
    const view = interpretStatus(
      connector({
        status: 'Ready',
        message: 'OK',
        conditions: [
          condition('Custom', 'True'),
          condition('Ready', 'True'),
          condition('Matched', 'True'),
          condition('Other', 'False'),
          condition('Configured', 'True'),
        ],
      }),
    );
    expect(view.conditions.map((c) => c.type)).toEqual(['Configured', 'Matched', 'Ready', 'Custom', 'Other']);
  });

  it('derives the verdict from the conditions when status.status is absent', () => {
    const view = interpretStatus(
      connector({
        conditions: [
          condition('Configured', 'True'),
          condition('Matched', 'False', 'Pending', 'No matching listeners'),
        ],
      }),
    );
    expect(view.phase).toBe('Pending');
    expect(view.message).toBe('No matching listeners');
  });
});
