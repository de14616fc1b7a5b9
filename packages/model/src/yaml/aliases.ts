// Measures what a document's aliases expand to, so that an "alias bomb" is refused before anything expands it.
import { isAlias, isCollection, isNode, isPair, visit } from 'yaml';
import type { Document, Node } from 'yaml';
import type { YamlLimits } from './limits.ts';

export type AliasRefusal =
  'too-many-aliases' | 'too-many-nodes' | 'too-deep' | 'self-reference' | 'unknown-anchor';
export type AliasVerdict =
  { ok: true } | { ok: false; reason: AliasRefusal; node?: Node; hasAliases: boolean };

interface Expansion {
  nodes: number;
  /** Collections nested in the node, itself included. */
  depth: number;
}

const NOTHING: Expansion = { nodes: 0, depth: 0 };

/** Counts values and depth as a reader sees them once every alias is replaced by what it names. */
export function checkAliasExpansion(doc: Document, limits: YamlLimits): AliasVerdict {
  const targets = new Map<Node, Node | undefined>();
  const anchors = new Map<string, Node>();
  // Document order matters: an alias names the last anchor of that name that comes before it.
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) targets.set(node, anchors.get(node.source));
      else if (node.anchor) anchors.set(node.anchor, node);
    },
  });
  const hasAliases = targets.size > 0;
  if (targets.size > limits.maxAliases) return { ok: false, reason: 'too-many-aliases', hasAliases };
  for (const [alias, target] of targets) {
    if (!target) return { ok: false, reason: 'unknown-anchor', node: alias, hasAliases };
  }

  const done = new Map<Node, Expansion>();
  const inProgress = new Set<Node>();
  let refusal: AliasVerdict | undefined;
  const refuse = (reason: AliasRefusal, node: Node): Expansion => {
    refusal ??= { ok: false, reason, node, hasAliases };
    return NOTHING;
  };

  // `level` counts the collections around the node, so that the recursion stops at the depth limit.
  const expand = (node: unknown, level: number): Expansion => {
    if (refusal || !isNode(node)) return NOTHING;
    const target = isAlias(node) ? targets.get(node) : undefined;
    if (target && inProgress.has(target)) return refuse('self-reference', node);
    let result = done.get(node);
    if (!result) {
      if (isCollection(node) && level >= limits.maxDepth) return refuse('too-deep', node);
      inProgress.add(node);
      result = isAlias(node) ? expand(target, level) : expandCollection(node, level);
      inProgress.delete(node);
      done.set(node, result);
    }
    if (result.nodes > limits.maxNodes) return refuse('too-many-nodes', node);
    if (level + result.depth > limits.maxDepth) return refuse('too-deep', node);
    return result;
  };

  const expandCollection = (node: Node, level: number): Expansion => {
    if (!isCollection(node)) return { nodes: 1, depth: 0 };
    const result = { nodes: 1, depth: 0 };
    for (const item of node.items) {
      const children = isPair(item) ? [item.key, item.value] : [item];
      for (const child of children) {
        const part = expand(child, level + 1);
        result.nodes += part.nodes;
        result.depth = Math.max(result.depth, part.depth);
      }
    }
    result.depth += 1;
    return result;
  };

  expand(doc.contents, 0);
  return refusal ?? { ok: true };
}
