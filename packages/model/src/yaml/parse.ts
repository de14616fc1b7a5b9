// Parses YAML text into one editable document, or says in plain words why the text is refused.
import { Composer, isMap, isScalar, isSeq, LineCounter } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import { checkAliasExpansion } from './aliases.ts';
import type { AliasVerdict } from './aliases.ts';
import { rememberLayout } from './format.ts';
import { utf8ByteLength, yamlLimits } from './limits.ts';
import type { YamlLimits } from './limits.ts';
import { syntaxMessage, yamlMessages } from './messages.ts';
import type { YamlProblem, YamlProblemCode } from './messages.ts';
import { scanYamlText } from './scan.ts';

export interface ParsedYaml {
  /** Present only when the text is one valid document within the limits: never a partial result. */
  doc?: Document;
  /** Turns offsets in the text into 1-based lines and columns; see `locate`. */
  lineCounter: LineCounter;
  /** Why the text was refused; empty when `doc` is present. */
  problems: YamlProblem[];
  /** Things yaml accepted but a reader may want to know, such as an unknown tag. */
  warnings: YamlProblem[];
}

/** Every written document of a text, checked against the limits, or the reason the whole text is refused. */
export interface ParsedYamlStream {
  docs: Document.Parsed[];
  lineCounter: LineCounter;
  problems: YamlProblem[];
  warnings: YamlProblem[];
}

/**
 * Parses a text that may hold several documents (as Skupper's loader reads resource files), with the same limits and
 * refusals as `parseYamlDocument`; only the one-document and mapping rules are left to the caller.
 */
export function parseYamlDocuments(text: string, limits: Partial<YamlLimits> = {}): ParsedYamlStream {
  const lineCounter = new LineCounter();
  const within = yamlLimits(limits);
  const refuse = (code: YamlProblemCode, message: string, offset?: number): ParsedYamlStream => {
    const position = offset === undefined ? {} : positionOf(lineCounter, offset);
    return { docs: [], lineCounter, problems: [{ code, path: '', message, ...position }], warnings: [] };
  };

  // Checked before any parsing; the cheap bound on characters avoids counting bytes of a huge text.
  const bytes = text.length > within.maxBytes ? text.length : utf8ByteLength(text);
  if (bytes > within.maxBytes) return refuse('yaml-too-large', yamlMessages.tooLarge(bytes, within.maxBytes));

  const scanned = scanYamlText(text, lineCounter, within.maxDepth);
  if ('tooDeep' in scanned) {
    return refuse('yaml-too-deep', yamlMessages.tooDeep(within.maxDepth), scanned.tooDeep.offset);
  }
  const composer = new Composer({ prettyErrors: false });
  const docs = Array.from(composer.compose(scanned.tokens, true, text.length)).filter(
    (doc) => !isEmptyDocument(doc),
  );

  const toProblem = (error: YAMLError): YamlProblem => ({
    code: 'yaml-syntax',
    path: '',
    message: syntaxMessage(error, text),
    ...positionOf(lineCounter, error.pos[0]),
  });
  const warnings = docs.flatMap((doc) => doc.warnings.map(toProblem));
  const errors = docs.flatMap((doc) => doc.errors.map(toProblem));
  if (errors.length > 0) return { docs: [], lineCounter, problems: errors, warnings };

  for (const doc of docs) {
    const refusal = aliasRefusal(checkAliasExpansion(doc, within), within);
    if (refusal) return refuse(refusal.code, refusal.message, rangeStart(refusal.node));
    try {
      // yaml's own guard against alias bombs, as a second line behind the expansion count.
      doc.toJS({ maxAliasCount: within.maxAliases });
    } catch {
      return refuse('yaml-too-many-aliases', yamlMessages.tooManyAliases(within.maxAliases));
    }
    rememberLayout(doc, lineCounter, text);
  }
  return { docs, lineCounter, problems: [], warnings };
}

export function parseYamlDocument(text: string, limits: Partial<YamlLimits> = {}): ParsedYaml {
  const stream = parseYamlDocuments(text, limits);
  const { lineCounter, warnings } = stream;
  const refuse = (code: YamlProblemCode, message: string, offset?: number): ParsedYaml => {
    const position = offset === undefined ? {} : positionOf(lineCounter, offset);
    return { lineCounter, problems: [{ code, path: '', message, ...position }], warnings: [] };
  };
  if (stream.problems.length > 0) {
    const refused = stream.problems.every((problem) => problem.code !== 'yaml-syntax');
    return { lineCounter, problems: stream.problems, warnings: refused ? [] : warnings };
  }
  const [doc, second] = stream.docs;
  if (second) {
    return refuse(
      'yaml-multiple-documents',
      yamlMessages.multipleDocuments(stream.docs.length),
      second.range[0],
    );
  }
  if (!doc) return refuse('yaml-empty', yamlMessages.empty());
  const contents = doc.contents;
  if (!isMap(contents)) {
    return refuse(
      'yaml-not-a-map',
      yamlMessages.notAMap(isSeq(contents) ? 'list' : 'value'),
      contents?.range[0],
    );
  }
  return { doc, lineCounter, problems: [], warnings };
}

function aliasRefusal(
  verdict: AliasVerdict,
  limits: YamlLimits,
): { code: YamlProblemCode; message: string; node?: Node } | undefined {
  if (verdict.ok) return undefined;
  const source = verdict.node && 'source' in verdict.node ? String(verdict.node.source) : '';
  switch (verdict.reason) {
    case 'too-many-aliases':
      return { code: 'yaml-too-many-aliases', message: yamlMessages.tooManyAliases(limits.maxAliases) };
    case 'too-many-nodes':
      return {
        code: 'yaml-too-many-values',
        message: yamlMessages.tooManyValues(limits.maxNodes, verdict.hasAliases),
        node: verdict.node,
      };
    case 'too-deep':
      return { code: 'yaml-too-deep', message: yamlMessages.tooDeep(limits.maxDepth), node: verdict.node };
    case 'self-reference':
      return { code: 'yaml-alias-loop', message: yamlMessages.aliasLoop(source), node: verdict.node };
    case 'unknown-anchor':
      return { code: 'yaml-unknown-alias', message: yamlMessages.unknownAlias(source), node: verdict.node };
  }
}

/** A "---" line with nothing after it makes a document whose value is an empty null scalar. */
function isEmptyDocument(doc: Document): boolean {
  const contents = doc.contents;
  if (doc.errors.length > 0 || contents === null) return doc.errors.length === 0;
  return isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1];
}

function rangeStart(node: Node | undefined): number | undefined {
  return node?.range?.[0];
}

function positionOf(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}
