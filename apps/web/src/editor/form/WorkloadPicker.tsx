// Takes a selector from a workload's labels, as the skupper CLI's --workload option does.
import type { SiteSummary, WorkloadSummary } from '@connector-console/model';
import { FormSelect, FormSelectOption } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { workloadsQuery } from '../../api/queries.ts';
import { FieldGroup, fieldAria } from './FieldGroup.tsx';

interface Props {
  site: SiteSummary;
  onPick: (selector: string) => void;
}

const ID = 'connector-workload';
const keyOf = (workload: WorkloadSummary) => `${workload.kind}/${workload.name}`;

export function WorkloadPicker({ site, onPick }: Props) {
  const workloads = useQuery(workloadsQuery(site.id));
  const items = workloads.data ?? [];
  let hint = 'Fills in the selector with the labels that workload’s pods carry.';
  if (workloads.error) hint = `Workloads could not be listed: ${workloads.error.message}`;
  else if (workloads.data && items.length === 0) hint = `No workloads found in namespace ${site.namespace}.`;

  return (
    <FieldGroup id={ID} label="Selector from a workload" hint={hint}>
      <FormSelect
        id={ID}
        value=""
        isDisabled={items.length === 0}
        onChange={(_event, key) => {
          const workload = items.find((candidate) => keyOf(candidate) === key);
          if (workload) onPick(workload.selector);
        }}
        {...fieldAria(ID, { hint })}
      >
        <FormSelectOption
          value=""
          label={workloads.isPending ? 'Loading workloads…' : 'Choose a workload'}
          isPlaceholder
          isDisabled
        />
        {items.map((workload) => (
          <FormSelectOption
            key={keyOf(workload)}
            value={keyOf(workload)}
            label={`${workload.kind} ${workload.name} (${workload.selector})`}
          />
        ))}
      </FormSelect>
    </FieldGroup>
  );
}
