// What a page shows while its code or its first data loads.
import { PageSection, Skeleton } from '@patternfly/react-core';

export function PageSkeleton({ label = 'Loading' }: { label?: string }) {
  return (
    <PageSection aria-busy="true" aria-label={label}>
      <Skeleton width="30%" height="2rem" screenreaderText={label} />
      <br />
      <TableSkeleton />
    </PageSection>
  );
}

export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <div aria-hidden="true">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height="1.75rem" className="pf-v6-u-mb-sm" />
      ))}
    </div>
  );
}
