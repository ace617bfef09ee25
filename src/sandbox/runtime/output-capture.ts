/**
 * Byte-bounded capture of one output stream: keeps the first half of the budget and a rolling tail
 * of the second half, and counts what fell in between. Counting bytes in the raw `write` handler
 * (rather than throwing from it) keeps the cell running normally and leaks nothing into the next one.
 */
export class OutputCapture {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private tail: Uint8Array[] = [];
  private tailBytes = 0;
  private dropped = 0;
  private readonly headLimit: number;
  private readonly tailLimit: number;

  constructor(limitBytes: number) {
    this.headLimit = Math.ceil(limitBytes / 2);
    this.tailLimit = Math.floor(limitBytes / 2);
  }

  /** Raw write handler for Pyodide's setStdout/setStderr: returns the number of bytes consumed. */
  write(buf: Uint8Array): number {
    const n = buf.length;
    let rest = buf;
    if (this.headBytes < this.headLimit) {
      const take = Math.min(this.headLimit - this.headBytes, rest.length);
      this.head.push(rest.slice(0, take));
      this.headBytes += take;
      rest = rest.subarray(take);
    }
    if (rest.length > 0 && this.tailLimit > 0) {
      this.tail.push(rest.slice());
      this.tailBytes += rest.length;
      this.trimTail();
    } else {
      this.dropped += rest.length;
    }
    return n;
  }

  /** True when bytes were dropped between head and tail. */
  get truncated(): boolean {
    return this.dropped > 0;
  }

  /** The captured text; when truncated, head + a marker naming the dropped byte count + tail. */
  text(): string {
    const decoder = new TextDecoder('utf-8');
    const head = decoder.decode(concat(this.head, this.headBytes));
    const tail = decoder.decode(concat(this.tail, this.tailBytes));
    if (!this.truncated) return head + tail;
    return `${head}\n… [output truncated: ${this.dropped} bytes omitted] …\n${tail}`;
  }

  private trimTail(): void {
    while (this.tailBytes > this.tailLimit) {
      const first = this.tail[0]!;
      const excess = this.tailBytes - this.tailLimit;
      if (first.length <= excess) {
        this.tail.shift();
        this.tailBytes -= first.length;
        this.dropped += first.length;
      } else {
        this.tail[0] = first.subarray(excess);
        this.tailBytes -= excess;
        this.dropped += excess;
      }
    }
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
