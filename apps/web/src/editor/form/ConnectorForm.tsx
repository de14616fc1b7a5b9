// The connector as a form: each control reads its field from the document and writes edits back into it.
import type { SiteSummary } from '@connector-console/model';
import { Alert, AlertActionLink, Form } from '@patternfly/react-core';
import type { Dispatch } from 'react';
import { ProblemList } from '../review/ProblemList.tsx';
import type { EditorAction } from '../state/editorReducer.ts';
import type { EditorState } from '../state/editorState.ts';
import { AdvancedFields } from './AdvancedFields.tsx';
import { MetadataFields } from './MetadataFields.tsx';
import { NameFields } from './NameFields.tsx';
import { SitePicker } from './SitePicker.tsx';
import { TargetFields } from './TargetFields.tsx';
import type { FormModel } from './useFormModel.ts';

interface Props {
  state: EditorState;
  model: FormModel;
  sites: readonly SiteSummary[];
  dispatch: Dispatch<EditorAction>;
  onSubmit: () => void;
}

export function ConnectorForm({ state, model, sites, dispatch, onSubmit }: Props) {
  const { values, problems, readOnly } = model;
  const parts = { values, errors: problems.fields, dispatch, site: state.site };
  const firstYamlProblem = state.yamlProblems[0];

  return (
    <Form
      isWidthLimited
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {readOnly && (
        <Alert
          isInline
          variant="warning"
          title="The YAML has a problem, so the form is read-only"
          actionLinks={
            <AlertActionLink onClick={() => dispatch({ type: 'viewChosen', view: 'yaml' })}>
              Fix it in the YAML view
            </AlertActionLink>
          }
        >
          {firstYamlProblem
            ? `Line ${firstYamlProblem.line ?? '?'}: ${firstYamlProblem.message}`
            : 'The YAML does not parse.'}{' '}
          Nothing you wrote is lost; the form shows the last version that parsed.
        </Alert>
      )}
      {problems.elsewhere.length > 0 && (
        <Alert
          isInline
          variant="danger"
          title="Problems outside the form’s fields (fix them in the YAML view)"
        >
          <ProblemList problems={problems.elsewhere} />
        </Alert>
      )}
      <fieldset className="connector-editor__fieldset" disabled={readOnly}>
        <legend className="pf-v6-screen-reader">Connector</legend>
        {state.mode === 'create' && (
          <SitePicker
            sites={sites}
            chosen={state.site}
            showRequired={state.showAllProblems}
            onChoose={(site) => dispatch({ type: 'siteChosen', site })}
          />
        )}
        <fieldset className="connector-editor__fieldset" disabled={!state.site}>
          <legend className="pf-v6-screen-reader">Connector fields</legend>
          <NameFields
            {...parts}
            nameFixed={state.mode === 'edit'}
            routingKeyFollowsName={state.routingKeyFollowsName}
          />
          <TargetFields {...parts} targetChoice={state.targetChoice} />
          <MetadataFields {...parts} />
          <AdvancedFields {...parts} />
        </fieldset>
      </fieldset>
    </Form>
  );
}
