// One labelled form field: the CRD's description as help, then a hint and the field's error, linked to the control.
import { describeField } from '@connector-console/model';
import {
  FormGroup,
  FormGroupLabelHelp,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Popover,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';

interface Props {
  /** The control's id; the label points at it. */
  id: string;
  label: string;
  /** The dotted path whose CRD description is the help text. */
  helpPath?: string;
  hint?: ReactNode;
  error?: string;
  isRequired?: boolean;
  /** For a group of controls (radios, switches): the group is labelled instead of one control. */
  isGroup?: boolean;
  children: ReactNode;
}

/** What a control needs to point at its hint and error, and to look invalid. */
export function fieldAria(id: string, { error, hint }: { error?: string; hint?: ReactNode }) {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean);
  return {
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    validated: error ? ('error' as const) : ('default' as const),
  };
}

export function FieldGroup({ id, label, helpPath, hint, error, isRequired, isGroup, children }: Props) {
  const help = helpPath ? describeField(helpPath) : undefined;
  return (
    <FormGroup
      label={label}
      fieldId={id}
      role={isGroup ? 'group' : undefined}
      isRequired={isRequired}
      labelHelp={
        help ? (
          <Popover headerContent={label} bodyContent={<div className="connector-editor__help">{help}</div>}>
            <FormGroupLabelHelp aria-label={`About ${label.toLowerCase()}`} />
          </Popover>
        ) : undefined
      }
    >
      {children}
      {(hint || error) && (
        <FormHelperText>
          <HelperText>
            {hint && <HelperTextItem id={`${id}-hint`}>{hint}</HelperTextItem>}
            {error && (
              <HelperTextItem id={`${id}-error`} variant="error">
                {error}
              </HelperTextItem>
            )}
          </HelperText>
        </FormHelperText>
      )}
    </FormGroup>
  );
}
