/** Server-sent events: the `data:` payloads of a streamed HTTP body, one string per event. */

/** Yields each event's joined `data:` lines; comments, `event:` and `id:` fields are skipped. */
export async function* readSseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let cut: RegExpExecArray | null;
      // Events end with a blank line; servers differ in \n versus \r\n.
      while ((cut = /\r?\n\r?\n/.exec(buffer)) !== null) {
        const event = buffer.slice(0, cut.index);
        buffer = buffer.slice(cut.index + cut[0].length);
        const data = eventData(event);
        if (data !== null) yield data;
      }
      if (done) break;
    }
    const last = eventData(buffer);
    if (last !== null) yield last;
  } finally {
    // Leaving early (stop string matched, abort) must release the connection.
    await reader.cancel().catch(() => undefined);
  }
}

function eventData(event: string): string | null {
  const lines = event.split(/\r?\n/).filter((l) => l.startsWith('data:'));
  if (lines.length === 0) return null;
  return lines.map((l) => l.slice(l.startsWith('data: ') ? 6 : 5)).join('\n');
}
