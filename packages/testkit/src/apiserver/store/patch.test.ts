import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors/status.ts';
import { applyPatch } from './patch.ts';

const document = { spec: { port: 1, selector: 'app=a', settings: { a: '1' } }, list: [1, 2, 3] };

describe('applyPatch', () => {
  it('merges objects and removes fields set to null (RFC 7386)', () => {
    const patched = applyPatch(document, {
      type: 'merge',
      body: { spec: { port: 2, selector: null, host: 'h' } },
    });
    expect(patched).toEqual({ spec: { port: 2, host: 'h', settings: { a: '1' } }, list: [1, 2, 3] });
  });

  it('replaces lists whole in a merge patch', () => {
    expect(applyPatch(document, { type: 'merge', body: { list: [9] } }).list).toEqual([9]);
  });

  it('leaves the original document unchanged', () => {
    applyPatch(document, { type: 'json', body: [{ op: 'remove', path: '/spec/port' }] });
    expect(document.spec.port).toBe(1);
  });

  it('applies JSON patch operations in order (RFC 6902)', () => {
    const patched = applyPatch(document, {
      type: 'json',
      body: [
        { op: 'add', path: '/list/-', value: 4 },
        { op: 'remove', path: '/list/0' },
        { op: 'copy', from: '/spec/port', path: '/spec/copy' },
        { op: 'move', from: '/spec/selector', path: '/spec/host' },
        { op: 'test', path: '/spec/host', value: 'app=a' },
        { op: 'replace', path: '/spec/settings/a', value: '2' },
      ],
    });
    expect(patched).toEqual({
      spec: { port: 1, copy: 1, host: 'app=a', settings: { a: '2' } },
      list: [2, 3, 4],
    });
  });

  it('fails with 422 when a path is missing or a test fails', () => {
    const failure = (body: unknown) => {
      try {
        applyPatch(document, { type: 'json', body });
      } catch (error) {
        return error instanceof ApiError ? error.code : -1;
      }
      return 0;
    };
    expect(failure([{ op: 'replace', path: '/spec/missing', value: 1 }])).toBe(422);
    expect(failure([{ op: 'test', path: '/spec/port', value: 2 }])).toBe(422);
    expect(failure({ op: 'add' })).toBe(400);
  });
});
