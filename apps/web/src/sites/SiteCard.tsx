// One site: its health, where it runs, when it last synced, and the controller's view of the network.
import { PLATFORM_LABELS } from '@connector-console/model';
import {
  Alert,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  Title,
} from '@patternfly/react-core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RelativeTime } from '../format/RelativeTime.tsx';
import { RegionBoundary } from '../shell/RegionBoundary.tsx';
import { DEMO_LABEL } from '../shell/DemoLabel.tsx';
import { accessInWords, mayRead } from './siteAccess.ts';
import { SiteNetworkView } from './SiteNetworkView.tsx';
import { SiteStateLabel } from './SiteStateLabel.tsx';
import type { SiteWithResource } from './useSitesData.ts';

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{children}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

export function SiteCard({ site: { summary, siteResource } }: { site: SiteWithResource }) {
  const personalAccess = accessInWords(summary);
  return (
    <Card component="section" aria-label={`Site ${summary.name}`}>
      <CardHeader actions={{ actions: <SiteStateLabel state={summary.state} />, hasNoOffset: true }}>
        <CardTitle component="h2">
          {summary.name}
          {summary.demo && (
            <Label color="purple" isCompact className="pf-v6-u-ml-sm">
              {DEMO_LABEL}
            </Label>
          )}
        </CardTitle>
        <Link to={`/connectors?site=${encodeURIComponent(summary.id)}`}>Connectors in {summary.name}</Link>
      </CardHeader>
      <CardBody>
        {summary.message && (
          <Alert
            isInline
            isPlain
            variant={summary.state === 'error' ? 'danger' : 'warning'}
            title={summary.message}
          />
        )}
        <DescriptionList isCompact isHorizontal columnModifier={{ lg: '2Col' }} className="pf-v6-u-my-md">
          <Field term="Platform">{PLATFORM_LABELS[summary.platform]}</Field>
          <Field term="Namespace">{summary.namespace}</Field>
          <Field term="In this state since">
            <RelativeTime iso={summary.since} />
          </Field>
          <Field term="Last complete sync">
            {summary.lastSync ? <RelativeTime iso={summary.lastSync} /> : 'Not yet'}
          </Field>
          <Field term="Status kept current">
            {summary.statusLive ? 'Yes' : 'No: it changes only when Skupper reloads the site'}
          </Field>
          {/* In per-user mode the person's own rights apply here, not the console's. */}
          {personalAccess === undefined ? (
            <Field term="Console may change connectors">{summary.readOnly ? 'No (read-only)' : 'Yes'}</Field>
          ) : (
            <Field term="Your access">{personalAccess}</Field>
          )}
        </DescriptionList>
        <Title headingLevel="h3" size="md">
          Network as the controller sees it
        </Title>
        <RegionBoundary region={`the network view of site ${summary.name}`}>
          {mayRead(summary) ? (
            <SiteNetworkView siteName={summary.name} state={siteResource} />
          ) : (
            <Content component="p">Your Kubernetes account may not see this site’s resources.</Content>
          )}
        </RegionBoundary>
      </CardBody>
    </Card>
  );
}
