// Confirms a delete by having the person type the connector's name; explains a conflict and offers a reload.
import {
  Alert,
  AlertActionLink,
  Button,
  Content,
  Form,
  FormGroup,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  TextInput,
} from '@patternfly/react-core';
import { useState } from 'react';
import { isConflict } from '../../api/http.ts';
import { useDeleteConnector } from './useDeleteConnector.ts';

interface Props {
  site: string;
  siteName: string;
  name: string;
  routingKey: string;
  resourceVersion: string | undefined;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

export function DeleteConnectorModal({
  site,
  siteName,
  name,
  routingKey,
  resourceVersion,
  onClose,
  onReload,
}: Props) {
  const [typed, setTyped] = useState('');
  const deletion = useDeleteConnector(site, name, siteName);
  const confirmed = typed === name;
  const submit = () => {
    if (confirmed && !deletion.isPending) deletion.mutate(resourceVersion);
  };
  const reload = async () => {
    await onReload();
    deletion.reset();
  };

  return (
    <Modal variant="small" isOpen onClose={onClose} aria-labelledby="delete-connector-title">
      <ModalHeader
        title={`Delete connector ${name}?`}
        labelId="delete-connector-title"
        titleIconVariant="warning"
      />
      <ModalBody>
        <Content component="p">
          This removes the connector from site {siteName}. Listeners with routing key “{routingKey}” no longer
          reach this workload through it.
        </Content>
        {isConflict(deletion.error) ? (
          <Alert
            isInline
            variant="warning"
            title="The connector changed since you opened it"
            actionLinks={
              <AlertActionLink onClick={() => void reload()}>Reload the connector</AlertActionLink>
            }
          >
            Someone else changed it, so it was not deleted. Reload to see the current version, then decide
            again.
          </Alert>
        ) : (
          deletion.error && (
            <Alert isInline variant="danger" title="The connector was not deleted">
              {deletion.error.message}
            </Alert>
          )
        )}
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <FormGroup label={`Type ${name} to confirm`} fieldId="delete-connector-confirm">
            <TextInput
              id="delete-connector-confirm"
              value={typed}
              onChange={(_event, value) => setTyped(value)}
            />
          </FormGroup>
        </Form>
      </ModalBody>
      <ModalFooter>
        <Button
          variant="danger"
          isDisabled={!confirmed || deletion.isPending}
          isLoading={deletion.isPending}
          onClick={submit}
        >
          Delete
        </Button>
        <Button variant="link" onClick={onClose}>
          Cancel
        </Button>
      </ModalFooter>
    </Modal>
  );
}
