import { type StreamEvent, eventStreamFrames } from '@motcua/contract';

/** A text/event-stream opened over real HTTP, read event by event. */
export interface OpenStream {
  /** The response's headers. */
  headers: Headers;
  /** The next event of that name (after those already taken) whose data matches, parsed. */
  next<T = unknown>(event: string, matches?: (data: T) => boolean): Promise<T>;
  /** Every event received so far. */
  received: StreamEvent[];
  close(): void;
}

/** Opens `url` as a browser's EventSource would; rejects on any answer but a 200 stream. */
export async function openStream(url: string, headers: Record<string, string> = {}): Promise<OpenStream> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  if (response.status !== 200 || !response.body) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  const received: StreamEvent[] = [];
  let taken = 0;
  let waiters: Array<() => void> = [];
  const frames = eventStreamFrames();
  const decoder = new TextDecoder();
  void (async () => {
    const reader = response.body!.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        received.push(...frames.push(decoder.decode(value, { stream: true })));
        for (const wake of waiters) wake();
        waiters = [];
      }
    } catch {
      // Aborted by close().
    }
  })();
  return {
    headers: response.headers,
    received,
    async next<T>(event: string, matches: (data: T) => boolean = () => true): Promise<T> {
      for (;;) {
        for (let index = taken; index < received.length; index++) {
          const candidate = received[index]!;
          if (candidate.event !== event) continue;
          const data = JSON.parse(candidate.data) as T;
          if (!matches(data)) continue;
          taken = index + 1;
          return data;
        }
        await new Promise<void>((wake) => waiters.push(wake));
      }
    },
    close: () => abort.abort(),
  };
}
