/**
 * Byte-bounded capture of a cell's stdout and stderr under one budget: the first half of the
 * budget keeps the earliest bytes written (to either stream), the second half a rolling tail of
 * the latest ones, and what fell in between is counted per stream. Counting bytes in the raw
 * `write` handlers (rather than throwing from them) keeps the cell running normally and leaks
 * nothing into the next one.
 */

type Stream = 'stdout' | 'stderr';

interface Chunk {
  stream: Stream;
  bytes: Uint8Array;
}

/** Both output streams of one cell, capped together at `limitBytes`. */
export class OutputCapture {
  private readonly head: Chunk[] = [];
  private headBytes = 0;
  private readonly tail: Chunk[] = [];
  private tailBytes = 0;
  private readonly dropped: Record<Stream, number> = { stdout: 0, stderr: 0 };
  private readonly headLimit: number;
  private readonly tailLimit: number;

  constructor(limitBytes: number) {
    this.headLimit = Math.ceil(limitBytes / 2);
    this.tailLimit = Math.floor(limitBytes / 2);
  }

  /** Raw write handler for Pyodide's setStdout/setStderr: returns the number of bytes consumed. */
  write(stream: Stream, buf: Uint8Array): number {
    const n = buf.length;
    let rest = buf;
    if (this.headBytes < this.headLimit) {
      const take = Math.min(this.headLimit - this.headBytes, rest.length);
      this.head.push({ stream, bytes: rest.slice(0, take) });
      this.headBytes += take;
      rest = rest.subarray(take);
    }
    if (rest.length > 0 && this.tailLimit > 0) {
      this.tail.push({ stream, bytes: rest.slice() });
      this.tailBytes += rest.length;
      this.trimTail();
    } else {
      this.dropped[stream] += rest.length;
    }
    return n;
  }

  /** True when bytes of either stream were dropped between head and tail. */
  get truncated(): boolean {
    return this.dropped.stdout + this.dropped.stderr > 0;
  }

  /** One stream's captured text; when it lost bytes, head + a marker naming how many + tail. */
  text(stream: Stream): string {
    const head = decode(this.head, stream);
    const tail = decode(this.tail, stream);
    const dropped = this.dropped[stream];
    if (dropped === 0) return head + tail;
    return `${head}\n… [output truncated: ${dropped} bytes omitted] …\n${tail}`;
  }

  private trimTail(): void {
    while (this.tailBytes > this.tailLimit) {
      const first = this.tail[0]!;
      const excess = this.tailBytes - this.tailLimit;
      if (first.bytes.length <= excess) {
        this.tail.shift();
        this.tailBytes -= first.bytes.length;
        this.dropped[first.stream] += first.bytes.length;
      } else {
        first.bytes = first.bytes.subarray(excess);
        this.tailBytes -= excess;
        this.dropped[first.stream] += excess;
      }
    }
  }
}

function decode(chunks: Chunk[], stream: Stream): string {
  const mine = chunks.filter((c) => c.stream === stream);
  const out = new Uint8Array(mine.reduce((n, c) => n + c.bytes.length, 0));
  let at = 0;
  for (const c of mine) {
    out.set(c.bytes, at);
    at += c.bytes.length;
  }
  return new TextDecoder('utf-8').decode(out);
}
