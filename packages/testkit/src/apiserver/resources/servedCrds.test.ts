import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderServedCrds } from './servedCrds.ts';

describe('skupper-crds.json', () => {
  it('is what the verbatim CRDs give today (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('./skupper-crds.json', import.meta.url), 'utf8');
    expect(committed).toBe(renderServedCrds());
  });
});
