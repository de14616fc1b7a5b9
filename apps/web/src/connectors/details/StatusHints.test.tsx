import { interpretStatus, type Connector } from '@connector-console/model';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusHints } from './StatusHints.tsx';

afterEach(cleanup);

const withStatus = (status: Connector['status']): Connector => ({
  apiVersion: 'skupper.io/v2alpha1',
  kind: 'Connector',
  metadata: { name: 'db' },
  spec: { routingKey: 'db', port: 5432, selector: 'app=db' },
  status,
});

describe('StatusHints', () => {
  it('says a message that is one known line once, as the title of its hint', () => {
    render(<StatusHints status={interpretStatus(withStatus({ status: 'Ready', message: 'OK' }))} />);
    expect(screen.getAllByText('OK')).toHaveLength(1);
    expect(screen.getByRole('heading', { name: 'OK' })).toBeTruthy();
  });

  it('shows a message the console has no hint for as it is', () => {
    const status = interpretStatus(withStatus({ status: 'Error', message: 'something nobody expected' }));
    render(<StatusHints status={status} />);
    expect(screen.getByText('something nobody expected')).toBeTruthy();
  });
});
