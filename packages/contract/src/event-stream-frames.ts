/** One event of a text/event-stream, as the server's streams send them: a name and JSON data. */
export interface StreamEvent {
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream as it arrives in pieces (the WHATWG format: `event:` and `data:` lines,
 * a blank line ends an event, `:` lines are comments such as heartbeats, `retry:` and `id:` are not
 * used by the readers). A piece may end anywhere, even inside a line.
 */
export function eventStreamFrames(): { push(text: string): StreamEvent[] } {
  let buffered = '';
  let event = 'message';
  let data: string[] = [];
  return {
    push(text) {
      buffered += text;
      // A piece ending in CR may be followed by the LF of the same line end.
      const held = buffered.endsWith('\r') ? 1 : 0;
      const lines = buffered.slice(0, buffered.length - held).split(/\r\n|\r|\n/);
      buffered = (lines.pop() ?? '') + buffered.slice(buffered.length - held);
      const complete: StreamEvent[] = [];
      for (const line of lines) {
        if (line === '') {
          if (data.length > 0) complete.push({ event, data: data.join('\n') });
          event = 'message';
          data = [];
          continue;
        }
        const colon = line.indexOf(':');
        if (colon === 0) continue;
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      return complete;
    },
  };
}
