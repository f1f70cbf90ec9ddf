import { useCallback, useEffect, useState } from 'react';
import { type ApiRead, type GetPath, type ResponseOf, readUrl } from '@motcua/contract';
import { type ApiError, api, asApiError } from './api.js';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

/**
 * Makes `read` (a GET: a path of the API and its parameters, see `apiRead`) whenever its address
 * changes; `null` waits. Answers to superseded reads are dropped.
 */
export function useApi<P extends GetPath>(read: ApiRead<P> | null): Loaded<ResponseOf<P>> {
  type Data = ResponseOf<P>;
  const [state, setState] = useState<{ data?: Data; error?: ApiError; loading: boolean }>({ loading: read !== null });
  const [generation, setGeneration] = useState(0);
  // The address stands for the read (the effect's key): a page builds a new read object at every render.
  const address = read && readUrl(read);
  useEffect(() => {
    if (read === null) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    // `read` was typed when it was made (apiRead); openapi-fetch cannot follow a path still generic here.
    (api.GET as (path: string, init: object) => Promise<{ data?: unknown }>)(read.path, { params: read.params, signal: controller.signal }).then(
      ({ data }) => setState({ data: data as Data, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ error: asApiError(error), loading: false });
      },
    );
    return () => controller.abort();
  }, [address, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
