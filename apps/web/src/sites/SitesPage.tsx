// Every configured site: health, platform, namespace, last sync, and the controller's view of the network.
import { Content, PageSection, Stack, StackItem, Title } from '@patternfly/react-core';
import { PageSkeleton } from '../shell/PageSkeleton.tsx';
import { QueryErrorAlert } from '../shell/QueryErrorAlert.tsx';
import { RegionBoundary } from '../shell/RegionBoundary.tsx';
import { SiteCard } from './SiteCard.tsx';
import { useSitesData } from './useSitesData.ts';

export function SitesPage() {
  const data = useSitesData();
  return (
    <>
      <title>Sites · Connector Console</title>
      <PageSection>
        <Title headingLevel="h1">Sites</Title>
        <Content component="p">
          The sites this console is configured for, and how each of them is doing.
        </Content>
      </PageSection>
      <PageSection>
        {data.isLoading ? (
          <PageSkeleton label="Loading sites" />
        ) : data.error ? (
          <QueryErrorAlert what="sites" error={data.error} onRetry={data.retry} />
        ) : data.items.length === 0 ? (
          <Content component="p">
            No sites are configured. Start the console with a kubeconfig context or a local Skupper namespace.
          </Content>
        ) : (
          <Stack hasGutter>
            {data.items.map((site) => (
              <StackItem key={site.summary.id}>
                <RegionBoundary region={`site ${site.summary.name}`}>
                  <SiteCard site={site} />
                </RegionBoundary>
              </StackItem>
            ))}
          </Stack>
        )}
      </PageSection>
    </>
  );
}
