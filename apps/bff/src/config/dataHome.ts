// Where local Skupper sites keep their files, by the same rule as the skupper CLI.
import os from 'node:os';
import path from 'node:path';

export function defaultDataHome(env: NodeJS.ProcessEnv, uid: number = process.getuid?.() ?? -1): string {
  if (uid === 0) return '/var/lib/skupper';
  const xdg = env.XDG_DATA_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.local/share'), 'skupper');
}
