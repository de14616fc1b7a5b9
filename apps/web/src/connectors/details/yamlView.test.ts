import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { connector, READY_STATUS } from '../../testing/fixtures.ts';
import { connectorYamlView } from './yamlView.ts';

describe('connectorYamlView', () => {
  it('leaves out managedFields and says how many entries it hid', () => {
    const resource = connector('web', { status: READY_STATUS });
    resource.metadata.managedFields = [{ manager: 'kubectl' }, { manager: 'controller' }];
    const view = connectorYamlView(resource);
    expect(view.text).not.toContain('managedFields');
    expect(view.hiddenManagedFields).toBe(2);
  });

  it('keeps everything else, status included, in the order Kubernetes writes it', () => {
    const resource = connector('web', { status: READY_STATUS });
    const view = connectorYamlView(resource);
    expect(parse(view.text)).toEqual(resource);
    expect(view.text.startsWith('apiVersion: skupper.io/v2alpha1\nkind: Connector\nmetadata:')).toBe(true);
    expect(view.hiddenManagedFields).toBe(0);
  });
});
