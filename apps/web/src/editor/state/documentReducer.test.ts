import { getField } from '@connector-console/model';
import { describe, expect, it } from 'vitest';
import { connector, site } from '../../testing/fixtures.ts';
import { editorReducer, type EditorAction } from './editorReducer.ts';
import {
  createEditorState,
  editEditorState,
  hasUnsavedChanges,
  isTextValid,
  type EditorState,
} from './editorState.ts';

const EAST = site('east');
const PODMAN = site('laptop', { kind: 'system', platform: 'podman', statusLive: false });

function run(state: EditorState, ...actions: EditorAction[]): EditorState {
  return actions.reduce(editorReducer, state);
}

function field(state: EditorState, ...path: string[]): unknown {
  return state.doc && getField(state.doc, path);
}

const COMMENTED = `apiVersion: skupper.io/v2alpha1
kind: Connector
metadata:
  name: web # the web tier
  resourceVersion: "7"
  annotations:
    example.com/owner: payments
spec:
  routingKey: web
  port: 8080 # http
  selector: app=web
  futureField: kept
`;

describe('editing in the form', () => {
  it('keeps comments, unknown fields and annotations when the port is edited in the form', () => {
    const opened = run(editEditorState(EAST, connector('web'), 'form'), {
      type: 'yamlEdited',
      text: COMMENTED,
    });
    const edited = run(opened, { type: 'fieldEdited', path: ['spec', 'port'], value: 9090 });
    expect(edited.text).toBe(COMMENTED.replace('port: 8080 # http', 'port: 9090 # http'));
    expect(run(edited, { type: 'viewChosen', view: 'yaml' }, { type: 'viewChosen', view: 'form' }).text).toBe(
      edited.text,
    );
  });

  it('marks edited fields as touched so their problems show as people type', () => {
    const state = run(createEditorState(EAST, 'form'), {
      type: 'fieldEdited',
      path: ['spec', 'port'],
      value: 'x',
    });
    expect(state.touched).toEqual(['spec.port']);
    expect(state.showAllProblems).toBe(false);
  });

  it('clears the host when the person chooses a selector, and the selector when they choose a host', () => {
    let state = run(
      createEditorState(EAST, 'form'),
      { type: 'targetChosen', target: 'host' },
      { type: 'fieldEdited', path: ['spec', 'host'], value: 'db.internal' },
    );
    expect(state.targetChoice).toBe('host');
    state = run(state, { type: 'targetChosen', target: 'selector' });
    expect(field(state, 'spec', 'host')).toBeUndefined();
    expect(state.targetChoice).toBe('selector');
  });

  it('drops a Kubernetes selector and asks for a host when a Podman site is chosen', () => {
    const state = run(
      createEditorState(EAST, 'form'),
      { type: 'fieldEdited', path: ['spec', 'selector'], value: 'app=web' },
      { type: 'siteChosen', site: PODMAN },
    );
    expect(state.site?.id).toBe('laptop');
    expect(state.targetChoice).toBe('host');
    expect(field(state, 'spec', 'selector')).toBeUndefined();
  });
});

describe('the routing key', () => {
  it('follows the name until the person edits it', () => {
    let state = run(createEditorState(EAST, 'form'), { type: 'nameEdited', value: 'web' });
    expect(field(state, 'spec', 'routingKey')).toBe('web');
    state = run(
      state,
      { type: 'routingKeyEdited', value: 'web-v2' },
      { type: 'nameEdited', value: 'webapp' },
    );
    expect(field(state, 'metadata', 'name')).toBe('webapp');
    expect(field(state, 'spec', 'routingKey')).toBe('web-v2');
  });

  it('follows the name again once the person clears it', () => {
    const state = run(
      createEditorState(EAST, 'form'),
      { type: 'routingKeyEdited', value: 'other' },
      { type: 'routingKeyEdited', value: '' },
      { type: 'nameEdited', value: 'db' },
    );
    expect(field(state, 'spec', 'routingKey')).toBe('db');
  });

  it('stops following once the YAML gives it a value of its own', () => {
    const created = run(createEditorState(EAST, 'yaml'), { type: 'nameEdited', value: 'web' });
    const yaml = run(created, {
      type: 'yamlEdited',
      text: created.text.replace('routingKey: web', 'routingKey: api'),
    });
    expect(yaml.routingKeyFollowsName).toBe(false);
    expect(field(run(yaml, { type: 'nameEdited', value: 'web2' }), 'spec', 'routingKey')).toBe('api');
  });

  it('never follows the name of a connector that already exists', () => {
    const state = editEditorState(EAST, connector('web', { routingKey: 'shop' }), 'form');
    expect(state.routingKeyFollowsName).toBe(false);
  });
});

describe('invalid YAML', () => {
  const broken = 'apiVersion: skupper.io/v2alpha1\nspec: [port: 1\n';

  it('is kept, exactly as typed, across switches between the form and YAML views', () => {
    const state = run(
      createEditorState(EAST, 'yaml'),
      { type: 'yamlEdited', text: broken },
      { type: 'viewChosen', view: 'form' },
      { type: 'viewChosen', view: 'yaml' },
    );
    expect(state.text).toBe(broken);
    expect(state.view).toBe('yaml');
    expect(state.yamlProblems[0]?.line).toBeGreaterThan(0);
  });

  it('makes the form read-only: field edits change nothing until the YAML parses again', () => {
    const invalid = run(createEditorState(EAST, 'form'), { type: 'yamlEdited', text: broken });
    expect(isTextValid(invalid)).toBe(false);
    expect(run(invalid, { type: 'nameEdited', value: 'web' })).toBe(invalid);
    expect(run(invalid, { type: 'reviewRequested' }).stage.kind).toBe('editing');
    const fixed = run(invalid, { type: 'yamlEdited', text: 'apiVersion: skupper.io/v2alpha1\nspec: {}\n' });
    expect(isTextValid(fixed)).toBe(true);
    expect(field(run(fixed, { type: 'nameEdited', value: 'web' }), 'metadata', 'name')).toBe('web');
  });

  it('counts as an unsaved change, so leaving warns before it is lost', () => {
    const state = run(editEditorState(EAST, connector('web'), 'yaml'), { type: 'yamlEdited', text: broken });
    expect(hasUnsavedChanges(state)).toBe(true);
  });
});
