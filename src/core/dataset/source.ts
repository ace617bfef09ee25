/**
 * The port exports read samples through. Two passes: `scan` streams every record once (the
 * summaries pass), `load` fetches the records the plan picked by the reference `scan` gave. A
 * JSONL file (the CLI: byte ranges) and IndexedDB (the page: keys) both implement it, so the
 * builders never hold more than a batch of full samples.
 */

/** Where a record can be found again: a store key, a byte range, an index. Opaque to the core. */
export type SampleRef = unknown;

/** One record from `scan`: a value to check, or a line that could not even be read. */
export type SourceItem =
  | { kind: 'record'; ref: SampleRef; where: string; value: unknown }
  | { kind: 'unreadable'; where: string; reason: string };

export interface SampleSource {
  /** Every stored record once, in storage order. `where` names it for messages (e.g. "a.jsonl line 12"). */
  scan(signal?: AbortSignal): AsyncIterable<SourceItem>;
  /** The records behind `refs`, in the same order. */
  load(refs: readonly SampleRef[], signal?: AbortSignal): Promise<unknown[]>;
}

/** A source over records already in memory (tests, the bench, a page that has them at hand). */
export function arraySource(values: readonly unknown[], name = 'record'): SampleSource {
  return {
    async *scan() {
      for (let i = 0; i < values.length; i++) yield { kind: 'record', ref: i, where: `${name} ${i + 1}`, value: values[i] };
    },
    async load(refs) {
      return refs.map((r) => values[r as number]);
    },
  };
}
