// Reads request bodies with the API server's size limit and turns JSON or YAML into values (400 when malformed).
import type { IncomingMessage } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { apiErrors, failure } from '../errors/status.ts';
import type { PatchType } from '../store/patch.ts';
import { parseMediaTypes } from './negotiation.ts';

/** The real server refuses bodies above 3 MiB. */
const MAX_BODY_BYTES = 3 * 1024 * 1024;

export async function readBodyBytes(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw failure(413, `Request entity too large: limit is ${MAX_BODY_BYTES}`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export async function readBody(request: IncomingMessage): Promise<string> {
  return (await readBodyBytes(request)).toString('utf8');
}

export function mediaTypeOf(request: IncomingMessage): string {
  return parseMediaTypes(request.headers['content-type'])[0]?.type ?? '';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw apiErrors.badRequest(`couldn't get version/kind; json parse error: ${detail}`);
  }
}

/** The body of a create or replace: JSON, or YAML as the real server also accepts. */
export async function readObjectBody(request: IncomingMessage): Promise<unknown> {
  const mediaType = mediaTypeOf(request);
  const text = await readBody(request);
  if (mediaType === 'application/json' || mediaType === '') return parseJson(text);
  if (mediaType === 'application/yaml') {
    try {
      return parseYaml(text);
    } catch (error) {
      throw apiErrors.badRequest(`yaml: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw apiErrors.unsupportedMediaType([
    'application/json',
    'application/yaml',
    'application/vnd.kubernetes.protobuf',
  ]);
}

/** Patch types custom resources accept; strategic merge patch is refused for them, as by the real server. */
const PATCH_TYPES: Readonly<Record<string, PatchType>> = {
  'application/merge-patch+json': 'merge',
  'application/json-patch+json': 'json',
};

export const CUSTOM_RESOURCE_PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/apply-patch+yaml',
];

export async function readPatchBody(request: IncomingMessage): Promise<{ type: PatchType; body: unknown }> {
  const type = PATCH_TYPES[mediaTypeOf(request)];
  if (!type) throw apiErrors.unsupportedMediaType(CUSTOM_RESOURCE_PATCH_TYPES);
  return { type, body: parseJson(await readBody(request)) };
}

/** DELETE may carry DeleteOptions (preconditions, dryRun); an empty body is fine. */
export async function readOptionalJson(request: IncomingMessage): Promise<unknown> {
  const text = await readBody(request);
  return text.trim() === '' ? undefined : parseJson(text);
}
