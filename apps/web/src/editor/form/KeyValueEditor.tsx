// Edits a map of text (labels, annotations, settings) as rows of key and value, checking each as it is typed.
import { Button, Flex, FlexItem, HelperText, HelperTextItem, TextInput } from '@patternfly/react-core';
import MinusCircleIcon from '@patternfly/react-icons/dist/esm/icons/minus-circle-icon';
import PlusCircleIcon from '@patternfly/react-icons/dist/esm/icons/plus-circle-icon';
import { useState } from 'react';
import { FieldGroup } from './FieldGroup.tsx';
import {
  draftOf,
  rowProblems,
  rowsToEntries,
  sameEntries,
  withNewRow,
  type KeyValueRow,
  type RowRules,
} from './keyValueRows.ts';

interface Props extends RowRules {
  id: string;
  /** The group's label: "Labels". */
  label: string;
  helpPath: string;
  entries: Readonly<Record<string, string>>;
  onChange: (entries: Record<string, string>) => void;
  error?: string;
}

export function KeyValueEditor({ id, label, helpPath, entries, onChange, error, ...rules }: Props) {
  const [draft, setDraft] = useState(() => draftOf(entries));
  const { rows } = draft;
  // A change made elsewhere (the YAML view, a reload) replaces the rows; half-written rows only live here.
  if (!sameEntries(rowsToEntries(rows), entries)) setDraft(draftOf(entries, draft.nextId));
  const problems = rowProblems(rows, rules);

  const update = (next: KeyValueRow[]) => {
    setDraft({ ...draft, rows: next });
    const nextEntries = rowsToEntries(next);
    if (!sameEntries(nextEntries, entries)) onChange(nextEntries);
  };
  const change = (rowId: number, patch: Partial<KeyValueRow>) =>
    update(rows.map((row) => (row.id === rowId ? { ...row, ...patch } : row)));
  const add = () => setDraft(withNewRow(draft));

  return (
    <FieldGroup id={id} label={label} helpPath={helpPath} error={error} isGroup>
      {rows.map((row, index) => {
        const found = problems.get(row.id);
        const errorId = `${id}-${row.id}-error`;
        const describedBy = found ? errorId : undefined;
        const name = row.key || `${rules.noun} ${index + 1}`;
        return (
          <div key={row.id} className="pf-v6-u-mb-sm">
            <Flex flexWrap={{ default: 'nowrap' }} alignItems={{ default: 'alignItemsCenter' }}>
              <FlexItem grow={{ default: 'grow' }}>
                <TextInput
                  aria-label={`Key of ${rules.noun} ${index + 1}`}
                  value={row.key}
                  onChange={(_event, key) => change(row.id, { key: key.trim() })}
                  validated={found?.key ? 'error' : 'default'}
                  aria-describedby={describedBy}
                />
              </FlexItem>
              <FlexItem grow={{ default: 'grow' }}>
                <TextInput
                  aria-label={`Value of ${rules.noun} ${index + 1}`}
                  value={row.value}
                  onChange={(_event, value) => change(row.id, { value })}
                  validated={found?.value ? 'error' : 'default'}
                  aria-describedby={describedBy}
                />
              </FlexItem>
              <FlexItem>
                <Button
                  variant="plain"
                  aria-label={`Remove ${rules.noun} ${name}`}
                  icon={<MinusCircleIcon />}
                  onClick={() => update(rows.filter((other) => other.id !== row.id))}
                />
              </FlexItem>
            </Flex>
            {found && (
              <HelperText id={errorId}>
                {found.key && <HelperTextItem variant="error">{found.key}</HelperTextItem>}
                {found.value && <HelperTextItem variant="error">{found.value}</HelperTextItem>}
              </HelperText>
            )}
          </div>
        );
      })}
      <Button variant="link" isInline icon={<PlusCircleIcon />} onClick={add}>
        Add {rules.noun}
      </Button>
    </FieldGroup>
  );
}
