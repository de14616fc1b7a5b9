// The real kubectl's `auth can-i` and `auth whoami` against the test server, for two users of different rights.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findKubectl, runKubectl } from './kubectlBinary.ts';
import { EDITED_NAMESPACE, EDITOR_TOKEN, READER_TOKEN, twoUsers } from './reviews/testUsers.ts';
import { startTestServer, type TestServer } from './testSupport.ts';

const kubectl = findKubectl();

/** `auth whoami` asks authentication.k8s.io/v1 from kubectl 1.28 on; older ones lack it or ask beta versions. */
function kubectlMinorVersion(binary: string): number {
  const { stdout } = spawnSync(binary, ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
  try {
    const parsed = JSON.parse(stdout) as { clientVersion?: { minor?: string } };
    return Number.parseInt(parsed.clientVersion?.minor ?? '0', 10);
  } catch {
    return 0;
  }
}

const whoAmISupported = kubectl !== undefined && kubectlMinorVersion(kubectl) >= 28;

describe.skipIf(!kubectl)(
  `kubectl auth (${kubectl ?? 'not found: set KUBECTL to a kubectl binary to run these tests'})`,
  { timeout: 30_000 },
  () => {
    let test: TestServer;
    let directory: string;

    const run = (token: string, ...args: string[]) =>
      runKubectl(
        kubectl ?? 'kubectl',
        [
          '--kubeconfig',
          test.kubeconfigPath,
          '--cache-dir',
          path.join(directory, 'cache'),
          '--token',
          token,
          ...args,
        ],
        { PATH: process.env.PATH ?? '', HOME: directory },
      );

    beforeAll(async () => {
      test = await startTestServer({
        clusters: [{ name: 'east', namespace: EDITED_NAMESPACE, token: READER_TOKEN }],
        auth: twoUsers(),
      });
      directory = await mkdtemp(path.join(os.tmpdir(), 'testkit-kubectl-auth-'));
    });
    afterAll(async () => {
      await test.close();
      await rm(directory, { recursive: true, force: true });
    });

    it.each([
      { token: EDITOR_TOKEN, answer: 'yes', code: 0 },
      { token: READER_TOKEN, answer: 'no', code: 1 },
    ])('`kubectl auth can-i create connectors` says $answer for $token', async ({ token, answer, code }) => {
      const result = await run(
        token,
        'auth',
        'can-i',
        'create',
        'connectors.skupper.io',
        '-n',
        EDITED_NAMESPACE,
      );
      expect(result.stdout.trim()).toBe(answer);
      expect(result.code).toBe(code);
    });

    it('`kubectl auth can-i list connectors` says yes to the reader', async () => {
      const result = await run(
        READER_TOKEN,
        'auth',
        'can-i',
        'list',
        'connectors.skupper.io',
        '-n',
        EDITED_NAMESPACE,
      );
      expect(result).toMatchObject({ stdout: 'yes\n', code: 0 });
    });

    it.skipIf(!whoAmISupported)('`kubectl auth whoami` names the user of the token', async () => {
      const result = await run(EDITOR_TOKEN, 'auth', 'whoami', '-o', 'json');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({
        kind: 'SelfSubjectReview',
        status: { userInfo: { username: 'editor', groups: ['editors', 'system:authenticated'] } },
      });
    });
  },
);
