// The toolbar every list shares: a text filter, a site filter, extra filters, and how many rows are shown.
import type { SiteSummary } from '@connector-console/model';
import {
  FormSelect,
  FormSelectOption,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { mayRead } from '../sites/siteAccess.ts';

interface Props {
  /** Plural noun in lower case, e.g. `connectors`. */
  noun: string;
  /** What the text filter searches, for its accessible name. */
  textLabel: string;
  text: string;
  onText: (text: string) => void;
  site: string;
  onSite: (site: string) => void;
  sites: readonly SiteSummary[];
  shown: number;
  total: number;
  /** More filters, each in its own ToolbarItem. */
  filters?: ReactNode;
  /** Actions after the count, e.g. a create button. */
  actions?: ReactNode;
}

export function ListToolbar({
  noun,
  textLabel,
  text,
  onText,
  site,
  onSite,
  sites,
  shown,
  total,
  filters,
  actions,
}: Props) {
  return (
    <Toolbar>
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            aria-label={textLabel}
            placeholder="Filter by text"
            value={text}
            onChange={(_event, value) => onText(value)}
            onClear={() => onText('')}
          />
        </ToolbarItem>
        <ToolbarItem>
          <FormSelect aria-label="Site" value={site} onChange={(_event, value) => onSite(value)}>
            <FormSelectOption value="" label="All sites" />
            {sites.filter(mayRead).map((s) => (
              <FormSelectOption key={s.id} value={s.id} label={s.name} />
            ))}
          </FormSelect>
        </ToolbarItem>
        {filters}
        <ToolbarGroup align={{ default: 'alignEnd' }}>
          <ToolbarItem alignSelf="center">
            <span aria-live="polite">
              {shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`}
            </span>
          </ToolbarItem>
          {actions && <ToolbarItem>{actions}</ToolbarItem>}
        </ToolbarGroup>
      </ToolbarContent>
    </Toolbar>
  );
}
