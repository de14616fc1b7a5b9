import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { troubleshootingTable } from './troubleshooting-table.ts';

/** The cells of a Markdown table's body rows, however the table is padded. */
function rows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

describe('the README troubleshooting table', () => {
  it('lists every controller message with the meaning and action the console shows', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    const expected = rows(troubleshootingTable());
    const readmeRows = rows(readme);
    for (const row of expected) expect(readmeRows).toContainEqual(row);
  });
});
