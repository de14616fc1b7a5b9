// A connector as YAML for reading, without the server's bookkeeping that nobody edits.
import type { Connector } from '@connector-console/model';
import { stringify } from 'yaml';

export interface YamlView {
  text: string;
  /** How many managedFields entries were left out. */
  hiddenManagedFields: number;
}

export function connectorYamlView(resource: Connector): YamlView {
  const { managedFields, ...metadata } = resource.metadata;
  const text = stringify({ ...resource, metadata }, { lineWidth: 0 });
  return { text, hiddenManagedFields: Array.isArray(managedFields) ? managedFields.length : 0 };
}
