// Label and field selectors of list and watch requests, turned into one predicate over objects.
import { matchesLabelSelector, parseLabelSelector } from '@connector-console/model';
import { apiErrors } from '../errors/status.ts';
import type { KubeObject } from '../objects.ts';
import { labelsOf } from '../objects.ts';

export interface SelectorOptions {
  /** Only objects of this namespace; all namespaces when absent. */
  namespace?: string;
  /** Kubernetes label selector text, e.g. `app=backend,tier in (web)`. */
  labelSelector?: string;
  /** `metadata.name=x`, `metadata.namespace!=y`, comma separated, as kubectl sends for `get -w <name>`. */
  fieldSelector?: string;
}

export type ObjectPredicate = (object: KubeObject) => boolean;

const FIELDS: Readonly<Record<string, (object: KubeObject) => string>> = {
  'metadata.name': (object) => object.metadata.name ?? '',
  'metadata.namespace': (object) => object.metadata.namespace ?? '',
};

interface FieldRequirement {
  read: (object: KubeObject) => string;
  equals: boolean;
  value: string;
}

function parseFieldSelector(text: string): FieldRequirement[] {
  return text
    .split(',')
    .filter((term) => term.trim() !== '')
    .map((term) => {
      const match = /^([^!=]+)(==|!=|=)(.*)$/.exec(term.trim());
      if (!match) throw apiErrors.badRequest(`invalid selector: '${text}'; can't understand '${term}'`);
      const [, field = '', operator, value = ''] = match;
      const read = FIELDS[field.trim()];
      if (!read) throw apiErrors.badRequest(`field label not supported: ${field.trim()}`);
      return { read, equals: operator !== '!=', value: value.trim() };
    });
}

/** Throws a 400 ApiError for a selector the real server would refuse to parse. */
export function compileSelectors(options: SelectorOptions): ObjectPredicate {
  const checks: ObjectPredicate[] = [];
  const { namespace, labelSelector, fieldSelector } = options;
  if (namespace !== undefined) checks.push((object) => object.metadata.namespace === namespace);
  if (labelSelector) {
    const parsed = parseLabelSelector(labelSelector);
    if (!parsed.ok) throw apiErrors.badRequest(`unable to parse requirement: ${parsed.message}`);
    const requirements = parsed.requirements;
    checks.push((object) => matchesLabelSelector(requirements, labelsOf(object)));
  }
  if (fieldSelector) {
    for (const { read, equals, value } of parseFieldSelector(fieldSelector)) {
      checks.push((object) => (read(object) === value) === equals);
    }
  }
  return (object) => checks.every((check) => check(object));
}
