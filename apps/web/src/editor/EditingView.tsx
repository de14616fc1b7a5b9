// The editing stage: the form and YAML views of one document, import, and the way on to the review.
import type { SiteSummary } from '@connector-console/model';
import {
  Alert,
  AlertActionCloseButton,
  Button,
  Content,
  Flex,
  Stack,
  StackItem,
  Tab,
  Tabs,
  TabTitleText,
} from '@patternfly/react-core';
import { useState, type Dispatch } from 'react';
import { ConnectorForm } from './form/ConnectorForm.tsx';
import type { FormModel } from './form/useFormModel.ts';
import { ImportModal } from './import/ImportModal.tsx';
import { ProblemList } from './review/ProblemList.tsx';
import type { EditorAction } from './state/editorReducer.ts';
import type { EditorState, EditorView } from './state/editorState.ts';
import { saveEditorView } from './state/viewPreference.ts';
import { YamlView } from './yaml/YamlView.tsx';

interface Props {
  state: EditorState;
  model: FormModel;
  sites: readonly SiteSummary[];
  dispatch: Dispatch<EditorAction>;
  /** The site would refuse the save: the review is not offered (the header says why). */
  saveRefused: boolean;
  onReview: () => void;
  onCancel: () => void;
}

export function EditingView({ state, model, sites, dispatch, saveRefused, onReview, onCancel }: Props) {
  const [importing, setImporting] = useState(false);
  const name = state.baseline.resource?.metadata.name;
  const { validation } = model.problems;
  const blocked = state.showAllProblems && (!state.site || !validation.valid) && !model.readOnly;
  const chooseView = (view: EditorView) => {
    saveEditorView(window.localStorage, view);
    dispatch({ type: 'viewChosen', view });
  };

  return (
    <Stack hasGutter>
      {state.notices.length > 0 && (
        <StackItem>
          <Alert
            isInline
            variant="info"
            title="Converted from skupper.io/v1alpha1"
            actionClose={<AlertActionCloseButton onClose={() => dispatch({ type: 'noticesDismissed' })} />}
          >
            <ProblemList problems={state.notices} />
          </Alert>
        </StackItem>
      )}
      {blocked && (
        <StackItem>
          <Alert isInline isLiveRegion variant="danger" title="Fix the problems marked below before saving">
            {state.site
              ? `${validation.errors.length} ${validation.errors.length === 1 ? 'problem stops' : 'problems stop'} this connector from being saved.`
              : 'Choose the site the connector runs in.'}
          </Alert>
        </StackItem>
      )}
      <StackItem>
        <Tabs
          activeKey={state.view}
          onSelect={(_event, key) => chooseView(key === 'yaml' ? 'yaml' : 'form')}
          aria-label="How to edit the connector"
          mountOnEnter
          unmountOnExit
        >
          <Tab eventKey="form" title={<TabTitleText>Form</TabTitleText>}>
            <div className="pf-v6-u-pt-md">
              <ConnectorForm
                state={state}
                model={model}
                sites={sites}
                dispatch={dispatch}
                onSubmit={onReview}
              />
            </div>
          </Tab>
          <Tab eventKey="yaml" title={<TabTitleText>YAML</TabTitleText>}>
            <div className="pf-v6-u-pt-md">
              <YamlView
                text={state.text}
                site={state.site}
                name={name}
                serverProblems={state.serverProblems}
                dispatch={dispatch}
              />
            </div>
          </Tab>
        </Tabs>
      </StackItem>
      <StackItem>
        <Flex alignItems={{ default: 'alignItemsCenter' }}>
          <Button variant="primary" onClick={onReview} isAriaDisabled={model.readOnly || saveRefused}>
            Review and save
          </Button>
          <Button variant="secondary" onClick={() => setImporting(true)}>
            Import YAML
          </Button>
          <Button variant="link" onClick={onCancel}>
            Cancel
          </Button>
          <Content component="small">Ctrl+S (⌘S on a Mac) also opens the review.</Content>
        </Flex>
      </StackItem>
      {importing && (
        <ImportModal
          site={state.site}
          editing={
            name === undefined
              ? undefined
              : { name, resourceVersion: state.baseline.resource?.metadata.resourceVersion }
          }
          dispatch={dispatch}
          onClose={() => setImporting(false)}
        />
      )}
    </Stack>
  );
}
