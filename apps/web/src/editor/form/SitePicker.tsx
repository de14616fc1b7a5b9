// Chooses the site a new connector is created in; sites that would refuse it are listed, disabled, with the reason.
import { PLATFORM_LABELS, type SiteSummary } from '@connector-console/model';
import { FormSelect, FormSelectOption } from '@patternfly/react-core';
import { refusalOf, type Refusal } from '../../sites/siteAccess.ts';
import { FieldGroup, fieldAria } from './FieldGroup.tsx';

interface Props {
  sites: readonly SiteSummary[];
  chosen: SiteSummary | undefined;
  onChoose: (site: SiteSummary) => void;
  showRequired: boolean;
}

const ID = 'connector-site';

/** An option's label cannot hold a tooltip, so the reason travels in the label itself. */
const REFUSED: Record<Refusal['cause'], string> = {
  rights: 'you may not create connectors here',
  'read-only': 'the console may not write here',
};

function optionLabel(site: SiteSummary, refusal: Refusal | undefined): string {
  const label = `${site.name} (${PLATFORM_LABELS[site.platform]}, namespace ${site.namespace})`;
  return refusal ? `${label}: ${REFUSED[refusal.cause]}` : label;
}

function hintFor(refused: number, total: number): string {
  if (total > 0 && refused === total) return 'No site can take a new connector from you.';
  const first = 'What a connector needs depends on where it runs, so choose this first.';
  return refused > 0
    ? `${first} Sites that would refuse a new connector are shown but cannot be chosen.`
    : first;
}

export function SitePicker({ sites, chosen, onChoose, showRequired }: Props) {
  const options = sites.map((site) => ({ site, refusal: refusalOf(site, 'create') }));
  const refused = options.filter((option) => option.refusal).length;
  const error = !chosen && showRequired ? 'Choose the site the connector runs in.' : undefined;
  const hint = hintFor(refused, sites.length);
  return (
    <FieldGroup id={ID} label="Site" hint={hint} error={error} isRequired>
      <FormSelect
        id={ID}
        value={chosen?.id ?? ''}
        onChange={(_event, id) => {
          const option = options.find((candidate) => candidate.site.id === id);
          if (option && !option.refusal) onChoose(option.site);
        }}
        {...fieldAria(ID, { error, hint })}
      >
        <FormSelectOption value="" label="Choose a site" isDisabled isPlaceholder />
        {options.map(({ site, refusal }) => (
          <FormSelectOption
            key={site.id}
            value={site.id}
            label={optionLabel(site, refusal)}
            isDisabled={refusal !== undefined}
          />
        ))}
      </FormSelect>
    </FieldGroup>
  );
}
