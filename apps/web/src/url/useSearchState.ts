// A view's state kept in the URL: read with a pure parser, updated by patch without adding history entries.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export function useSearchState<S>(
  read: (params: URLSearchParams) => S,
  write: (current: URLSearchParams, patch: Partial<S>) => URLSearchParams,
): [S, (patch: Partial<S>) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => read(params), [read, params]);
  const update = useCallback(
    (patch: Partial<S>) => setParams((current) => write(current, patch), { replace: true }),
    [setParams, write],
  );
  return [state, update];
}
