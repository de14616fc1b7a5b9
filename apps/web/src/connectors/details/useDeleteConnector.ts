// Deletes a connector with its resourceVersion as a precondition, then updates the cache and tells the person.
import type { ConnectorListItem } from '@connector-console/model';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { deleteConnector } from '../../api/connectorsApi.ts';
import { queryKeys } from '../../api/queryKeys.ts';
import { entryKey } from '../../live/applyChanges.ts';
import { routePaths } from '../../routePaths.ts';
import { useToasts } from '../../shell/toasts/toastContext.ts';

export function useDeleteConnector(site: string, name: string, siteName: string) {
  const client = useQueryClient();
  const navigate = useNavigate();
  const toast = useToasts();
  return useMutation({
    mutationFn: (resourceVersion: string | undefined) => deleteConnector(site, name, resourceVersion),
    onSuccess: () => {
      // The live stream will say the same; removing it now keeps the list from showing it for a moment.
      const key = entryKey(site, name);
      client.setQueryData<ConnectorListItem[]>(queryKeys.connectors.list(), (old) =>
        old?.filter((entry) => entryKey(entry.site, entry.resource.metadata.name) !== key),
      );
      client.removeQueries({ queryKey: queryKeys.connectors.detail(site, name), exact: true });
      toast({
        variant: 'success',
        title: `Connector ${name} deleted`,
        description: `It was removed from site ${siteName}.`,
      });
      void navigate(routePaths.connectors());
    },
  });
}
