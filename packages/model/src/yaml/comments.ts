// Whether a text holds YAML comments anyone wrote, which a writer must then keep.
import { isNode, visit } from 'yaml';
import { parseYamlDocuments } from './parse.ts';

export function hasComments(text: string): boolean {
  const { docs } = parseYamlDocuments(text);
  return docs.some((doc) => {
    if (doc.commentBefore || doc.comment) return true;
    let found = false;
    visit(doc, (_key, node) => {
      if (isNode(node) && (node.commentBefore || node.comment)) {
        found = true;
        return visit.BREAK;
      }
      return undefined;
    });
    return found;
  });
}
