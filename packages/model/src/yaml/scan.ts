// Turns YAML text into concrete syntax tokens, refusing deep nesting before the composer recurses into it.
import { Lexer, Parser } from 'yaml';
import type { CST, LineCounter } from 'yaml';

export type ScanResult = { tokens: CST.Token[] } | { tooDeep: { depth: number; offset: number } };

/*
 * The composer recurses once per nesting level, and a few thousand levels overflow the stack; in Node a
 * second overflow in the same process has been seen to abort it outright. The parser's own stack grows
 * with nesting too, so watching it stops a deep text early, and a walk of the finished tokens gives the
 * exact depth. The slack covers the document and scalar entries that sit on the parser's stack.
 */
const PARSER_STACK_SLACK = 8;

export function scanYamlText(text: string, lineCounter: LineCounter, maxDepth: number): ScanResult {
  const parser = new Parser(lineCounter.addNewLine);
  const tokens: CST.Token[] = [];
  lineCounter.addNewLine(0);
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) tokens.push(token);
    if (parser.stack.length > maxDepth + PARSER_STACK_SLACK) {
      return { tooDeep: { depth: parser.stack.length, offset: parser.offset } };
    }
  }
  for (const token of parser.end()) tokens.push(token);
  const deepest = deepestCollection(tokens);
  if (deepest.depth > maxDepth) return { tooDeep: deepest };
  return { tokens };
}

function childTokens(token: CST.Token): Array<CST.Token | null | undefined> {
  switch (token.type) {
    case 'document':
      return [token.value];
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      return token.items.flatMap((item) => [item.key, item.value]);
    default:
      return [];
  }
}

function isCollectionToken(token: CST.Token): boolean {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}

/** Walks without recursion, so that the walk itself cannot overflow the stack. */
function deepestCollection(tokens: CST.Token[]): { depth: number; offset: number } {
  const deepest = { depth: 0, offset: 0 };
  const pending: Array<{ token: CST.Token; depth: number }> = tokens.map((token) => ({ token, depth: 0 }));
  for (let entry = pending.pop(); entry; entry = pending.pop()) {
    const depth = entry.depth + (isCollectionToken(entry.token) ? 1 : 0);
    if (depth > deepest.depth) Object.assign(deepest, { depth, offset: entry.token.offset });
    for (const child of childTokens(entry.token)) if (child) pending.push({ token: child, depth });
  }
  return deepest;
}
