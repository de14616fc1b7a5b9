// The connector's name and routing key; the routing key copies the name until someone changes it.
import { TextInput } from '@patternfly/react-core';
import { FieldGroup, fieldAria } from './FieldGroup.tsx';
import type { FormPartProps } from './formProps.ts';

interface Props extends FormPartProps {
  /** A stored connector keeps its name: Kubernetes cannot rename a resource. */
  nameFixed: boolean;
  routingKeyFollowsName: boolean;
}

export function NameFields({ values, errors, dispatch, nameFixed, routingKeyFollowsName }: Props) {
  const nameError = errors['metadata.name'];
  const nameHint = nameFixed ? 'A connector cannot be renamed; create a new one instead.' : undefined;
  const keyError = errors['spec.routingKey'];
  const keyHint = routingKeyFollowsName
    ? 'Follows the name until you change it.'
    : 'Listeners with the same routing key, in any site, send their traffic here.';
  return (
    <>
      <FieldGroup
        id="connector-name"
        label="Name"
        helpPath="metadata.name"
        hint={nameHint}
        error={nameError}
        isRequired
      >
        <TextInput
          id="connector-name"
          value={values.name}
          isRequired
          readOnlyVariant={nameFixed ? 'default' : undefined}
          onChange={(_event, value) => dispatch({ type: 'nameEdited', value: value.trim() })}
          {...fieldAria('connector-name', { error: nameError, hint: nameHint })}
        />
      </FieldGroup>
      <FieldGroup
        id="connector-routing-key"
        label="Routing key"
        helpPath="spec.routingKey"
        hint={keyHint}
        error={keyError}
        isRequired
      >
        <TextInput
          id="connector-routing-key"
          value={values.routingKey}
          isRequired
          onChange={(_event, value) => dispatch({ type: 'routingKeyEdited', value: value.trim() })}
          {...fieldAria('connector-routing-key', { error: keyError, hint: keyHint })}
        />
      </FieldGroup>
    </>
  );
}
