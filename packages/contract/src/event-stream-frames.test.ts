import { describe, expect, it } from 'vitest';
import { eventStreamFrames } from './event-stream-frames.js';

describe('eventStreamFrames', () => {
  it('reads named events with JSON data, skipping comments and the retry field', () => {
    const frames = eventStreamFrames();
    expect(frames.push('retry: 2000\n\n: heartbeat\n\nevent: call\ndata: {"number":"A017","counter":3}\n\nevent: waiting\ndata: {}\n\n')).toEqual([
      { event: 'call', data: '{"number":"A017","counter":3}' },
      { event: 'waiting', data: '{}' },
    ]);
  });

  it('keeps an event cut anywhere across pieces until its blank line arrives', () => {
    const frames = eventStreamFrames();
    const text = 'event: snapshot\ndata: {"a":1}\n\nevent: call\r\ndata: x\r\n\r\n';
    const heard = [...text].flatMap((char) => frames.push(char));
    expect(heard).toEqual([
      { event: 'snapshot', data: '{"a":1}' },
      { event: 'call', data: 'x' },
    ]);
  });

  it('joins the lines of a multi-line data field and names an unnamed event "message"', () => {
    expect(eventStreamFrames().push('data: one\ndata:two\n\n')).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });
});
