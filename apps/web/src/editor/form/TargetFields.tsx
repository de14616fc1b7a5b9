// Where the connector sends traffic: pods by selector or a host on Kubernetes, a host on local sites; and the port.
import { isLocalPlatform, PLATFORM_LABELS } from '@connector-console/model';
import { Radio, TextInput } from '@patternfly/react-core';
import type { TargetChoice } from '../state/editorState.ts';
import { FieldGroup, fieldAria } from './FieldGroup.tsx';
import type { FormPartProps } from './formProps.ts';
import { portValue } from './formValues.ts';
import { PodsPreview } from './PodsPreview.tsx';
import { WorkloadPicker } from './WorkloadPicker.tsx';

interface Props extends FormPartProps {
  targetChoice: TargetChoice;
}

const CHOICES: { value: TargetChoice; label: string; description: string }[] = [
  { value: 'selector', label: 'Pods', description: 'Pods in this namespace chosen by their labels.' },
  { value: 'host', label: 'Host', description: 'One server, by host name or IP address.' },
];

export function TargetFields(props: Props) {
  const { values, errors, dispatch, site, targetChoice } = props;
  const local = site !== undefined && isLocalPlatform(site.platform);
  const portError = errors['spec.port'];
  const port = (
    <FieldGroup id="connector-port" label="Port" helpPath="spec.port" error={portError} isRequired>
      <TextInput
        id="connector-port"
        inputMode="numeric"
        value={values.port}
        isRequired
        onChange={(_event, typed) =>
          dispatch({ type: 'fieldEdited', path: ['spec', 'port'], value: portValue(typed) })
        }
        {...fieldAria('connector-port', { error: portError })}
      />
    </FieldGroup>
  );
  if (local) {
    const hint = `${PLATFORM_LABELS[site.platform]} sites reach a server by host name or IP address; they have no pods to select.`;
    return (
      <>
        <HostField {...props} hint={hint} />
        {port}
      </>
    );
  }
  return (
    <>
      <FieldGroup id="connector-target" label="Target" error={errors.spec} isGroup isRequired>
        {CHOICES.map((choice) => (
          <Radio
            key={choice.value}
            id={`connector-target-${choice.value}`}
            name="connector-target"
            label={choice.label}
            description={choice.description}
            isChecked={targetChoice === choice.value}
            aria-describedby={errors.spec ? 'connector-target-error' : undefined}
            onChange={() => dispatch({ type: 'targetChosen', target: choice.value })}
          />
        ))}
      </FieldGroup>
      {targetChoice === 'selector' ? <SelectorField {...props} /> : <HostField {...props} />}
      {port}
    </>
  );
}

function SelectorField({ values, errors, dispatch, site }: FormPartProps) {
  const error = errors['spec.selector'];
  const hint = 'Labels the pods carry, such as app=backend; several are joined with commas.';
  const pick = (selector: string) =>
    dispatch({ type: 'fieldEdited', path: ['spec', 'selector'], value: selector });
  return (
    <>
      <FieldGroup id="connector-selector" label="Selector" helpPath="spec.selector" hint={hint} error={error}>
        <TextInput
          id="connector-selector"
          value={values.selector}
          onChange={(_event, value) => pick(value)}
          {...fieldAria('connector-selector', { error, hint })}
        />
        {site && (
          <PodsPreview
            id="connector-selector-pods"
            site={site}
            selector={values.selector}
            includeNotReady={values.flags.includeNotReadyPods}
          />
        )}
      </FieldGroup>
      {site && <WorkloadPicker site={site} onPick={pick} />}
    </>
  );
}

function HostField({ values, errors, dispatch, site, hint }: FormPartProps & { hint?: string }) {
  const local = site !== undefined && isLocalPlatform(site.platform);
  const error = errors['spec.host'] ?? (local ? errors.spec : undefined);
  return (
    <FieldGroup
      id="connector-host"
      label="Host"
      helpPath="spec.host"
      hint={hint}
      error={error}
      isRequired={local}
    >
      <TextInput
        id="connector-host"
        value={values.host}
        onChange={(_event, value) =>
          dispatch({ type: 'fieldEdited', path: ['spec', 'host'], value: value.trim() })
        }
        {...fieldAria('connector-host', { error, hint })}
      />
    </FieldGroup>
  );
}
