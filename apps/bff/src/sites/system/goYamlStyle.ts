// How Go's yaml.v2 encoder (behind sigs.k8s.io/yaml, which the skupper CLI uses) orders keys and quotes strings.
// Described from that encoder's documented behaviour so that files the console creates read like the CLI's.

type Style = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL';

const isLetter = (char: string): boolean => /\p{L}/u.test(char);
const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9';

/**
 * yaml.v2 sorts map keys "naturally": letters by code point, anything else before a letter,
 * and runs of digits by their numeric value (so `port9` comes before `port10`).
 */
export function compareGoYamlKeys(left: string, right: string): number {
  const a = [...left];
  const b = [...right];
  for (let i = 0; i < a.length && i < b.length; i++) {
    const ca = a[i] as string;
    const cb = b[i] as string;
    if (ca === cb) continue;
    const aLetter = isLetter(ca);
    const bLetter = isLetter(cb);
    if (aLetter && bLetter) return ca < cb ? -1 : 1;
    if (aLetter || bLetter) return bLetter ? -1 : 1;
    // A zero inside a longer number (the 0 of "10") is compared as part of that number, as yaml.v2 does.
    const seed = (ca === '0' || cb === '0') && /[1-9]/.test(digitsBefore(a, i)) ? 1n : 0n;
    const aRun = digitRun(a, i, seed);
    const bRun = digitRun(b, i, seed);
    if (aRun.value !== bRun.value) return aRun.value < bRun.value ? -1 : 1;
    if (aRun.end !== bRun.end) return aRun.end < bRun.end ? -1 : 1;
    return ca < cb ? -1 : 1;
  }
  return a.length - b.length;
}

function digitsBefore(chars: string[], index: number): string {
  let start = index;
  while (start > 0 && isDigit(chars[start - 1])) start--;
  return chars.slice(start, index).join('');
}

function digitRun(chars: string[], start: number, seed: bigint): { value: bigint; end: number } {
  let end = start;
  let value = seed;
  while (isDigit(chars[end])) {
    value = value * 10n + BigInt(chars[end] as string);
    end++;
  }
  return { value, end };
}

const NON_STRING_WORDS = new Set(
  [
    'y Y yes Yes YES on On ON n N no No NO off Off OFF true True TRUE false False FALSE',
    '~ null Null NULL .nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF <<',
  ]
    .join(' ')
    .split(' '),
);
const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$/;
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE_60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMP =
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]*)?(Z|[-+][0-9]{2}:[0-9]{2})?)?$/;

/** True when a plain scalar with this text would be read back as something other than a string. */
export function readsAsNonString(text: string): boolean {
  if (text === '' || NON_STRING_WORDS.has(text)) return true;
  const first = text[0] ?? '';
  if (!/[-+.0-9]/.test(first)) return false;
  const plain = text.replaceAll('_', '');
  return TIMESTAMP.test(text) || GO_INT.test(plain) || YAML_FLOAT.test(plain) || BASE_60_FLOAT.test(text);
}

const FIRST_CHAR_INDICATORS = new Set([...'#,[]{}&*!|>\'"%@`']);

/** Whether a plain scalar may carry this text in block context (libyaml's scalar analysis). */
function plainAllowed(text: string): boolean {
  if (text === '' || text.startsWith('---') || text.startsWith('...')) return false;
  if (/^\s|\s$/.test(text) || /[\n\r]/.test(text)) return false;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    const next = chars[i + 1];
    const followedByBlank = next === undefined || next === ' ' || next === '\t';
    if (i === 0) {
      if (FIRST_CHAR_INDICATORS.has(char)) return false;
      if ((char === '?' || char === ':' || char === '-') && followedByBlank) return false;
    } else {
      if (char === ':' && followedByBlank) return false;
      if (char === '#' && (chars[i - 1] === ' ' || chars[i - 1] === '\t')) return false;
    }
  }
  return !hasSpecialCharacters(text);
}

function hasSpecialCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/.test(text);
}

/** The scalar style yaml.v2 gives a string value or key. */
export function goYamlStringStyle(text: string): Style {
  if (text.includes('\n')) {
    return hasSpecialCharacters(text) || /[ \t]$/.test(text) ? 'QUOTE_DOUBLE' : 'BLOCK_LITERAL';
  }
  if (readsAsNonString(text)) return 'QUOTE_DOUBLE';
  if (plainAllowed(text)) return 'PLAIN';
  return hasSpecialCharacters(text) ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
}
