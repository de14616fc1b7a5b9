// A CPU profile of the page's main thread over some work, saved for DevTools and summed by function (self time).
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../apps/web/dist');

/** The part of a DevTools CPU profile the summary reads. */
export interface Profile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfiledWork<T> {
  result: T;
  profile: Profile;
}

/** Profiles `page` (sampling every 200 µs) while `work` runs. */
export async function profilePage<T>(page: Page, work: () => Promise<T>): Promise<ProfiledWork<T>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const result = await work();
    const { profile } = await cdp.send('Profiler.stop');
    return { result, profile };
  } finally {
    await cdp.detach();
  }
}

/** The minified bundle has no source map: a few characters of code at the function's start say what it is. */
function codeAt(url: string, line: number, column: number): string {
  if (!url.includes('/assets/')) return '';
  try {
    const text = readFileSync(path.join(webDist, new URL(url).pathname), 'utf8');
    return ` \`${(text.split('\n')[line] ?? '').slice(column, column + 60)}\``;
  } catch {
    return '';
  }
}

/** The `top` functions by self time, one line each, and the total sampled time. */
export function summarizeProfile(profile: Profile, top: number): string[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfMs = new Map<string, number>();
  let totalMs = 0;
  (profile.samples ?? []).forEach((id, index) => {
    const frame = nodes.get(id);
    const ms = (profile.timeDeltas?.[index] ?? 0) / 1000;
    totalMs += ms;
    if (!frame || frame.functionName === '(idle)') return;
    const file = frame.url
      ? ` ${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`
      : '';
    const key = `${frame.functionName || '(anonymous)'}${file}${codeAt(frame.url, frame.lineNumber, frame.columnNumber)}`;
    selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
  });
  const busyMs = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
  return [
    `sampled ${totalMs.toFixed(0)} ms, busy ${busyMs.toFixed(0)} ms; top self time:`,
    ...[...selfMs]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${key}`),
  ];
}

export async function saveProfile(profile: Profile, folder: string, name: string): Promise<string> {
  const file = path.join(folder, `${name}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  return file;
}
