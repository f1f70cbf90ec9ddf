import { Type } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { QueueNotice } from './events.js';

/** One Server-Sent Event: its name and what it carries (sent as JSON). */
export interface StreamMessage {
  event: string;
  data: unknown;
}

/**
 * The instance's fan-out of one channel's events to its open streams, by agency: the centres' queue
 * events (QueueEventHub), or the dossier changes an operations screen follows.
 */
export interface StreamHub<Notice> {
  subscribe(agencyId: string, subscriber: { onEvent(notice: Notice): void; onResync?(): void }): () => void;
}

/** What a stream shows of its centre's queue: boards, phones, tablets and managers' pages each have their own. */
export interface EventStreamSource<Notice = QueueNotice> {
  /**
   * The whole state, sent when the stream opens and again whenever events may have been missed
   * (the instance's listening connection dropped and came back): the page replaces what it shows.
   */
  snapshot(): Promise<StreamMessage>;
  /** What to send for an event of the centre; nothing when this stream does not show it. */
  onEvent(notice: Notice): Promise<readonly StreamMessage[]> | readonly StreamMessage[];
}

export interface EventStreamOptions {
  /** How often a comment keeps proxies and the browser from closing an idle stream. */
  heartbeatMs?: number;
  /** How long the browser waits before reconnecting after the stream is cut (the `retry:` field). */
  retryMs?: number;
}

/** The 200 response of a stream route, documented as text/event-stream with the events it sends. */
export const eventStreamResponse = (events: string) => ({
  description: `text/event-stream: ${events}`,
  content: { 'text/event-stream': { schema: Type.String({ description: events }) } },
});

const HEARTBEAT_MS = 15_000;
const RETRY_MS = 2_000;
/** A client that reads nothing while this much waits to be sent is cut: it reconnects and resynchronises. */
const MAX_UNSENT_BYTES = 1 << 20;

/** The streams each hub's instance holds open, so that closing the server ends them instead of waiting on them. */
const openStreams = new WeakMap<StreamHub<never>, Set<() => void>>();

/** Formats one message of the text/event-stream protocol. */
export function formatStreamMessage(message: StreamMessage): string {
  return `event: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`;
}

/**
 * Answers the request with a text/event-stream of a centre's queue: the source's snapshot first,
 * then what the source makes of each event as it commits on any instance, in order, until the
 * client goes away. The route checks who may listen before it calls this; errors after that end
 * the stream, and the client's reconnection starts from a fresh snapshot.
 */
export function openEventStream<Notice>(
  hub: StreamHub<Notice>,
  request: FastifyRequest,
  reply: FastifyReply,
  agencyId: string,
  source: EventStreamSource<Notice>,
  options: EventStreamOptions = {},
): void {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    // Each message must reach the client as it is written: no cache, no transformation, no proxy buffering.
    'cache-control': 'no-store, no-transform',
    'x-accel-buffering': 'no',
    connection: 'keep-alive',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  response.write(`retry: ${options.retryMs ?? RETRY_MS}\n\n`);

  let ended = false;
  // Messages are made one after another (some read the database), so that they are sent in the events' order.
  let queue = Promise.resolve();
  const send = (make: () => Promise<readonly StreamMessage[]> | readonly StreamMessage[]) => {
    queue = queue.then(async () => {
      if (ended) return;
      try {
        const messages = await make();
        if (ended) return;
        for (const message of messages) response.write(formatStreamMessage(message));
        if (response.writableLength > MAX_UNSENT_BYTES) end();
      } catch (error) {
        request.log.error({ err: error }, 'queue event stream failed; the client will reconnect');
        end();
      }
    });
  };
  const sendSnapshot = () => send(async () => [await source.snapshot()]);

  const unsubscribe = hub.subscribe(agencyId, { onEvent: (notice) => send(() => source.onEvent(notice)), onResync: sendSnapshot });
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), options.heartbeatMs ?? HEARTBEAT_MS);
  heartbeat.unref();
  const streams = openStreams.get(hub) ?? new Set();
  openStreams.set(hub, streams);

  function end() {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    streams.delete(end);
    response.end();
  }
  streams.add(end);
  response.on('close', end);
  // Subscribed before the snapshot is read: an event committed meanwhile is sent after it, never lost.
  sendSnapshot();
}

/** Ends every stream the hub's instance holds open (when the server closes: clients reconnect to another instance). */
export function endEventStreams(hub: StreamHub<never>): void {
  for (const end of [...(openStreams.get(hub) ?? [])]) end();
}
