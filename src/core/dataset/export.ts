/**
 * Runs an export in two passes over a `SampleSource`:
 *  1. `planExport` reads every record once, checks it, drops duplicate ids (a merge of several
 *     browsers' files), applies the filters, keeps a small summary and gathers the card's stats,
 *     then plans the records (pairs, AutoCode problems…) from the summaries alone;
 *  2. `exportRows` loads the planned samples batch by batch and streams the rendered rows.
 * Memory is the summaries plus one batch of samples, whatever the number or length of transcripts.
 */
import { AbortError, InvalidInputError } from '../errors';
import type { PromptFamily } from '../prompt';
import { filterOut, type ExportFilters } from './filters';
import { exportFormat, type ExportFormat } from './formats/registry';
import { parseSample } from './parse-sample';
import { planPairs, planProblems, planSingles, summariesOf, type PairOptions, type Plan, type PlanOptions, type PlannedRecord, type Split } from './plan';
import type { Sample } from './sample';
import type { SampleSource } from './source';
import { createStatsCollector, type SampleStats } from './stats';
import { completeSummary, createKeyCache, summarise, type SampleSummary } from './summary';
import { createSketchStore } from './fingerprint';

export interface ExportOptions {
  /** An id of `EXPORT_FORMATS`. */
  format: string;
  filters?: ExportFilters;
  /** Seeds every pick and the AutoCode decisions; the same seed gives the same export. */
  seed?: number;
  /** Near-duplicate threshold (estimated Jaccard of word 3-grams); null keeps near-duplicates. Default 0.9. */
  dedupeThreshold?: number | null;
  /** Share of problems held out as the eval split. Default 0. */
  evalFraction?: number;
  pairs?: Partial<PairOptions>;
  /** AutoCode's α. Default 0.5. */
  alpha?: number;
  signal?: AbortSignal;
}

/** Records left out, by reason, with the first few places for the user to look at. */
export interface ExportReport {
  scanned: number;
  unreadable: number;
  invalid: number;
  /** The first problems found, e.g. "samples.jsonl line 7: \"blocks\" is not a list". */
  problems: string[];
  duplicateIds: number;
  filteredOut: Record<string, number>;
  candidates: number;
  nearDuplicates: number;
  unusedGroups: number;
  records: Record<Split, number>;
}

/** The outcome of the first pass: everything but the rows. */
export interface PlannedExport {
  format: ExportFormat;
  options: Required<Omit<ExportOptions, 'signal' | 'pairs' | 'filters'>> & { pairs: PairOptions; filters: ExportFilters };
  /** The prompt family of every candidate (template formats need exactly one). */
  families: PromptFamily[];
  records: PlannedRecord[];
  stats: SampleStats;
  report: ExportReport;
}

const MAX_LISTED_PROBLEMS = 20;

function resolve(options: ExportOptions): PlannedExport['options'] {
  const format = exportFormat(options.format);
  if (!format) throw new InvalidInputError('export', `unknown format "${options.format}"`);
  const r = {
    format: options.format,
    filters: options.filters ?? {},
    seed: options.seed ?? 0,
    dedupeThreshold: options.dedupeThreshold === undefined ? 0.9 : options.dedupeThreshold,
    evalFraction: options.evalFraction ?? 0,
    pairs: { strategy: options.pairs?.strategy ?? 'one-per-prompt', cap: options.pairs?.cap ?? 4 },
    alpha: options.alpha ?? 0.5,
  } satisfies PlannedExport['options'];
  if (!(r.evalFraction >= 0 && r.evalFraction < 1)) throw new InvalidInputError('export', `the eval fraction must be in [0, 1), got ${r.evalFraction}`);
  if (!(r.alpha > 0)) throw new InvalidInputError('export', `α must be positive, got ${r.alpha}`);
  if (!(Number.isInteger(r.pairs.cap) && r.pairs.cap >= 1)) throw new InvalidInputError('export', `the pair cap must be a whole number ≥ 1, got ${r.pairs.cap}`);
  if (r.dedupeThreshold !== null && !(r.dedupeThreshold > 0 && r.dedupeThreshold <= 1)) {
    throw new InvalidInputError('export', `the near-duplicate threshold must be in (0, 1], got ${r.dedupeThreshold}`);
  }
  return r;
}

function makePlan(format: ExportFormat, summaries: SampleSummary[], o: PlanOptions): Plan {
  switch (format.planner) {
    case 'accepted':
      return planSingles(summaries, (s) => s.verdict === true, o);
    case 'labelled':
      return planSingles(summaries, (s) => s.verdict !== null, o);
    case 'pairs':
      return planPairs(summaries, o);
    case 'autocode':
      return planProblems(summaries, o);
  }
}

/** Pass 1: checks, de-duplicates, filters and summarises every record, then plans the export. */
export async function planExport(source: SampleSource, options: ExportOptions): Promise<PlannedExport> {
  const o = resolve(options);
  const format = exportFormat(o.format)!;
  const report: ExportReport = { scanned: 0, unreadable: 0, invalid: 0, problems: [], duplicateIds: 0, filteredOut: {}, candidates: 0, nearDuplicates: 0, unusedGroups: 0, records: { train: 0, eval: 0 } };
  const note = (text: string) => {
    if (report.problems.length < MAX_LISTED_PROBLEMS) report.problems.push(text);
  };
  const seen = new Set<string>();
  const keys = createKeyCache();
  const stats = createStatsCollector();
  const summaries: SampleSummary[] = [];
  const families = new Set<PromptFamily>();
  // Hashing and sketching cost most of the first pass: only the samples the plan reads get their
  // keys, and only those a de-duplication compares get a sketch.
  const planReads = (verdict: boolean | null): boolean =>
    format.planner === 'accepted' ? verdict === true : format.planner === 'labelled' ? verdict !== null : true;
  const sketches = o.dedupeThreshold !== null && format.planner !== 'autocode' ? createSketchStore() : null;
  const needs = { problemKey: format.planner === 'autocode' || o.evalFraction > 0, sketches };
  // Undecided samples are never compared (pairs and KTO leave them out).
  const undecidedNeeds = { ...needs, sketches: null };
  for await (const item of source.scan(options.signal)) {
    if (options.signal?.aborted) throw new AbortError('The export');
    report.scanned++;
    if (item.kind === 'unreadable') {
      report.unreadable++;
      note(`${item.where}: ${item.reason}`);
      continue;
    }
    const parsed = parseSample(item.value);
    if (parsed.kind === 'invalid') {
      report.invalid++;
      note(`${item.where}: ${parsed.reason}`);
      continue;
    }
    const sample = parsed.sample;
    // Merged exports hold the same sample more than once: the first copy counts.
    if (seen.has(sample.id)) {
      report.duplicateIds++;
      continue;
    }
    seen.add(sample.id);
    const summary = summarise(sample, item.ref, keys);
    const why = filterOut(summary, o.filters);
    if (why) {
      report.filteredOut[why] = (report.filteredOut[why] ?? 0) + 1;
      continue;
    }
    stats.add(sample);
    families.add(summary.family);
    report.candidates++;
    if (!planReads(summary.verdict)) continue;
    completeSummary(summary, sample, keys, summary.verdict === null ? undecidedNeeds : needs);
    summaries.push(summary);
  }
  if (format.usesTemplate && families.size > 1) {
    throw new InvalidInputError(
      'export',
      `the samples use ${families.size} prompt families (${[...families].join(', ')}) and ${format.label} rows are rendered by one family's chat template; export one family at a time (--family)`,
    );
  }
  const plan = makePlan(format, summaries, { seed: o.seed, dedupeThreshold: o.dedupeThreshold, evalFraction: o.evalFraction, pairs: o.pairs, autocode: { alpha: o.alpha } });
  report.nearDuplicates = plan.nearDuplicates;
  report.unusedGroups = plan.unusedGroups;
  for (const r of plan.records) report.records[r.split]++;
  return { format, options: o, families: [...families], records: plan.records, stats: stats.stats(), report };
}

/** One rendered row, with the split it belongs to and the samples it was made from. */
export interface ExportRow {
  split: Split;
  row: Record<string, unknown>;
  trace: ReturnType<ExportFormat['trace']>;
}

/** How many records' samples are loaded at once in pass 2. */
const BATCH = 256;

type RowOptions = { split?: Split; limit?: number; signal?: AbortSignal };

/** Pass 2's reading: the planned records batch by batch, with a lookup of their loaded samples. */
async function* loadedBatches(source: SampleSource, planned: PlannedExport, options: RowOptions): AsyncGenerator<{ batch: PlannedRecord[]; get: (s: SampleSummary) => Sample }> {
  const records = options.split ? planned.records.filter((r) => r.split === options.split) : planned.records;
  const end = Math.min(records.length, options.limit ?? Infinity);
  for (let start = 0; start < end; start += BATCH) {
    if (options.signal?.aborted) throw new AbortError('The export');
    const batch = records.slice(start, Math.min(end, start + BATCH));
    const wanted = new Map<string, SampleSummary>();
    for (const r of batch) for (const s of summariesOf(r)) wanted.set(s.id, s);
    const list = [...wanted.values()];
    const values = await source.load(list.map((s) => s.ref), options.signal);
    const loaded = new Map<string, Sample>();
    list.forEach((s, i) => {
      const value = values[i] as Sample | undefined;
      // The second pass must read what the first one planned: a file edited in between is refused.
      if (!value || value.id !== s.id) throw new InvalidInputError('export', `sample ${s.id} changed or disappeared while exporting; run the export again`);
      loaded.set(s.id, value);
    });
    yield { batch, get: (s: SampleSummary) => loaded.get(s.id)! };
  }
}

/** Pass 2: loads the planned samples batch by batch and streams rendered rows (one split, or all). */
export async function* exportRows(source: SampleSource, planned: PlannedExport, options: RowOptions = {}): AsyncGenerator<ExportRow> {
  for await (const { batch, get } of loadedBatches(source, planned, options)) {
    for (const record of batch) yield { split: record.split, row: planned.format.render(record, get), trace: planned.format.trace(record) };
  }
}

/** Pass 2 for a file: the rows as JSON lines, one line a chunk (no traces, which files do not carry). */
export async function* exportLines(source: SampleSource, planned: PlannedExport, options: RowOptions = {}): AsyncGenerator<string> {
  for await (const { batch, get } of loadedBatches(source, planned, options)) {
    for (const record of batch) yield `${JSON.stringify(planned.format.render(record, get))}\n`;
  }
}
