// Names the editor's Monaco model so that the Connector schema applies to it, and to no other YAML on the page.
/** monaco-yaml matches this against the model's URI; it must end the same way as `connectorModelPath`. */
export const CONNECTOR_MODEL_GLOB = '**/*.connector.yaml';

export function connectorModelPath(site: string | undefined, name: string | undefined): string {
  const part = (value: string | undefined, fallback: string) => encodeURIComponent(value || fallback);
  return `connector-editor/${part(site, 'no-site')}/${part(name, 'new')}.connector.yaml`;
}
