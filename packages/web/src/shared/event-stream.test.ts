import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type StreamStatus, followEventStream, retryDelay } from './event-stream.js';

/** A response whose body is the text/event-stream `text`, after which the connection ends. */
const streamOf = (text: string) => new Response(new Blob([text]).stream(), { status: 200, headers: { 'content-type': 'text/event-stream' } });

describe('followEventStream', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends its headers, hands on each event, and after a drop connects again and takes the new snapshot', async () => {
    const answers = [streamOf('retry: 2000\n\nevent: snapshot\ndata: {"n":1}\n\nevent: call\ndata: {"number":"A001"}\n\n'), streamOf('event: snapshot\ndata: {"n":2}\n\n')];
    const fetch = vi.fn(async () => answers.shift() ?? new Promise<Response>(() => undefined));
    vi.stubGlobal('fetch', fetch);
    const events: Array<[string, unknown]> = [];
    const statuses: StreamStatus[] = [];
    const stop = followEventStream('/stream', { headers: { authorization: 'Device t' }, onEvent: (event, data) => events.push([event, data]), onStatus: (status) => statuses.push(status) });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(events).toEqual([
      ['snapshot', { n: 1 }],
      ['call', { number: 'A001' }],
      ['snapshot', { n: 2 }],
    ]);
    expect(statuses).toContain('reconnecting');
    expect(fetch.mock.calls[0]).toEqual(['/stream', expect.objectContaining({ headers: { accept: 'text/event-stream', authorization: 'Device t' } })]);
    stop();
  });

  it('stops for good when the server refuses the stream (an unknown ticket), and keeps trying after a server error', async () => {
    const answers = [new Response('{}', { status: 503 }), new Response('{}', { status: 404 })];
    const fetch = vi.fn(async () => answers.shift()!);
    vi.stubGlobal('fetch', fetch);
    const statuses: StreamStatus[] = [];
    followEventStream('/stream', { onEvent: () => undefined, onStatus: (status) => statuses.push(status) });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(statuses).toEqual(['connecting', 'reconnecting', 'refused']);
  });

  it('gives up on a silent connection and connects again', async () => {
    const fetch = vi.fn((_url: string, init: RequestInit) => new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(new Error('aborted')))));
    vi.stubGlobal('fetch', fetch);
    const stop = followEventStream('/stream', { onEvent: () => undefined });
    await vi.advanceTimersByTimeAsync(41_000);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetch).toHaveBeenCalledTimes(2);
    stop();
  });
});

describe('retryDelay', () => {
  it('doubles from about a second up to about thirty', () => {
    expect(retryDelay(0)).toBeGreaterThanOrEqual(750);
    expect(retryDelay(0)).toBeLessThanOrEqual(1250);
    expect(retryDelay(3)).toBeGreaterThanOrEqual(6000);
    expect(retryDelay(20)).toBeLessThanOrEqual(37_500);
    expect(retryDelay(20)).toBeGreaterThanOrEqual(22_500);
  });
});
