/** An unbounded queue that several producers push to and one `for await` drains, in push order. */
export interface Channel<T> extends AsyncIterable<T> {
  push(item: T): void;
  /** No more items: the iteration ends once the queue is empty. */
  close(): void;
}

export function createChannel<T>(): Channel<T> {
  const queue: T[] = [];
  let closed = false;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  return {
    push(item) {
      if (closed) return;
      queue.push(item);
      poke();
    },
    close() {
      closed = true;
      poke();
    },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (queue.length > 0) yield queue.shift()!;
        if (closed) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}
