// The TLS credentials to use: any name may be typed, and the site's existing ones are suggested as people type.
import { platformRules, type SiteSummary } from '@connector-console/model';
import { TextInput } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { tlsCredentialsQuery } from '../../api/queries.ts';
import { FieldGroup, fieldAria } from './FieldGroup.tsx';

interface Props {
  site: SiteSummary | undefined;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

const ID = 'connector-tls-credentials';

function hintFor(
  site: SiteSummary | undefined,
  names: readonly string[] | undefined,
  failure?: Error,
): string {
  const what =
    site && platformRules(site.platform).tlsCredentialsRefersTo === 'certificate-directory'
      ? `a directory under input/certs/ of namespace ${site.namespace}`
      : 'a Secret in the site’s namespace';
  if (failure) return `The name of ${what}. Existing ones could not be listed: ${failure.message}`;
  if (names && names.length === 0) return `The name of ${what}. None exists yet; type the name it will have.`;
  return `The name of ${what}. Leave empty for plain TCP.`;
}

export function TlsCredentialsField({ site, value, error, onChange }: Props) {
  const names = useQuery({ ...tlsCredentialsQuery(site?.id ?? ''), enabled: site !== undefined });
  const hint = hintFor(site, names.data, names.error ?? undefined);
  return (
    <FieldGroup id={ID} label="TLS credentials" helpPath="spec.tlsCredentials" hint={hint} error={error}>
      <TextInput
        id={ID}
        value={value}
        list={`${ID}-names`}
        autoComplete="off"
        onChange={(_event, typed) => onChange(typed.trim())}
        {...fieldAria(ID, { error, hint })}
      />
      <datalist id={`${ID}-names`}>
        {names.data?.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </FieldGroup>
  );
}
