import { useCallback, useEffect, useRef, useState } from 'react';
import { type ApiRead, type GetPath, type ResponseOf, readUrl } from '@motcua/contract';
import { type ApiError, api, asApiError } from './api.js';

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload(): void;
}

type Answer = { data: unknown; error?: undefined } | { data?: undefined; error: ApiError };

/** `read`, made with the API client; failures become the answer's error. */
function answerOf(read: ApiRead, signal?: AbortSignal): Promise<Answer> {
  // `read` was typed when it was made (apiRead); openapi-fetch cannot follow a path still generic here.
  return (api.GET as (path: string, init: object) => Promise<{ data?: unknown }>)(read.path, { params: read.params, signal }).then(
    ({ data }) => ({ data }),
    (error: unknown) => ({ error: asApiError(error) }),
  );
}

/** One of the first page's reads: on its way, then answered. */
interface FirstRead {
  address: string;
  pending: Promise<Answer>;
  answer?: Answer;
}

const firstReads = new Map<string, FirstRead>();

/**
 * Makes the first page's reads before it renders, so that it first shows with its data in place
 * rather than with loading messages that its content then pushes down. The page's HTML preloads
 * these very addresses, so they are already on their way while the scripts arrive. Resolves once
 * all have answered; a component that renders before then takes its read's answer when it comes.
 */
export async function primeReads(reads: ApiRead[]): Promise<void> {
  await Promise.all(
    reads.map((read) => {
      const first: FirstRead = { address: readUrl(read), pending: answerOf(read).then((answer) => (first.answer = answer)) };
      firstReads.set(first.address, first);
      return first.pending;
    }),
  );
}

/**
 * Called once the first page has rendered: every component of that render holds its read by
 * then, and later pages, or the same page opened again, read afresh.
 */
export function forgetFirstReads(): void {
  firstReads.clear();
}

const stateOf = <Data,>(answer: Answer) => ({ data: answer.data as Data | undefined, error: answer.error, loading: false });

/**
 * Makes `read` (a GET: a path of the API and its parameters, see `apiRead`) whenever its address
 * changes; `null` waits. Answers to superseded reads are dropped.
 */
export function useApi<P extends GetPath>(read: ApiRead<P> | null): Loaded<ResponseOf<P>> {
  type Data = ResponseOf<P>;
  // The address stands for the read (the effect's key): a page builds a new read object at every render.
  const address = read && readUrl(read);
  // The first page's read of this address (primeReads), taken at the first render and until the address first changes.
  const first = useRef(address === null ? undefined : firstReads.get(address));
  const [state, setState] = useState<{ data?: Data; error?: ApiError; loading: boolean }>(() => (first.current?.answer ? stateOf<Data>(first.current.answer) : { loading: read !== null }));
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (read === null) return;
    const ownFirst = first.current?.address === address && generation === 0 ? first.current : undefined;
    if (!ownFirst) first.current = undefined;
    if (ownFirst?.answer) return;
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    void (ownFirst?.pending ?? answerOf(read, controller.signal)).then((answer) => {
      if (!controller.signal.aborted) setState(stateOf<Data>(answer));
    });
    return () => controller.abort();
  }, [address, generation]);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
