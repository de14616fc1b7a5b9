// Where a local Skupper namespace keeps its files: `<dataHome>/namespaces/<ns>/` (input, runtime, internal).
import path from 'node:path';
import { SiteError } from '../errors.ts';
import { requireLocalName } from './localNames.ts';

const LOCAL_NAMESPACE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export interface NamespaceLayout {
  dataHome: string;
  namespace: string;
  namespaceDir: string;
  inputResources: string;
  inputCerts: string;
  runtimeResources: string;
  platformFile: string;
  /** Held with flock by the system controller while it runs. */
  controllerLock: string;
}

export function namespaceLayout(dataHome: string, namespace: string): NamespaceLayout {
  if (!LOCAL_NAMESPACE.test(namespace)) {
    throw new SiteError(
      'BadRequest',
      `Namespace "${namespace}" is not a local Skupper namespace name: use lower-case letters, digits and "-".`,
    );
  }
  const home = path.resolve(dataHome);
  const namespaceDir = path.join(home, 'namespaces', namespace);
  return {
    dataHome: home,
    namespace,
    namespaceDir,
    inputResources: path.join(namespaceDir, 'input', 'resources'),
    inputCerts: path.join(namespaceDir, 'input', 'certs'),
    runtimeResources: path.join(namespaceDir, 'runtime', 'resources'),
    platformFile: path.join(namespaceDir, 'internal', 'platform.yaml'),
    controllerLock: path.join(home, 'namespaces', 'controller.lock'),
  };
}

/** The file the skupper CLI reads and writes for a connector: `input/resources/Connector-<name>.yaml`. */
export function connectorFileName(name: string): string {
  return `Connector-${requireLocalName(name)}.yaml`;
}

export function connectorFilePath(layout: NamespaceLayout, name: string): string {
  const file = path.join(layout.inputResources, connectorFileName(name));
  // The name rule already excludes separators; this second check keeps any future rule change honest.
  if (path.dirname(file) !== layout.inputResources) {
    throw new SiteError('BadRequest', `Connector name "${name}" cannot be used as a file name.`);
  }
  return file;
}

/** A path relative to the namespace folder, for messages people read. */
export function describePath(layout: NamespaceLayout, file: string): string {
  return path.relative(layout.namespaceDir, file);
}
