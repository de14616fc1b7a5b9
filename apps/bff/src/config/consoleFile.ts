// Reads and checks console.yaml, naming any field that is wrong.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parseYamlDocument, toValue } from '@connector-console/model';
import type { SiteSpec } from './siteSpec.ts';

export interface ConsoleFile {
  port?: number;
  host?: string;
  kubeconfig?: string;
  namespace?: string;
  dataHome?: string;
  demo?: boolean;
  perUser?: boolean;
  userTokenHeader?: string;
  trustProxy?: string;
  sites?: SiteSpec[];
}

const schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    port: { type: 'integer', minimum: 0, maximum: 65535 },
    host: { type: 'string' },
    kubeconfig: { type: 'string' },
    namespace: { type: 'string' },
    dataHome: { type: 'string' },
    demo: { type: 'boolean' },
    perUser: { type: 'boolean' },
    userTokenHeader: { type: 'string', pattern: '^[A-Za-z0-9-]+$' },
    trustProxy: { type: 'string' },
    sites: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind'],
        additionalProperties: false,
        properties: {
          kind: { enum: ['kubernetes', 'system'] },
          name: { type: 'string' },
          context: { type: 'string' },
          namespace: { type: 'string' },
          dataHome: { type: 'string' },
        },
        if: { properties: { kind: { const: 'system' } } },
        then: { required: ['namespace'] },
      },
    },
  },
} as const;

const validate = new Ajv({ allErrors: true }).compile<ConsoleFile>(schema);

export function parseConsoleFile(text: string, source: string): ConsoleFile {
  if (text.trim() === '') return {};
  const parsed = parseYamlDocument(text);
  if (!parsed.doc) {
    const problem = parsed.problems[0];
    throw new Error(
      `${source} cannot be read${problem?.line ? ` (line ${problem.line})` : ''}: ${problem?.message ?? 'not YAML'}`,
    );
  }
  const value = toValue(parsed.doc);
  if (validate(value)) return value;
  const problems = (validate.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const where = e.instancePath.replace(/^\//, '').replaceAll('/', '.') || '(top level)';
      if (e.keyword === 'additionalProperties')
        return `${where}: unknown field "${String(e.params.additionalProperty)}"`;
      if (e.keyword === 'pattern')
        return `${where}: must be an HTTP header name (letters, digits and hyphens)`;
      if (e.keyword === 'enum')
        return `${where}: must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
      return `${where}: ${e.message ?? 'is not valid'}`;
    });
  throw new Error(`${source} is not a valid console configuration:\n  ${problems.join('\n  ')}`);
}

export function readConsoleFile(file: string): ConsoleFile {
  return parseConsoleFile(readFileSync(file, 'utf8'), file);
}
