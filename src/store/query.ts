/**
 * The Data view's queries over the slim rows: a filter on set, run, model, method and verdict,
 * newest first, paged with a cursor (no offset, so page 1,000 costs what page 1 does), and counts
 * taken from an index without reading a record whenever an index covers the filter.
 */
import type { Method } from '../core/transcript';
import type { VerdictKey } from '../core/collect';
import { dbOf, type LceStore } from './open';
import { ROW_INDEXES, type LceDb, type SampleRow } from './schema';

export interface SampleFilter {
  runId?: string;
  setId?: string;
  model?: string;
  method?: Method;
  verdict?: VerdictKey;
}

type Field = keyof SampleFilter;
type IndexName = keyof LceDb['rows']['indexes'];

/** Where the next page starts: the last row of this one. */
export interface PageCursor {
  createdAt: string;
  id: string;
}

export interface SamplePage {
  rows: SampleRow[];
  /** Null on the last page. */
  next: PageCursor | null;
}

const FIELDS: readonly Field[] = ['runId', 'setId', 'model', 'method', 'verdict'];
const INDEX_NAMES = Object.keys(ROW_INDEXES) as IndexName[];
/** An index's equality fields: everything before the trailing `createdAt`. */
const equalityFields = (index: IndexName) => ROW_INDEXES[index].slice(0, -1) as readonly Field[];

function activeFields(filter: SampleFilter): Field[] {
  return FIELDS.filter((f) => filter[f] !== undefined);
}

/**
 * For a page: the index whose equality fields are all in the filter and cover most of it (so the
 * rows come in time order); the filter's other fields are checked on each row.
 */
function pageIndex(filter: SampleFilter): IndexName {
  const active = new Set(activeFields(filter));
  let best: IndexName = 'createdAt';
  for (const name of INDEX_NAMES) {
    const fields = equalityFields(name);
    if (fields.every((f) => active.has(f)) && fields.length > equalityFields(best).length) best = name;
  }
  return best;
}

function rangeFor(index: IndexName, filter: SampleFilter, upTo?: string): IDBKeyRange | undefined {
  const prefix = equalityFields(index).map((f) => filter[f]!);
  if (prefix.length === 0) return upTo === undefined ? undefined : IDBKeyRange.upperBound(upTo);
  return IDBKeyRange.bound(prefix, [...prefix, upTo ?? []]);
}

function matches(row: SampleRow, filter: SampleFilter, fields: readonly Field[]): boolean {
  return fields.every((f) => row[f] === filter[f]);
}

/** One page of rows under `filter`, newest first, starting after `after`. */
export async function querySamples(store: LceStore, filter: SampleFilter, options: { limit?: number; after?: PageCursor } = {}): Promise<SamplePage> {
  const limit = options.limit ?? 50;
  const index = pageIndex(filter);
  const residual = activeFields(filter).filter((f) => !equalityFields(index).includes(f));
  const after = options.after;
  const rows: SampleRow[] = [];
  let cursor = await dbOf(store).transaction('rows').store.index(index).openCursor(rangeFor(index, filter, after?.createdAt), 'prev');
  for (; cursor; cursor = await cursor.continue()) {
    const row = cursor.value;
    // Rows of the same instant as the cursor that were on the previous page (ids run downwards).
    if (after && row.createdAt === after.createdAt && row.id >= after.id) continue;
    if (!matches(row, filter, residual)) continue;
    if (rows.length === limit) return { rows, next: { createdAt: rows.at(-1)!.createdAt, id: rows.at(-1)!.id } };
    rows.push(row);
  }
  return { rows, next: null };
}

/**
 * For a count: the index whose leading fields are all in the filter and that covers most of it;
 * order does not matter here, so `runMethodVerdict` counts run + method without reading a row.
 */
function countPlan(filter: SampleFilter): { index: IndexName; prefix: Field[] } {
  const active = new Set(activeFields(filter));
  let best: { index: IndexName; prefix: Field[] } = { index: 'createdAt', prefix: [] };
  for (const name of INDEX_NAMES) {
    const prefix: Field[] = [];
    for (const f of equalityFields(name)) {
      if (!active.has(f)) break;
      prefix.push(f);
    }
    if (prefix.length > best.prefix.length) best = { index: name, prefix };
  }
  return best;
}

/** How many rows match `filter`. Exact from the index alone when one covers the filter; else one pass over the narrowest index. */
export async function countSamples(store: LceStore, filter: SampleFilter = {}): Promise<number> {
  const { index, prefix } = countPlan(filter);
  const values = prefix.map((f) => filter[f]!);
  const range = values.length === 0 ? undefined : IDBKeyRange.bound(values, [...values, []]);
  const residual = activeFields(filter).filter((f) => !prefix.includes(f));
  const source = dbOf(store).transaction('rows').store.index(index);
  if (residual.length === 0) return source.count(range);
  let n = 0;
  for (let cursor = await source.openCursor(range); cursor; cursor = await cursor.continue()) if (matches(cursor.value, filter, residual)) n++;
  return n;
}

/** The distinct values a filter can take in the stored rows (for the filter menus), read from index keys. */
export async function filterValues(store: LceStore, field: 'model' | 'method' | 'verdict'): Promise<string[]> {
  const values: string[] = [];
  const index = dbOf(store).transaction('rows').store.index(field);
  // Jump from one value to the next without visiting the rows in between.
  for (let cursor = await index.openKeyCursor(undefined, 'nextunique'); cursor; ) {
    const value = (cursor.key as [string, string])[0];
    values.push(value);
    cursor = await cursor.continue([value, []] as unknown as [string, string]);
  }
  return values;
}
