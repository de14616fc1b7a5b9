// Asks whether to leave the editor and lose the unsaved changes, when the person navigates away.
import { Button, Content, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import type { Blocker } from 'react-router';

export function LeaveModal({ blocker }: { blocker: Blocker }) {
  if (blocker.state !== 'blocked') return null;
  return (
    <Modal variant="small" isOpen onClose={() => blocker.reset()} aria-labelledby="leave-editor-title">
      <ModalHeader title="Leave without saving?" labelId="leave-editor-title" titleIconVariant="warning" />
      <ModalBody>
        <Content component="p">Your changes to this connector are not saved. Leaving discards them.</Content>
      </ModalBody>
      <ModalFooter>
        <Button variant="primary" onClick={() => blocker.reset()}>
          Stay and keep editing
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed()}>
          Leave and discard
        </Button>
      </ModalFooter>
    </Modal>
  );
}
