// The README's troubleshooting table, written from the same hints the console shows beside a status message.
import { STATUS_HINTS } from './status-hints.ts';

const cell = (text: string) => text.replaceAll('|', '\\|');

export function troubleshootingTable(): string {
  return [
    '| controller message | what it means | what to do |',
    '|---|---|---|',
    ...STATUS_HINTS.map((hint) => `| \`${hint.message}\` | ${cell(hint.meaning)} | ${cell(hint.action)} |`),
  ].join('\n');
}
