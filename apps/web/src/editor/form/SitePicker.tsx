// Chooses the site a new connector is created in; sites the console may not write to are not offered.
import { PLATFORM_LABELS, type SiteSummary } from '@connector-console/model';
import { FormSelect, FormSelectOption } from '@patternfly/react-core';
import { FieldGroup, fieldAria } from './FieldGroup.tsx';

interface Props {
  sites: readonly SiteSummary[];
  chosen: SiteSummary | undefined;
  onChoose: (site: SiteSummary) => void;
  showRequired: boolean;
}

const ID = 'connector-site';

export function SitePicker({ sites, chosen, onChoose, showRequired }: Props) {
  const writable = sites.filter((site) => site.readOnly !== true);
  const error = !chosen && showRequired ? 'Choose the site the connector runs in.' : undefined;
  const hint =
    writable.length === 0
      ? 'No site can take a new connector: the console may not write to any configured site.'
      : 'What a connector needs depends on where it runs, so choose this first.';
  return (
    <FieldGroup id={ID} label="Site" hint={hint} error={error} isRequired>
      <FormSelect
        id={ID}
        value={chosen?.id ?? ''}
        onChange={(_event, id) => {
          const site = writable.find((candidate) => candidate.id === id);
          if (site) onChoose(site);
        }}
        {...fieldAria(ID, { error, hint })}
      >
        <FormSelectOption value="" label="Choose a site" isDisabled isPlaceholder />
        {writable.map((site) => (
          <FormSelectOption
            key={site.id}
            value={site.id}
            label={`${site.name} (${PLATFORM_LABELS[site.platform]}, namespace ${site.namespace})`}
          />
        ))}
      </FormSelect>
    </FieldGroup>
  );
}
