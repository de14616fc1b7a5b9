// Imports a connector manifest: paste it, drop a file, or browse for one; an older v1alpha1 one is converted.
import type { SiteSummary } from '@connector-console/model';
import {
  Alert,
  Button,
  Content,
  FileUpload,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
} from '@patternfly/react-core';
import { useState, type Dispatch } from 'react';
import { ProblemList } from '../review/ProblemList.tsx';
import type { EditorAction } from '../state/editorReducer.ts';
import { importConnectorText, type ImportContext } from '../state/importConnector.ts';
import type { Problem } from '@connector-console/model';

interface Props {
  site: SiteSummary | undefined;
  editing: ImportContext['editing'];
  dispatch: Dispatch<EditorAction>;
  onClose: () => void;
}

export function ImportModal({ site, editing, dispatch, onClose }: Props) {
  const [text, setText] = useState('');
  const [filename, setFilename] = useState('');
  const [reading, setReading] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);

  const submit = () => {
    const outcome = importConnectorText(text, {
      platform: site?.platform ?? 'kubernetes',
      namespace: site?.namespace,
      editing,
    });
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    dispatch({ type: 'imported', text: outcome.text, notices: outcome.notices });
    onClose();
  };

  return (
    <Modal variant="medium" isOpen onClose={onClose} aria-labelledby="import-connector-title">
      <ModalHeader
        title="Import a connector"
        labelId="import-connector-title"
        description="Paste YAML, drop a file here, or browse for one. A skupper.io/v1alpha1 connector is converted to the current version."
      />
      <ModalBody>
        <FileUpload
          id="connector-import"
          type="text"
          value={text}
          filename={filename}
          filenamePlaceholder="Drop a file here, or browse"
          browseButtonText="Browse…"
          aria-label="Connector YAML to import"
          allowEditingUploadedText
          isLoading={reading}
          validated={problems.length > 0 ? 'error' : 'default'}
          onFileInputChange={(_event, file) => setFilename(file.name)}
          onDataChange={(_event, data) => setText(data)}
          onTextChange={(_event, typed) => {
            setText(typed);
            setProblems([]);
          }}
          onReadStarted={() => setReading(true)}
          onReadFinished={() => setReading(false)}
          onClearClick={() => {
            setText('');
            setFilename('');
            setProblems([]);
          }}
        />
        {problems.length > 0 && (
          <Alert isInline variant="danger" title="This cannot be imported" className="pf-v6-u-mt-md">
            <ProblemList problems={problems} />
          </Alert>
        )}
        <Content component="p" className="pf-v6-u-mt-md">
          {editing
            ? `Importing replaces your edit of ${editing.name}, keeping its name and the version you opened.`
            : 'Importing replaces what the form holds now.'}
        </Content>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={submit} isDisabled={text.trim() === '' || reading}>
          Import
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
