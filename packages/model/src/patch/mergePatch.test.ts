import { describe, expect, it } from 'vitest';
import { applyMergePatch } from './mergePatch.ts';

describe('JSON merge patch', () => {
  it('merges objects, removes keys set to null and replaces everything else', () => {
    const target = { spec: { port: 1, host: 'a', settings: { x: '1' } }, list: [1, 2] };
    const patch = { spec: { port: 2, host: null, settings: { y: '2' } }, list: [3] };
    expect(applyMergePatch(target, patch)).toEqual({
      spec: { port: 2, settings: { x: '1', y: '2' } },
      list: [3],
    });
    expect(target.spec.port).toBe(1);
  });
});
