// Splits a Kubernetes label selector into tokens as k8s.io/apimachinery's lexer does; token tests for the parser.

export type SelectorTokenKind =
  'identifier' | 'in' | 'notin' | '(' | ')' | ',' | '!' | '=' | '==' | '!=' | '>' | '<' | 'end';

export interface SelectorToken {
  kind: SelectorTokenKind;
  text: string;
  /** 0-based offset of the token in the selector text. */
  position: number;
}

/** A key or value with where it stands, so that a problem with it can point there. */
export interface ValueAt {
  text: string;
  position: number;
}

const WHITESPACE = new Set([' ', '\t', '\r', '\n']);
const SYMBOL_KINDS: ReadonlyMap<string, SelectorTokenKind> = new Map(
  (['(', ')', ',', '!', '=', '==', '!=', '>', '<'] as const).map((symbol) => [symbol, symbol]),
);
const isSymbol = (character: string) => character.length === 1 && SYMBOL_KINDS.has(character);

/** Every character that is neither whitespace nor a symbol belongs to a word: keys and values are checked later. */
export function lexLabelSelector(text: string): SelectorToken[] {
  const tokens: SelectorToken[] = [];
  let index = 0;
  for (;;) {
    while (WHITESPACE.has(text.charAt(index))) index++;
    if (index >= text.length) {
      tokens.push({ kind: 'end', text: '', position: text.length });
      return tokens;
    }
    const start = index;
    const single = SYMBOL_KINDS.get(text.charAt(index));
    if (single !== undefined) {
      // The longest symbol wins, as in Kubernetes: '!=' and '==' before '!' and '='.
      const pair = text.slice(index, index + 2);
      const kind = SYMBOL_KINDS.get(pair) ?? single;
      const symbol = kind === single ? text.charAt(index) : pair;
      index += symbol.length;
      tokens.push({ kind, text: symbol, position: start });
      continue;
    }
    while (index < text.length && !WHITESPACE.has(text.charAt(index)) && !isSymbol(text.charAt(index))) {
      index++;
    }
    const word = text.slice(start, index);
    const kind = word === 'in' || word === 'notin' ? word : 'identifier';
    tokens.push({ kind, text: word, position: start });
  }
}

/** Where a key or value is expected, 'in' and 'notin' are plain words (a label may be called "in"). */
export function isWord(token: SelectorToken): boolean {
  return token.kind === 'identifier' || token.kind === 'in' || token.kind === 'notin';
}

export function startsRequirement(token: SelectorToken): boolean {
  return isWord(token) || token.kind === '!';
}

export function emptyValueAt(token: SelectorToken): ValueAt {
  return { text: '', position: token.position };
}

export function endToken(text: string): SelectorToken {
  return { kind: 'end', text: '', position: text.length };
}
