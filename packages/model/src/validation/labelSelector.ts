// Kubernetes label selectors (k8s.io/apimachinery labels.Parse): parsing with plain-word errors, and matching.
import { SelectorParser, SelectorSyntaxError } from './labelSelectorParser.ts';
import { parseInt64 } from './rules.ts';

/** Operator names as Kubernetes spells them (selection.Operator). */
export type LabelOperator = '=' | '==' | '!=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

export interface LabelRequirement {
  key: string;
  operator: LabelOperator;
  /** Sorted and without repeats; empty for 'exists' and '!'; one whole number for 'gt' and 'lt'. */
  values: string[];
}

export type LabelSelectorParse =
  | { ok: true; requirements: LabelRequirement[] }
  | { ok: false; message: string; /** 0-based offset in the text of what is wrong. */ position: number };

/** An empty selector has no requirements and so matches every set of labels, as in Kubernetes. */
export function parseLabelSelector(text: string): LabelSelectorParse {
  try {
    return { ok: true, requirements: new SelectorParser(text).parse() };
  } catch (error) {
    if (error instanceof SelectorSyntaxError) {
      return { ok: false, message: error.message, position: error.position };
    }
    throw error;
  }
}

export function matchesLabelSelector(
  requirements: readonly LabelRequirement[],
  labels: Readonly<Record<string, string>>,
): boolean {
  return requirements.every((requirement) => matchesRequirement(requirement, labels));
}

function matchesRequirement(
  requirement: LabelRequirement,
  labels: Readonly<Record<string, string>>,
): boolean {
  const { key, operator, values } = requirement;
  const value = Object.hasOwn(labels, key) ? labels[key] : undefined;
  switch (operator) {
    case '=':
    case '==':
    case 'in':
      return value !== undefined && values.includes(value);
    case '!=':
    case 'notin':
      return value === undefined || !values.includes(value);
    case 'exists':
      return value !== undefined;
    case '!':
      return value === undefined;
    case 'gt':
    case 'lt': {
      const actual = value === undefined ? undefined : parseInt64(value);
      const bound = values.length === 1 && values[0] !== undefined ? parseInt64(values[0]) : undefined;
      if (actual === undefined || bound === undefined) return false;
      return operator === 'gt' ? actual > bound : actual < bound;
    }
  }
}
