// Finds where a field sits in the text a document was parsed from, to put problems on the right line.
import { isMap, isNode, isSeq } from 'yaml';
import type { Document, LineCounter, Range } from 'yaml';
import type { Problem } from '../problems.ts';
import { findPair, listIndex } from './nodes.ts';
import type { FieldPath } from './nodes.ts';
import { resolveDottedPath } from './path.ts';

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/**
 * The position of a field's key (a list item's start, for an index), or of the nearest parent that exists.
 * Positions refer to the text the document was parsed from: fields added since have none of their own.
 * A string path is read as a dotted Problem path.
 */
export function locate(doc: Document, lineCounter: LineCounter, path: FieldPath | string): TextPosition {
  const steps = typeof path === 'string' ? resolveDottedPath(doc, path) : path;
  let offset = rangeOf(doc.contents)?.[0] ?? 0;
  let node: unknown = doc.contents;
  for (const step of steps) {
    if (isMap(node)) {
      const pair = findPair(node, step);
      if (!pair) break;
      const range = rangeOf(pair.key) ?? rangeOf(pair.value);
      if (range) offset = range[0];
      node = pair.value;
    } else if (isSeq(node)) {
      const index = listIndex(step);
      const item: unknown = index === undefined ? undefined : node.items[index];
      if (item === undefined) break;
      const range = rangeOf(item);
      if (range) offset = range[0];
      node = item;
    } else break;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}

/** The problems with `line` and `column` filled in from their paths, where they had none. */
export function locateProblems<P extends Problem>(
  doc: Document,
  lineCounter: LineCounter,
  problems: readonly P[],
): P[] {
  return problems.map((problem) =>
    problem.line === undefined ? { ...problem, ...locate(doc, lineCounter, problem.path) } : problem,
  );
}

function rangeOf(node: unknown): Range | undefined {
  return isNode(node) ? (node.range ?? undefined) : undefined;
}
