import { eventStreamFrames } from '@motcua/contract';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Where a live page's stream stands: the page says so when it may be showing old news. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'refused';

export interface EventStreamOptions {
  /** Sent with every connection, e.g. a device's `Authorization: Device <token>` (EventSource cannot). */
  headers?: Record<string, string>;
  /** Each event as it comes, its data parsed. The server's first event of every connection is the whole state: the page replaces what it shows. */
  onEvent(event: string, data: unknown): void;
  onStatus?(status: StreamStatus): void;
}

const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 30_000;
/** The server comments every 15 s: this long without a byte means the connection died silently (a cable pulled, Wi-Fi lost). */
const SILENCE_MS = 40_000;

/** The wait before the attempt after `failures` failed ones: doubling, capped, a little random so that a centre's screens do not all come back at once. */
export const retryDelay = (failures: number) => Math.min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** failures) * (0.75 + Math.random() / 2);

/**
 * Reads a text/event-stream with fetch, and keeps reading: after a drop, a server error or a silence
 * it connects again (sooner when the browser says the network is back), and each new connection
 * starts with the server's snapshot, which resynchronises the page. Returns the function that stops it.
 */
export function followEventStream(url: string, options: EventStreamOptions): () => void {
  let stopped = false;
  let failures = 0;
  let connection: AbortController | undefined;
  let wakeUp: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wakeUp = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const online = () => wakeUp?.();
  window.addEventListener('online', online);

  /** False when the server refused the stream for good (an unknown centre or ticket): asking again would not help. */
  async function readOnce(): Promise<boolean> {
    const abort = new AbortController();
    connection = abort;
    let silence = setTimeout(() => abort.abort(), SILENCE_MS);
    try {
      const response = await fetch(url, { headers: { accept: 'text/event-stream', ...options.headers }, signal: abort.signal, cache: 'no-store' });
      if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) return false;
      if (!response.ok || !response.body) return true;
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const frames = eventStreamFrames();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return true;
        clearTimeout(silence);
        silence = setTimeout(() => abort.abort(), SILENCE_MS);
        for (const frame of frames.push(decoder.decode(value, { stream: true }))) {
          // The server answered with its state: the next drop starts the waits from the shortest again.
          failures = 0;
          options.onStatus?.('live');
          options.onEvent(frame.event, JSON.parse(frame.data) as unknown);
        }
      }
    } catch {
      // Cut or silent: the loop connects again.
      return true;
    } finally {
      clearTimeout(silence);
    }
  }

  void (async () => {
    options.onStatus?.('connecting');
    while (!stopped) {
      if (!(await readOnce())) {
        options.onStatus?.('refused');
        return;
      }
      if (stopped) return;
      options.onStatus?.('reconnecting');
      await pause(retryDelay(failures++));
    }
  })();

  return () => {
    stopped = true;
    window.removeEventListener('online', online);
    connection?.abort();
    wakeUp?.();
  };
}

/** Follows `url` (null: nothing yet) while the component is shown; the latest `onEvent` is called, without reconnecting when it changes. */
export function useEventStream(url: string | null, options: Omit<EventStreamOptions, 'onStatus'>): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const headers = JSON.stringify(options.headers ?? {});
  useEffect(() => {
    if (url === null) return;
    return followEventStream(url, {
      headers: JSON.parse(headers) as Record<string, string>,
      onEvent: (event, data) => latest.current.onEvent(event, data),
      onStatus: setStatus,
    });
  }, [url, headers]);
  return status;
}
