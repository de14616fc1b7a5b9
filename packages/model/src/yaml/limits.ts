// The limits that keep a YAML text from exhausting memory or the stack of the browser or the BFF.

export interface YamlLimits {
  /** Largest accepted text, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of maps and lists (the top-level map is depth 1), aliases expanded. */
  maxDepth: number;
  /** Most aliases (`*name`) a document may use. */
  maxAliases: number;
  /** Most values a document may hold once its aliases are expanded. */
  maxNodes: number;
}

export const DEFAULT_YAML_LIMITS: Readonly<YamlLimits> = Object.freeze({
  maxBytes: 1024 * 1024,
  maxDepth: 32,
  maxAliases: 100,
  maxNodes: 100_000,
});

export function yamlLimits(overrides: Partial<YamlLimits> = {}): YamlLimits {
  return { ...DEFAULT_YAML_LIMITS, ...overrides };
}

/** UTF-8 length of a string, counted without TextEncoder so that the code runs anywhere. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} bytes`;
}
