// After a save on a local site: the change is in the site's files; "Apply" makes Skupper take it up now.
import { PLATFORM_LABELS, type ApplyResult, type SiteSummary } from '@connector-console/model';
import {
  Alert,
  Button,
  ClipboardCopy,
  CodeBlock,
  CodeBlockCode,
  Content,
  Flex,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import { useMutation } from '@tanstack/react-query';
import { applySite } from '../../api/sitesApi.ts';
import { routePaths } from '../../routePaths.ts';
import { LinkButton } from '../../shell/LinkButton.tsx';

interface Props {
  site: SiteSummary;
  name: string;
}

function Applied({ result }: { result: ApplyResult }) {
  if (result.ran) {
    return (
      <Alert isInline variant="success" title={result.message}>
        <Content component="p">
          Ran <code>{result.command}</code>.
        </Content>
        {result.output && (
          <CodeBlock>
            <CodeBlockCode>{result.output}</CodeBlockCode>
          </CodeBlock>
        )}
      </Alert>
    );
  }
  return (
    <Alert isInline variant="info" title={result.message}>
      <Content component="p">Run this where the site runs:</Content>
      <ClipboardCopy
        isReadOnly
        hoverTip="Copy"
        clickTip="Copied"
        aria-label="Command that applies the change"
      >
        {result.command}
      </ClipboardCopy>
    </Alert>
  );
}

export function SavedPanel({ site, name }: Props) {
  const apply = useMutation({ mutationFn: () => applySite(site.id) });
  return (
    <Stack hasGutter>
      <StackItem>
        <Alert isInline variant="success" title={`Connector ${name} saved`}>
          It is written to the files of site {site.name} ({PLATFORM_LABELS[site.platform]}, namespace{' '}
          {site.namespace}). Skupper takes it up when the site reloads; apply it now to have that happen.
        </Alert>
      </StackItem>
      {!site.statusLive && (
        <StackItem>
          <Alert isInline variant="info" title="Status on this site is not kept current">
            No controller watches this site, so the connector’s status changes only when the site is reloaded.
          </Alert>
        </StackItem>
      )}
      <StackItem>
        <Flex>
          <Button variant="primary" onClick={() => apply.mutate()} isLoading={apply.isPending}>
            Apply to site
          </Button>
          <LinkButton to={routePaths.connector(site.id, name)} variant="secondary">
            View connector
          </LinkButton>
        </Flex>
      </StackItem>
      <StackItem aria-live="polite">
        {apply.data && <Applied result={apply.data} />}
        {apply.error && (
          <Alert isInline variant="danger" title="The site could not be reloaded">
            {apply.error.message}
          </Alert>
        )}
      </StackItem>
    </Stack>
  );
}
