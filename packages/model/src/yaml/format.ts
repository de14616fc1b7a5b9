// Writes a document back as text in the layout it was read in: its indentation and its way of indenting lists.
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import type { LineCounter, ToStringOptions } from 'yaml';

/*
 * Kubernetes tools and the skupper CLI write lists flush with their key ("- item" under "key:"), so new
 * documents do the same. Folding is off: yaml would otherwise wrap long strings at 80 columns.
 */
const DEFAULT_LAYOUT = { indent: 2, indentSeq: false, lineWidth: 0 } satisfies ToStringOptions;

const layouts = new WeakMap<Document, ToStringOptions>();

/** Remembers the indentation of a parsed document, read from where its nested keys and dashes start. */
export function rememberLayout(doc: Document, lineCounter: LineCounter, text: string): void {
  keepClosingCommentInPlace(doc, text);
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  const column = (offset: number) => lineCounter.linePos(offset).col;
  visit(doc, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return undefined;
      const value = pair.value;
      if (value === null || (!isMap(value) && !isSeq(value)) || value.flow || !value.range) return undefined;
      const keyColumn = column(pair.key.range[0]);
      const valueColumn = column(value.range[0]);
      if (isMap(value) && indent === undefined && valueColumn > keyColumn) indent = valueColumn - keyColumn;
      if (isSeq(value) && indentSeq === undefined) indentSeq = valueColumn > keyColumn;
      return indent !== undefined && indentSeq !== undefined ? visit.BREAK : undefined;
    },
  });
  layouts.set(doc, {
    ...DEFAULT_LAYOUT,
    ...(indent ? { indent } : {}),
    ...(indentSeq === undefined ? {} : { indentSeq }),
  });
}

/**
 * yaml writes a document's closing comment after a blank line. When the text had none, the comment is
 * handed to the top-level map, which writes it right after its last field.
 */
function keepClosingCommentInPlace(doc: Document, text: string): void {
  const contents = doc.contents;
  if (!doc.comment || !isMap(contents) || contents.flow || contents.comment || !contents.range) return;
  // The map's range ends after its last line break, so any further line break before the '#' is a blank line.
  const gap = text.slice(contents.range[1], text.indexOf('#', contents.range[1]));
  if (gap.includes('\n') || gap.trim() !== '') return;
  contents.comment = doc.comment;
  doc.comment = null;
}

/** The document as YAML text, comments and key order included. */
export function serialize(doc: Document): string {
  return doc.toString(layouts.get(doc) ?? DEFAULT_LAYOUT);
}

/** A new document for a value that has no text yet (a connector created in the form). */
export function newYamlDocument(value: unknown): Document {
  return new Document(value, { aliasDuplicateObjects: false });
}
