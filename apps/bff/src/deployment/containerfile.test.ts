// The Containerfile: several stages, production packages only in the image, and a non-root user.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOY_DIR } from './manifests.ts';

const ROOT = path.dirname(DEPLOY_DIR);
const text = readFileSync(path.join(ROOT, 'Containerfile'), 'utf8').replace(/\\\n/g, ' ');
const instructions = text
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
/** Instructions grouped by stage, the last being the image that runs. */
const stages = instructions.reduce<string[][]>((all, line) => {
  if (line.startsWith('FROM ')) all.push([line]);
  else all.at(-1)?.push(line);
  return all;
}, []);
const runtime = stages.at(-1) ?? [];

describe('Containerfile', () => {
  it('builds in separate stages and runs as a non-root user, by number', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const user = runtime.find((line) => line.startsWith('USER '));
    expect(user).toMatch(/^USER [1-9]\d*:[1-9]\d*$/);
  });

  it('puts only the built bundles and the production packages into the image', () => {
    const copies = runtime.filter((line) => line.startsWith('COPY '));
    expect(copies.every((line) => line.startsWith('COPY --from='))).toBe(true);
    const source = copies.find((line) => line.includes(' node_modules'));
    const stageName = /--from=(\S+)/.exec(source ?? '')?.[1] ?? '';
    const stage = stages.find((lines) => lines[0]?.endsWith(` AS ${stageName}`)) ?? [];
    expect(stage.some((line) => line.includes('npm ci') && line.includes('--omit=dev'))).toBe(true);
    expect(runtime.some((line) => /^RUN /.test(line))).toBe(false);
  });

  it('copies into the build only files that exist, and starts the bundle that npm run build makes', () => {
    for (const line of instructions.filter((l) => l.startsWith('COPY ') && !l.includes('--from='))) {
      const sources = line.split(/\s+/).slice(1, -1);
      for (const source of sources) expect(existsSync(path.join(ROOT, source)), source).toBe(true);
    }
    expect(runtime.find((line) => line.startsWith('ENTRYPOINT'))).toContain('apps/bff/dist/main.js');
  });
});
