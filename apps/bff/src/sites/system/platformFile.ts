// Reads the platform a local namespace was set up for, from `internal/platform.yaml` (`platform: podman`).
import { readFileSync } from 'node:fs';
import { parseYamlDocument, toValue, type LocalPlatform } from '@connector-console/model';
import { isRecord } from './resourceFiles.ts';

export interface PlatformReading {
  platform: LocalPlatform;
  /** Set when the platform had to be assumed, saying why. */
  note?: string;
}

const DEFAULT_PLATFORM: LocalPlatform = 'podman';

function asLocalPlatform(value: unknown): LocalPlatform | undefined {
  if (value === 'podman' || value === 'docker' || value === 'linux') return value;
  // Earlier Skupper releases called the Linux platform "systemd".
  if (value === 'systemd') return 'linux';
  return undefined;
}

export function readPlatformFile(file: string): PlatformReading {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {
      platform: DEFAULT_PLATFORM,
      note: 'internal/platform.yaml is missing, so the platform is assumed to be Podman.',
    };
  }
  const parsed = parseYamlDocument(text);
  const value: unknown = parsed.doc ? toValue(parsed.doc) : undefined;
  const platform = asLocalPlatform(isRecord(value) ? value['platform'] : undefined);
  if (platform) return { platform };
  return {
    platform: DEFAULT_PLATFORM,
    note: 'internal/platform.yaml does not name podman, docker or linux, so the platform is assumed to be Podman.',
  };
}
