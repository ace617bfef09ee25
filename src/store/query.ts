/**
 * The Data view's queries over the slim rows: a filter on set, run, model, method and verdict,
 * newest first, paged by key (no offset, so page 1,000 costs what page 1 does), and counts taken
 * from the indexes without reading a record.
 *
 * A filter is answered by the index whose equality fields hold all of its fields; fields of that
 * index the filter leaves open are enumerated when their values are few (method, verdict), each
 * value giving one key range. A page merges the ranges' first rows; a count adds the ranges'
 * counts. Only a filter no index covers (a run together with a set, say) reads rows to check them.
 */
import { METHODS, type Method } from '../core/transcript';
import type { VerdictKey } from '../core/collect';
import { dbOf, type LceStore } from './open';
import { ROW_INDEXES, type RowIndexName, type SampleRow } from './schema';

export interface SampleFilter {
  runId?: string;
  setId?: string;
  model?: string;
  method?: Method;
  verdict?: VerdictKey;
}

type Field = keyof SampleFilter;

/** Where the next page starts: just after this row. */
export interface PageCursor {
  newest: number;
  id: string;
}

export interface SamplePage {
  rows: SampleRow[];
  /** Null on the last page. */
  next: PageCursor | null;
}

const FIELDS: readonly Field[] = ['runId', 'setId', 'model', 'method', 'verdict'];
const VERDICTS: readonly VerdictKey[] = ['correct', 'wrong', 'undecided', 'unjudged'];
/** Fields whose values are few enough to enumerate. */
const DOMAINS: Partial<Record<Field, readonly string[]>> = { method: METHODS, verdict: VERDICTS };
/** Rows read per step when a filter has to be checked row by row. */
const SCAN_CHUNK = 500;

interface Plan {
  index: RowIndexName;
  /** One key prefix per enumerated combination of the open fields. */
  prefixes: string[][];
  /** Filter fields the index does not hold, checked on each row. */
  residual: Field[];
}

function activeFields(filter: SampleFilter): Field[] {
  return FIELDS.filter((f) => filter[f] !== undefined);
}

/** Every prefix of `fields`, filling open fields with each value of their domain. */
function prefixesFor(fields: readonly Field[], filter: SampleFilter): string[][] {
  let out: string[][] = [[]];
  for (const f of fields) {
    const values = filter[f] !== undefined ? [filter[f]!] : DOMAINS[f]!;
    out = out.flatMap((p) => values.map((v) => [...p, v]));
  }
  return out;
}

/** The cheapest exact plan (fewest ranges), else the index covering most of the filter plus a row check. */
export function planQuery(filter: SampleFilter): Plan {
  const active = activeFields(filter);
  let best: { index: RowIndexName; ranges: number } | null = null;
  for (const [name, fields] of Object.entries(ROW_INDEXES) as Array<[RowIndexName, readonly Field[]]>) {
    if (!active.every((f) => fields.includes(f))) continue;
    const open = fields.filter((f) => !active.includes(f));
    if (!open.every((f) => DOMAINS[f])) continue;
    const ranges = open.reduce((n, f) => n * DOMAINS[f]!.length, 1);
    if (!best || ranges < best.ranges) best = { index: name, ranges };
  }
  if (best) return { index: best.index, prefixes: prefixesFor(ROW_INDEXES[best.index], filter), residual: [] };
  let fallback: RowIndexName = 'all';
  for (const [name, fields] of Object.entries(ROW_INDEXES) as Array<[RowIndexName, readonly Field[]]>) {
    if (fields.every((f) => active.includes(f)) && fields.length > ROW_INDEXES[fallback].length) fallback = name;
  }
  return { index: fallback, prefixes: [prefixesFor(ROW_INDEXES[fallback], filter)[0]!], residual: active.filter((f) => !(ROW_INDEXES[fallback] as readonly Field[]).includes(f)) };
}

function rangeAfter(prefix: string[], after: PageCursor | undefined): IDBKeyRange | undefined {
  if (after) return IDBKeyRange.bound([...prefix, after.newest, after.id], [...prefix, []], true, false);
  return prefix.length === 0 ? undefined : IDBKeyRange.bound(prefix, [...prefix, []]);
}

const byNewest = (a: SampleRow, b: SampleRow) => a.newest - b.newest || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const matches = (row: SampleRow, filter: SampleFilter, fields: readonly Field[]) => fields.every((f) => row[f] === filter[f]);

/** Up to `want` rows of one range that pass the residual check, newest first. */
async function readRange(store: LceStore, plan: Plan, prefix: string[], filter: SampleFilter, after: PageCursor | undefined, want: number): Promise<SampleRow[]> {
  const index = dbOf(store).transaction('rows').store.index(plan.index);
  if (plan.residual.length === 0) return index.getAll(rangeAfter(prefix, after), want);
  const out: SampleRow[] = [];
  let from = after;
  for (;;) {
    const chunk = await index.getAll(rangeAfter(prefix, from), SCAN_CHUNK);
    for (const row of chunk) if (matches(row, filter, plan.residual) && out.push(row) === want) return out;
    if (chunk.length < SCAN_CHUNK) return out;
    const last = chunk.at(-1)!;
    from = { newest: last.newest, id: last.id };
  }
}

/** One page of rows under `filter`, newest first, starting after `after`. */
export async function querySamples(store: LceStore, filter: SampleFilter, options: { limit?: number; after?: PageCursor } = {}): Promise<SamplePage> {
  const limit = options.limit ?? 50;
  const plan = planQuery(filter);
  const ranges = await Promise.all(plan.prefixes.map((p) => readRange(store, plan, p, filter, options.after, limit + 1)));
  const merged = ranges.flat().sort(byNewest);
  const rows = merged.slice(0, limit);
  const last = rows.at(-1);
  return { rows, next: merged.length > limit && last ? { newest: last.newest, id: last.id } : null };
}

/** How many rows match `filter`: from index counts alone unless no index covers the filter. */
export async function countSamples(store: LceStore, filter: SampleFilter = {}): Promise<number> {
  const plan = planQuery(filter);
  if (plan.residual.length > 0) return (await readRange(store, plan, plan.prefixes[0]!, filter, undefined, Infinity)).length;
  const index = dbOf(store).transaction('rows').store.index(plan.index);
  const counts = await Promise.all(plan.prefixes.map((p) => index.count(rangeAfter(p, undefined))));
  return counts.reduce((a, b) => a + b, 0);
}

/** The first key field of every distinct value in a row index, skipping from one value to the next. */
async function distinctValues(store: LceStore, name: 'model' | 'run'): Promise<string[]> {
  const values: string[] = [];
  const index = dbOf(store).transaction('rows').store.index(name);
  for (let cursor = await index.openKeyCursor(); cursor; ) {
    const value = (cursor.key as [string, ...unknown[]])[0];
    values.push(value);
    cursor = await cursor.continue([value, []]);
  }
  return values;
}

/** The models stored (for the filter menu), read from index keys, skipping from one model to the next. */
export function storedModels(store: LceStore): Promise<string[]> {
  return distinctValues(store, 'model');
}

/** The run ids samples name, including runs imported from another browser that have no run record here. */
export function storedRunIds(store: LceStore): Promise<string[]> {
  return distinctValues(store, 'run');
}
