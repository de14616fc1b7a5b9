import { getField } from '@connector-console/model';
import { describe, expect, it } from 'vitest';
import { connector, site } from '../../testing/fixtures.ts';
import { editorReducer, type EditorAction } from './editorReducer.ts';
import { createEditorState, editEditorState, hasUnsavedChanges, type EditorState } from './editorState.ts';

const EAST = site('east');
const OPENED = connector('web', { version: '7', port: 8080 });
const THEIRS = connector('web', { version: '9', port: 8443 });

function run(state: EditorState, ...actions: EditorAction[]): EditorState {
  return actions.reduce(editorReducer, state);
}

/** An edit of web with the port changed to 9090, reviewed, with a dry run that passed, then saved. */
function savingMine(): EditorState {
  return run(
    editEditorState(EAST, OPENED, 'form'),
    { type: 'fieldEdited', path: ['spec', 'port'], value: 9090 },
    { type: 'reviewRequested' },
    { type: 'dryRunFinished', run: 1, result: { state: 'passed', warnings: [] } },
    { type: 'saveStarted' },
  );
}

const version = (state: EditorState) => state.doc && getField(state.doc, ['metadata', 'resourceVersion']);
const port = (state: EditorState) => state.doc && getField(state.doc, ['spec', 'port']);

describe('review and save', () => {
  it('saves only after a dry run passed, and then has no unsaved changes', () => {
    const reviewing = run(editEditorState(EAST, OPENED, 'form'), { type: 'reviewRequested' });
    expect(run(reviewing, { type: 'saveStarted' })).toBe(reviewing);
    const saved = run(savingMine(), { type: 'saved', resource: THEIRS });
    expect(saved.stage.kind).toBe('saved');
    expect(hasUnsavedChanges(saved)).toBe(false);
  });

  it('does not review a connector with errors or without a site, but shows every problem instead', () => {
    for (const state of [createEditorState(EAST, 'form'), createEditorState(undefined, 'form')]) {
      const asked = run(state, { type: 'reviewRequested' });
      expect(asked.stage.kind).toBe('editing');
      expect(asked.showAllProblems).toBe(true);
    }
  });

  it('ignores the answer to an earlier review that arrives late', () => {
    const state = run(
      editEditorState(EAST, OPENED, 'form'),
      { type: 'reviewRequested' },
      { type: 'editingResumed' },
      { type: 'reviewRequested' },
      { type: 'dryRunFinished', run: 1, result: { state: 'failed', message: 'old', problems: [] } },
    );
    expect(state.stage).toEqual({ kind: 'reviewing', run: 2, dryRun: { state: 'running' } });
  });

  it('shows the server’s field problems from a failed dry run until the text changes', () => {
    const problem = { path: 'spec.host', message: 'Host is not valid', line: 9, column: 3 };
    const failed = run(
      editEditorState(EAST, OPENED, 'form'),
      { type: 'reviewRequested' },
      {
        type: 'dryRunFinished',
        run: 1,
        result: { state: 'failed', message: 'invalid', problems: [problem] },
      },
    );
    expect(failed.serverProblems).toEqual([problem]);
    const edited = run(
      failed,
      { type: 'editingResumed' },
      { type: 'fieldEdited', path: ['spec', 'port'], value: 1 },
    );
    expect(edited.serverProblems).toEqual([]);
  });
});

describe('a conflict on save', () => {
  it('keeps the person’s text and shows the current version', () => {
    const mine = savingMine();
    const conflict = run(mine, { type: 'conflictFound', current: THEIRS });
    expect(conflict.stage).toEqual({ kind: 'conflict', cause: 'save', current: THEIRS });
    expect(conflict.text).toBe(mine.text);
  });

  it('overwrites only after review: the edit is re-based on the current version and reviewed again', () => {
    const rebased = run(
      savingMine(),
      { type: 'conflictFound', current: THEIRS },
      { type: 'rebased', current: THEIRS },
    );
    expect(rebased.stage).toEqual({ kind: 'reviewing', run: 2, dryRun: { state: 'running' } });
    expect(version(rebased)).toBe('9');
    expect(port(rebased)).toBe(9090);
    expect(rebased.baseline.resource).toBe(THEIRS);
    expect(hasUnsavedChanges(rebased)).toBe(true);
  });

  it('discards the person’s edit only when they reload', () => {
    const reloaded = run(savingMine(), { type: 'conflictFound', current: THEIRS });
    expect(port(reloaded)).toBe(9090);
    const discarded = run(reloaded, { type: 'reloaded', resource: THEIRS });
    expect(discarded.stage.kind).toBe('editing');
    expect(port(discarded)).toBe(8443);
    expect(version(discarded)).toBe('9');
    expect(hasUnsavedChanges(discarded)).toBe(false);
  });
});

describe('a newer version arriving while editing', () => {
  it('opens a comparison on request, from which the person can go back to their edit', () => {
    const editing = run(editEditorState(EAST, OPENED, 'form'), {
      type: 'fieldEdited',
      path: ['spec', 'port'],
      value: 9090,
    });
    const comparing = run(editing, { type: 'compareOpened', current: THEIRS });
    expect(comparing.stage).toEqual({ kind: 'conflict', cause: 'live', current: THEIRS });
    const back = run(comparing, { type: 'editingResumed' });
    expect(back.text).toBe(editing.text);
    expect(back.stage.kind).toBe('editing');
  });

  it('does not interrupt a save in progress', () => {
    const saving = savingMine();
    expect(run(saving, { type: 'compareOpened', current: THEIRS })).toBe(saving);
    expect(run(saving, { type: 'reloaded', resource: THEIRS })).toBe(saving);
  });
});
