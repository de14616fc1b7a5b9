// Recursive descent over label-selector tokens, following labels.Parse step by step so both accept the same text.
import { qualifiedNameProblem, labelValueProblem } from './kubernetesNames.ts';
import type { LabelOperator, LabelRequirement } from './labelSelector.ts';
import {
  emptyValueAt,
  endToken,
  isWord,
  lexLabelSelector,
  startsRequirement,
  type SelectorToken,
  type ValueAt,
} from './labelSelectorLexer.ts';
import { selectorMessages as say } from './messages.ts';
import { isDigits, parseInt64 } from './rules.ts';

export class SelectorSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const BINARY_OPERATORS: Readonly<Record<string, LabelOperator>> = {
  '=': '=',
  '==': '==',
  '!=': '!=',
  in: 'in',
  notin: 'notin',
  '>': 'gt',
  '<': 'lt',
};

export class SelectorParser {
  private readonly tokens: SelectorToken[];
  private index = 0;

  constructor(private readonly text: string) {
    this.tokens = lexLabelSelector(text);
  }

  parse(): LabelRequirement[] {
    const requirements: LabelRequirement[] = [];
    const first = this.peek();
    if (first.kind === 'end') return requirements;
    if (!startsRequirement(first)) this.fail(first, say.expectedKey(shown(first)));
    for (;;) {
      const start = this.peek().position;
      requirements.push(this.parseRequirement());
      const last = this.tokens[this.index - 1];
      const next = this.take();
      if (next.kind === 'end') return requirements;
      if (next.kind !== ',') {
        const requirementText = this.text.slice(start, last ? last.position + last.text.length : start);
        this.fail(next, say.expectedEnd(requirementText, shown(next)));
      }
      const afterComma = this.peek();
      if (!startsRequirement(afterComma)) this.fail(afterComma, say.expectedKeyAfterComma(shown(afterComma)));
    }
  }

  private parseRequirement(): LabelRequirement {
    let keyToken = this.take();
    const negated = keyToken.kind === '!';
    if (negated) {
      keyToken = this.take();
      if (!isWord(keyToken)) this.fail(keyToken, say.expectedKeyAfterNot(shown(keyToken)));
    }
    const key = keyToken.text;
    const keyProblem = qualifiedNameProblem(key, say.keyNoun);
    if (keyProblem !== undefined) this.fail(keyToken, keyProblem);
    // '!key' ends here even when more follows: the caller then asks for ',' as Kubernetes does.
    if (negated) return { key, operator: '!', values: [] };
    const after = this.peek();
    if (after.kind === 'end' || after.kind === ',') return { key, operator: 'exists', values: [] };

    const operatorToken = this.take();
    const operator = BINARY_OPERATORS[operatorToken.kind];
    if (operator === undefined)
      return this.fail(operatorToken, say.expectedOperator(key, shown(operatorToken)));
    const values =
      operator === 'in' || operator === 'notin'
        ? this.parseValueSet(operatorToken.text)
        : [this.parseSingleValue(operatorToken.text)];
    for (const value of values) {
      if (operator === 'gt' || operator === 'lt') this.checkWholeNumber(operatorToken.text, value);
      const valueProblem = labelValueProblem(value.text, say.valueSubject(key, value.text));
      if (valueProblem !== undefined) this.fail(value, valueProblem);
    }
    return { key, operator, values: [...new Set(values.map((value) => value.text))].sort() };
  }

  /**
   * `(a, b)`. Like Kubernetes, `()` and empty places around commas stand for the empty value, and the same odd
   * corners are refused: `(a,,)` is an error while `(a,,,)` is not.
   */
  private parseValueSet(operator: string): ValueAt[] {
    const open = this.take();
    if (open.kind !== '(') this.fail(open, say.expectedOpenParenthesis(operator, shown(open)));
    const first = this.peek();
    if (first.kind === ')') {
      this.take();
      return [emptyValueAt(first)];
    }
    if (!isWord(first) && first.kind !== ',')
      this.fail(first, say.expectedFirstValue(operator, shown(first)));
    const values: ValueAt[] = [];
    for (;;) {
      const token = this.take();
      const next = this.peek();
      if (isWord(token)) {
        values.push({ text: token.text, position: token.position });
        if (next.kind === ')') break;
        if (next.kind !== ',') this.fail(next, say.expectedCommaOrClose(token.text, shown(next)));
      } else if (token.kind === ',') {
        if (values.length === 0) values.push(emptyValueAt(token));
        if (next.kind === ')') {
          values.push(emptyValueAt(next));
          break;
        }
        if (next.kind === ',') {
          this.take();
          values.push(emptyValueAt(next));
        }
      } else {
        this.fail(token, say.expectedValueInList(shown(token)));
      }
    }
    this.take();
    return values;
  }

  private parseSingleValue(operator: string): ValueAt {
    const next = this.peek();
    if (next.kind === 'end' || next.kind === ',') return emptyValueAt(next);
    const token = this.take();
    if (!isWord(token)) this.fail(token, say.expectedValue(operator, shown(token)));
    return { text: token.text, position: token.position };
  }

  private checkWholeNumber(operator: string, value: ValueAt): void {
    const found = value.text === '' ? shown(this.peek()) : `'${value.text}'`;
    if (!isDigits(value.text)) this.fail(value, say.expectedWholeNumber(operator, found));
    if (parseInt64(value.text) === undefined) this.fail(value, say.numberTooLarge(operator, value.text));
  }

  private peek(): SelectorToken {
    return this.tokens[Math.min(this.index, this.tokens.length - 1)] ?? endToken(this.text);
  }

  private take(): SelectorToken {
    const token = this.peek();
    this.index++;
    return token;
  }

  private fail(at: { position: number }, message: string): never {
    throw new SelectorSyntaxError(message, at.position);
  }
}

function shown(token: SelectorToken): string {
  return token.kind === 'end' ? say.endOfSelector : `'${token.text}'`;
}
