import { describe, expect, it } from 'vitest';
import { hasComments } from './comments.ts';

describe('hasComments', () => {
  it.each([
    ['# owned by team A\nkind: Connector\n', true],
    ['kind: Connector\nspec:\n  port: 8080 # the API port\n', true],
    ['kind: Connector\nspec:\n  # below\n  port: 8080\n', true],
    ['kind: Connector\nspec:\n  host: "a#b"\n', false],
    ['kind: Connector\nspec:\n  port: 8080\n', false],
  ])('tells whether %j holds a comment', (text, expected) => {
    expect(hasComments(text)).toBe(expected);
  });
});
