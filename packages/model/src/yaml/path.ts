// Turns the dotted paths of Problems (`metadata.labels.app.kubernetes.io/name`) into field paths of a document.
import { isMap, isSeq } from 'yaml';
import type { Document } from 'yaml';
import { childNode, findPair, listIndex, readable } from './nodes.ts';
import type { FieldKey, FieldPath } from './nodes.ts';

/** Splits `a.b[0].c` into `['a', 'b', 0, 'c']`; keys that hold dots are rejoined by `resolveDottedPath`. */
export function splitDottedPath(dotted: string): FieldKey[] {
  if (dotted === '') return [];
  return dotted.split('.').flatMap((part) => {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [part];
    const [, name = '', indexes = ''] = match;
    const steps: FieldKey[] = name === '' && indexes !== '' ? [] : [name];
    for (const index of indexes.matchAll(/\[(\d+)\]/g)) steps.push(Number(index[1]));
    return steps;
  });
}

/** The dotted form of a field path: `spec.port`, `status.conditions[0].type`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text === '' ? key : `${text}.${key}`;
  }, '');
}

/**
 * Reads a dotted path against a document. Label and annotation keys may hold dots, so at each map the
 * longest run of segments that names an existing key wins. Segments past the last existing field are
 * kept as they are.
 */
export function resolveDottedPath(doc: Document, dotted: string): FieldKey[] {
  const segments = splitDottedPath(dotted);
  const resolved: FieldKey[] = [];
  let node: unknown = doc.contents;
  let i = 0;
  while (i < segments.length) {
    const here = readable(doc, node);
    const step = isMap(here)
      ? longestKey(here, segments, i)
      : isSeq(here)
        ? indexStep(segments[i])
        : undefined;
    if (!step) break;
    resolved.push(step.key);
    node = childNode(here, step.key);
    i += step.length;
  }
  return [...resolved, ...segments.slice(i)];
}

function longestKey(map: Parameters<typeof findPair>[0], segments: FieldKey[], from: number) {
  for (let to = segments.length; to > from; to--) {
    const run = segments.slice(from, to);
    // A list index ends a run of key segments.
    if (run.slice(1).some((segment) => typeof segment === 'number')) continue;
    const key = run.join('.');
    if (findPair(map, key)) return { key, length: to - from };
  }
  return undefined;
}

function indexStep(segment: FieldKey | undefined) {
  const index = segment === undefined ? undefined : listIndex(segment);
  return index === undefined ? undefined : { key: index, length: 1 };
}
