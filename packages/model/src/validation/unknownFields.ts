// Warnings for fields Skupper does not know, naming the field the person most likely meant.
import { distance } from 'fastest-levenshtein';
import { childPath, type Findings } from './findings.ts';
import { unknownFieldMessages as say } from './messages.ts';

/**
 * The known field closest to `field`, when it is close enough to be a slip of the keyboard. Case is ignored,
 * so `routingkey` suggests `routingKey`; longer names tolerate more typing mistakes.
 */
export function nearestKnownField(field: string, known: readonly string[]): string | undefined {
  let nearest: string | undefined;
  let nearestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const apart = distance(field.toLowerCase(), candidate.toLowerCase());
    if (apart <= allowedSlips(candidate) && apart < nearestDistance) {
      nearest = candidate;
      nearestDistance = apart;
    }
  }
  return nearest;
}

function allowedSlips(name: string): number {
  if (name.length <= 3) return 1;
  return name.length <= 8 ? 2 : 3;
}

/** Adds a warning for each key of `object` that is not in `known`; `renamed` maps older names to current ones. */
export function warnUnknownFields(
  object: Readonly<Record<string, unknown>>,
  known: readonly string[],
  path: string,
  findings: Findings,
  renamed: Readonly<Record<string, string>> = {},
): void {
  for (const field of Object.keys(object)) {
    if (known.includes(field)) continue;
    const current = Object.hasOwn(renamed, field) ? renamed[field] : undefined;
    const suggestion = nearestKnownField(field, known);
    const message =
      current !== undefined
        ? say.renamed(field, current)
        : suggestion !== undefined
          ? say.withSuggestion(field, suggestion)
          : say.plain(field);
    findings.warning(childPath(path, field), message);
  }
}
