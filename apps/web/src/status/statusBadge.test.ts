import { describe, expect, it } from 'vitest';
import { STATUS_BADGES, statusBadge, STATUS_VIEWS } from './statusBadge.ts';

describe('statusBadge', () => {
  it('gives every status its own words and its own icon, not colour alone', () => {
    const texts = new Set(STATUS_VIEWS.map((phase) => STATUS_BADGES[phase].text));
    const icons = new Set(STATUS_VIEWS.map((phase) => STATUS_BADGES[phase].icon));
    expect(texts.size).toBe(4);
    expect(icons.size).toBe(4);
  });

  it('maps each status to the words people see', () => {
    expect(statusBadge('Ready').text).toBe('Ready');
    expect(statusBadge('Pending').text).toBe('Pending');
    expect(statusBadge('Error').text).toBe('Error');
    expect(statusBadge('NotReconciled', 'Not reconciled yet').text).toBe('Not reconciled');
  });

  it('shows an unknown controller status in its own word, looking like an error', () => {
    const look = statusBadge('Error', 'Degraded');
    expect(look.text).toBe('Degraded');
    expect(look.color).toBe('red');
  });
});
