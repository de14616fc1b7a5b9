import { describe, expect, it } from 'vitest';
import {
  validateAnnotationKey,
  validateAnnotationValue,
  validateLabelKey,
  validateLabelValue,
} from './metadataFields.ts';

const NAME_CHARS = `letters, digits, '-', '_' and '.', must start and end with a letter or digit`;

describe('validateLabelKey', () => {
  it.each<[string]>([['app'], ['App_Name.v2'], ['app.kubernetes.io/name'], ['x'.repeat(63)]])(
    'accepts label key %j',
    (key) => {
      expect(validateLabelKey(key)).toBeUndefined();
    },
  );

  it.each<[string, string]>([
    ['', 'Label key must not be empty'],
    ['a/b/c', `Label key "a/b/c" may contain only one '/', between an optional prefix and the name`],
    [
      '/app',
      `Label key "/app" has nothing before '/': remove the '/' or put a domain such as example.com before it`,
    ],
    [
      'Example.com/app',
      `Label key "Example.com/app" must have a domain name before '/': lowercase letters, digits, '-' and '.', starting and ending with a letter or digit (also next to each '.'), at most 253 characters`,
    ],
    ['example.com/', `Label key "example.com/" needs a name after the '/'`],
    ['-app', `Label key "-app" may contain only ${NAME_CHARS}, and be at most 63 characters`],
    [
      'x'.repeat(64),
      `Label key "${'x'.repeat(64)}" may contain only ${NAME_CHARS}, and be at most 63 characters`,
    ],
    [
      'example.com/app!',
      `Label key "example.com/app!" must have a name after '/' that contains only letters, digits, '-', '_' and '.', starts and ends with a letter or digit, and is at most 63 characters`,
    ],
  ])('refuses label key %j, saying: %s', (key, message) => {
    expect(validateLabelKey(key)).toBe(message);
  });
});

describe('validateLabelValue', () => {
  const rule = `may contain only ${NAME_CHARS}, and be at most 63 characters (or be empty)`;
  it.each<[unknown]>([['backend'], [''], ['v1.2_Beta-3']])('accepts label value %j', (value) => {
    expect(validateLabelValue(value)).toBeUndefined();
  });

  it.each<[unknown, string]>([
    ['a b', `Label value "a b" ${rule}`],
    ['-x', `Label value "-x" ${rule}`],
    ['x'.repeat(64), `Label value "${'x'.repeat(40)}…" ${rule}`],
    [2, 'Label value must be text, not the number 2 (put it in quotes)'],
    [true, 'Label value must be text, not the value true (put it in quotes)'],
  ])('refuses label value %j, saying: %s', (value, message) => {
    expect(validateLabelValue(value)).toBe(message);
  });
});

describe('validateAnnotationKey', () => {
  it.each<[string]>([['description'], ['Example.COM/Owner']])('accepts annotation key %j', (key) => {
    expect(validateAnnotationKey(key)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['', 'Annotation key must not be empty'],
    ['my key', `Annotation key "my key" may contain only ${NAME_CHARS}, and be at most 63 characters`],
  ])('refuses annotation key %j, saying: %s', (key, message) => {
    expect(validateAnnotationKey(key)).toBe(message);
  });
});

describe('validateAnnotationValue', () => {
  it.each<[unknown]>([['any text at all: even "quotes" and spaces']])(
    'accepts annotation value %j',
    (value) => {
      expect(validateAnnotationValue(value)).toBeUndefined();
    },
  );

  it.each<[unknown, string]>([[3, 'Annotation value must be text, not the number 3 (put it in quotes)']])(
    'refuses annotation value %j, saying: %s',
    (value, message) => {
      expect(validateAnnotationValue(value)).toBe(message);
    },
  );
});
