// The pods a selector matches now, checked shortly after the person stops typing.
import { validateSelector, type SiteSummary } from '@connector-console/model';
import { HelperText, HelperTextItem, Label, LabelGroup, Spinner } from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { podsQuery } from '../../api/queries.ts';
import { useDebouncedValue } from './useDebouncedValue.ts';

const TYPING_PAUSE_MS = 400;
const SHOWN_PODS = 12;

interface Props {
  id: string;
  site: SiteSummary;
  selector: string;
  includeNotReady: boolean;
}

export function PodsPreview({ id, site, selector, includeNotReady }: Props) {
  const settled = useDebouncedValue(selector, TYPING_PAUSE_MS);
  const usable = settled !== '' && validateSelector(settled) === undefined;
  const pods = useQuery({ ...podsQuery(site.id, settled, includeNotReady), enabled: usable });
  if (!usable) return null;

  let summary: string;
  if (pods.error) summary = `The pods could not be listed: ${pods.error.message}`;
  else if (!pods.data) summary = 'Looking for matching pods…';
  else if (pods.data.length === 0)
    summary = `No pod in namespace ${site.namespace} matches this selector now, so the connector would have nothing to send traffic to.`;
  else summary = `Matches ${pods.data.length} ${pods.data.length === 1 ? 'pod' : 'pods'} now:`;
  const shown = pods.data?.slice(0, SHOWN_PODS) ?? [];

  return (
    <div id={id} aria-live="polite" className="pf-v6-u-mt-sm">
      <HelperText>
        <HelperTextItem variant={pods.error || pods.data?.length === 0 ? 'warning' : 'default'}>
          {!pods.data && !pods.error && <Spinner size="sm" aria-hidden className="pf-v6-u-mr-sm" />}
          {summary}
        </HelperTextItem>
      </HelperText>
      {shown.length > 0 && (
        <LabelGroup numLabels={SHOWN_PODS} aria-label="Matching pods" className="pf-v6-u-mt-xs">
          {shown.map((pod) => (
            <Label key={pod.name} color={pod.ready ? 'green' : 'orange'} isCompact>
              {pod.name} · {pod.ready ? 'Ready' : 'Not ready'}
            </Label>
          ))}
        </LabelGroup>
      )}
      {pods.data && pods.data.length > SHOWN_PODS && (
        <HelperText>
          <HelperTextItem>and {pods.data.length - SHOWN_PODS} more</HelperTextItem>
        </HelperText>
      )}
    </div>
  );
}
