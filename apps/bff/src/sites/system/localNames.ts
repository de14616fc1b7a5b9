// The name rule of local Skupper sites, checked before a name is ever joined into a file path.
import { SiteError } from '../errors.ts';

// The local loader's rule for resource names: a DNS label (no dots), which also keeps names out of paths.
const LOCAL_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_LOCAL_NAME_LENGTH = 63;

/** Why `name` cannot name a resource of a local site, or undefined when it can. */
export function localNameProblem(name: unknown, noun = 'Connector name'): string | undefined {
  if (typeof name !== 'string' || name === '') return `${noun} is required.`;
  if (name.length > MAX_LOCAL_NAME_LENGTH) {
    return `${noun} may have at most ${MAX_LOCAL_NAME_LENGTH} characters.`;
  }
  if (!LOCAL_NAME.test(name)) {
    return (
      `${noun} "${name}" is not allowed on a local site: use lower-case letters, digits and "-", ` +
      'starting and ending with a letter or digit (no dots, slashes or spaces).'
    );
  }
  return undefined;
}

/** Throws BadRequest unless `name` is a valid local resource name; returns it typed as a string. */
export function requireLocalName(name: unknown, noun = 'Connector name'): string {
  const problem = localNameProblem(name, noun);
  if (problem !== undefined || typeof name !== 'string') {
    throw new SiteError('BadRequest', problem ?? `${noun} is required.`);
  }
  return name;
}
