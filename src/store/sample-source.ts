/**
 * The export's `SampleSource` over this database: `scan` reads the stored samples a chunk at a
 * time, each chunk in its own short read transaction (a long one would block writers and, in
 * a page, die at the first await on anything else), and `load` fetches the planned ones by key.
 * Memory is one chunk, whatever the number of samples. With a filter the rows' indexes pick the
 * samples first (a problem set, a run), so an export of one run does not read the others.
 */
import type { Sample } from '../core/dataset/sample';
import type { SampleRef, SampleSource, SourceItem } from '../core/dataset/source';
import { dbOf, type LceStore } from './open';
import { querySamples, type PageCursor, type SampleFilter } from './query';

/** Samples read per transaction while scanning. */
export const SCAN_CHUNK = 256;

/** A source over the stored samples (all of them, or those `filter` picks from the rows). */
export function storeSampleSource(store: LceStore, filter: SampleFilter = {}): SampleSource {
  const filtered = Object.values(filter).some((v) => v !== undefined);
  return {
    scan: (signal) => (filtered ? scanFiltered(store, filter, signal) : scanAll(store, signal)),
    async load(refs: readonly SampleRef[]) {
      const tx = dbOf(store).transaction('samples');
      return Promise.all(refs.map((id) => tx.store.get(id as string)));
    },
  };
}

async function* scanAll(store: LceStore, signal?: AbortSignal): AsyncGenerator<SourceItem> {
  const db = dbOf(store);
  let after: string | null = null;
  for (;;) {
    signal?.throwIfAborted();
    const range: IDBKeyRange | undefined = after === null ? undefined : IDBKeyRange.lowerBound(after, true);
    const chunk: Sample[] = await db.getAll('samples', range, SCAN_CHUNK);
    for (const value of chunk) yield { kind: 'record', ref: value.id, where: `stored sample ${value.id}`, value };
    if (chunk.length < SCAN_CHUNK) return;
    after = chunk.at(-1)!.id;
  }
}

async function* scanFiltered(store: LceStore, filter: SampleFilter, signal?: AbortSignal): AsyncGenerator<SourceItem> {
  let after: PageCursor | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const page = await querySamples(store, filter, { limit: SCAN_CHUNK, ...(after ? { after } : {}) });
    const tx = dbOf(store).transaction('samples');
    const values = await Promise.all(page.rows.map((r) => tx.store.get(r.id)));
    for (let i = 0; i < values.length; i++) {
      const id = page.rows[i]!.id;
      // A sample deleted between the page and the read (a run deleted meanwhile) is simply gone.
      if (values[i] !== undefined) yield { kind: 'record', ref: id, where: `stored sample ${id}`, value: values[i] };
    }
    if (!page.next) return;
    after = page.next;
  }
}
