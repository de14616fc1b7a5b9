// Fields most connectors leave alone: TLS, the connection type, the four switches and extra settings.
import { ExpandableSection, FormSelect, FormSelectOption, Stack, Switch } from '@patternfly/react-core';
import { useState } from 'react';
import { describeField } from '@connector-console/model';
import { FieldGroup, fieldAria } from './FieldGroup.tsx';
import type { FormPartProps } from './formProps.ts';
import { SPEC_FLAGS, type SpecFlag } from './formValues.ts';
import { KeyValueEditor } from './KeyValueEditor.tsx';
import { TlsCredentialsField } from './TlsCredentialsField.tsx';

const FLAG_LABELS: Record<SpecFlag, string> = {
  useClientCert: 'Send the client certificate (mutual TLS)',
  verifyHostname: 'Verify the server’s host name against its certificate',
  includeNotReadyPods: 'Include pods that are not ready',
  exposePodsByName: 'Expose each pod as its own service',
};

/** Whether the connector sets any of these fields: then they are shown, so that nothing set is hidden. */
function usesAdvanced({ values }: FormPartProps): boolean {
  return (
    values.tlsCredentials !== '' ||
    values.type !== '' ||
    SPEC_FLAGS.some((flag) => values.flags[flag]) ||
    Object.keys(values.settings).length > 0
  );
}

export function AdvancedFields(props: FormPartProps) {
  const { values, errors, dispatch, site } = props;
  // Until the person opens or closes it, the section is open exactly when the connector uses one of its fields.
  const [toggled, setToggled] = useState<boolean>();
  const expanded = toggled ?? usesAdvanced(props);
  const set = (field: string, value: unknown) =>
    dispatch({ type: 'fieldEdited', path: ['spec', field], value });
  const typeError = errors['spec.type'];
  const flagErrors = SPEC_FLAGS.map((flag) => errors[`spec.${flag}`]).filter(Boolean);

  return (
    <ExpandableSection
      toggleText={expanded ? 'Hide advanced settings' : 'Show advanced settings'}
      isExpanded={expanded}
      onToggle={(_event, next) => setToggled(next)}
    >
      {/* Rendered only when open, so that the TLS credentials are listed only for people who look. */}
      {expanded && (
        <Stack hasGutter>
          <TlsCredentialsField
            site={site}
            value={values.tlsCredentials}
            error={errors['spec.tlsCredentials']}
            onChange={(value) => set('tlsCredentials', value)}
          />
          <FieldGroup id="connector-type" label="Type" helpPath="spec.type" error={typeError}>
            <FormSelect
              id="connector-type"
              value={values.type}
              onChange={(_event, type) => set('type', type)}
              {...fieldAria('connector-type', { error: typeError })}
            >
              <FormSelectOption value="" label="Default (tcp)" />
              <FormSelectOption value="tcp" label="tcp" />
              {values.type !== '' && values.type !== 'tcp' && (
                <FormSelectOption value={values.type} label={`${values.type} (not supported)`} />
              )}
            </FormSelect>
          </FieldGroup>
          <FieldGroup id="connector-flags" label="Options" error={flagErrors[0]} isGroup>
            {SPEC_FLAGS.map((flag) => (
              <Switch
                key={flag}
                id={`connector-${flag}`}
                label={FLAG_LABELS[flag]}
                isChecked={values.flags[flag]}
                onChange={(_event, checked) => set(flag, checked ? true : undefined)}
                aria-describedby={`connector-${flag}-help`}
                className="pf-v6-u-mb-sm"
              />
            ))}
            {SPEC_FLAGS.map((flag) => (
              <span key={flag} id={`connector-${flag}-help`} hidden>
                {describeField(`spec.${flag}`)}
              </span>
            ))}
          </FieldGroup>
          <KeyValueEditor
            id="connector-settings"
            label="Settings"
            helpPath="spec.settings"
            noun="setting"
            entries={values.settings}
            error={errors['spec.settings']}
            onChange={(entries) => dispatch({ type: 'mapEdited', path: ['spec', 'settings'], entries })}
          />
        </Stack>
      )}
    </ExpandableSection>
  );
}
