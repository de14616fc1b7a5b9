// Two users of different rights for review tests: a reader anywhere, and an editor of one namespace.
import { KubeConfig } from '@kubernetes/client-node';
import type { AuthHooks, RequestAttributes } from '../http/auth.ts';
import type { ApiServer } from '../server.ts';

export const READER_TOKEN = 'reader-token';
export const EDITOR_TOKEN = 'editor-token';
export const EDITED_NAMESPACE = 'hello-world-east';

const USERS: Readonly<Record<string, { name: string; groups: string[] }>> = {
  [READER_TOKEN]: { name: 'reader', groups: ['readers'] },
  [EDITOR_TOKEN]: { name: 'editor', groups: ['editors'] },
};

const READ_VERBS = ['get', 'list', 'watch'];

/** Hooks that also record every question the authorize hook was asked. */
export function twoUsers(asked: RequestAttributes[] = []): AuthHooks {
  return {
    authenticate: (token) => (token === undefined ? undefined : USERS[token]),
    authorize: (attributes) => {
      asked.push(attributes);
      if (READ_VERBS.includes(attributes.verb)) return true;
      return attributes.user.name === 'editor' && attributes.namespace === EDITED_NAMESPACE;
    },
  };
}

/** A client-node configuration for the first cluster that sends `token`. */
export function kubeConfigWithToken(server: ApiServer, token: string): KubeConfig {
  const config = new KubeConfig();
  config.loadFromString(server.kubeconfig({ tokens: { [server.clusterNames()[0] ?? '']: token } }));
  return config;
}
