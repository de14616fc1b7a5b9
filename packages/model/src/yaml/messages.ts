// Plain-words messages for YAML texts the console refuses, each with a stable code.
import type { YAMLError } from 'yaml';
import type { Problem } from '../problems.ts';
import { formatBytes } from './limits.ts';

export type YamlProblemCode =
  | 'yaml-syntax'
  | 'yaml-empty'
  | 'yaml-multiple-documents'
  | 'yaml-not-a-map'
  | 'yaml-too-large'
  | 'yaml-too-deep'
  | 'yaml-too-many-aliases'
  | 'yaml-too-many-values'
  | 'yaml-alias-loop'
  | 'yaml-unknown-alias';

/** A Problem with a code that says which rule refused the text; still a plain Problem to every other reader. */
export interface YamlProblem extends Problem {
  code: YamlProblemCode;
}

export const yamlMessages = {
  empty: () => 'The document is empty. Write a connector: apiVersion, kind, metadata and spec.',
  multipleDocuments: (count: number) =>
    `The text holds ${count} YAML documents; a connector is one document. ` +
    'Keep one and remove the others (each one starts at a "---" line).',
  notAMap: (found: 'list' | 'value') =>
    `The document must be a map of fields (apiVersion, kind, metadata, spec), but it is a ${
      found === 'list' ? 'list' : 'single value'
    }.`,
  tooLarge: (bytes: number, maxBytes: number) =>
    `The text is ${formatBytes(bytes)}, more than the ${formatBytes(maxBytes)} allowed.`,
  tooDeep: (maxDepth: number) =>
    `Maps and lists are nested more than ${maxDepth} levels deep (aliases included), which is not allowed.`,
  tooManyAliases: (maxAliases: number) =>
    `The document uses aliases (*name) more than ${maxAliases} times, which is not allowed. ` +
    'Write the values out instead.',
  tooManyValues: (maxNodes: number, hasAliases: boolean) =>
    hasAliases
      ? `Aliases (*name) expand the document to more than ${maxNodes} values, which is not allowed. ` +
        'Write the values out instead.'
      : `The document holds more than ${maxNodes} values, which is not allowed.`,
  aliasLoop: (alias: string) => `The alias *${alias} is inside the map or list it names, so it never ends.`,
  unknownAlias: (alias: string) => `The alias *${alias} names no anchor (&${alias}) written before it.`,
};

/** yaml's own messages, reworded where they speak of parser internals rather than of the text. */
export function syntaxMessage(error: YAMLError, text: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      // yaml points at the start of the repeated key; the key runs to its ':'.
      const key = (/^[^:\n]{1,80}/.exec(text.slice(error.pos[0]))?.[0] ?? '').trim();
      return key
        ? `The key ${key} appears twice in the same map; keep one.`
        : 'A key appears twice in the same map.';
    }
    case 'TAB_AS_INDENT':
      return 'Tabs cannot indent YAML; use spaces.';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return error.message.startsWith('Nested mappings')
        ? 'A value holds ": " (a colon and a space): put the value in quotes, or nested fields on their own lines.'
        : error.message;
    case 'MULTILINE_IMPLICIT_KEY':
      return 'A key must be on a single line; check the indentation and the ":" after each key.';
    default:
      return error.message;
  }
}
