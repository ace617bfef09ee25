/**
 * Collection benchmarks (issue 10):
 *
 * - `collect.engine_busy_fraction`: share of wall time a single-sequence engine generates during a
 *   batch run with the runner's defaults (three samples in flight; goal ≥ 0.95). Bench doubles stand in for the GPU and Python: `SimulatedEngine` at
 *   200 tokens/s, `SimulatedCells` at 150 ms a cell, `SimulatedSympy` at 50 ms a check. 16 problems
 *   × LCE × k = 2: each attempt is a ~60-token round, a cell, a ~20-token round and a symbolic check,
 *   so Python and the critic take ~45 % as long as generation — several times more than on a
 *   real GPU (30 tokens/s, ~150-token rounds). `_two_in_flight` and `_serial` are the same run with
 *   two samples in flight and with one.
 * - `collect.import_*`: a 50 MB JSONL and a 50 MB CSV problem set through the streaming importer in
 *   64 KiB chunks; `_cpu_ms` is this process's CPU time (what one free core takes), `_chunk_ms_max`
 *   the longest chunk, i.e. the longest the page could freeze between two paints.
 * - `collect.store_*`: queries of the Data view with 100k samples in fake-indexeddb (Node).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBatch, type RunSpec } from '../../src/core/collect';
import { DEFAULT_CAPS } from '../../src/core/lce/events';
import type { Problem } from '../../src/core/problem/types';
import { SimulatedCells, SimulatedEngine, SimulatedSympy } from '../support/collect-doubles';
import { generateSet, IMPORT_MB, measureImport } from '../support/collect-import';
import { measureStore } from '../support/collect-store';

export const name = 'collect';

/** The figures with a goal (see BENCHMARKS.md); `lce bench` prints whether each is met. */
export const goals = { 'collect.engine_busy_fraction': { min: 0.95 } };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOKENS_PER_S = 200;
const CELL_MS = 150;
const SYMPY_MS = 50;

/** Problems whose reference is a square the model writes expanded, so the critic asks sympy. */
function squares(n: number): Problem[] {
  return Array.from({ length: n }, (_, i) => ({ id: `sq#${i}`, question: `Expand (x+${i + 1})^2.`, reference: `(x+${i + 1})^2` }));
}

async function busyFraction(inFlight?: number): Promise<{ fraction: number; samples: number; checks: number }> {
  const problems = squares(16);
  const engine = new SimulatedEngine(TOKENS_PER_S, (prompt) => {
    const i = Number(/Expand \(x\+(\d+)\)/.exec(prompt)?.[1]);
    return `x^2 + ${2 * i}x + ${i * i}`;
  });
  const sympy = new SimulatedSympy(SYMPY_MS);
  const spec: RunSpec = { id: `busy-${inFlight ?? 'default'}`, setId: 'squares', methods: ['lce'], k: 2, sampling: { temperature: 0.7, topP: 0.95, seed: 1 }, caps: DEFAULT_CAPS, model: { engine: 'openai', id: engine.info.model } };
  let stored = 0;
  const sink = { stored: async () => [], put: async () => (stored++, 'written' as const) };
  const start = performance.now();
  for await (const e of runBatch(spec, problems, { engine, runner: new SimulatedCells(CELL_MS), sink, critic: { symbolic: sympy }, software: {} }, { concurrency: 1, ...(inFlight ? { inFlight } : {}) })) {
    if (e.type === 'end' && e.outcome.kind !== 'finished') throw new Error(`the bench run ended ${e.outcome.kind}`);
  }
  const wall = performance.now() - start;
  if (engine.maxActive !== 1) throw new Error(`the single-sequence engine ran ${engine.maxActive} generations at once`);
  return { fraction: engine.busyMs / wall, samples: stored, checks: sympy.checks };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export async function measure(): Promise<Record<string, number>> {
  const pipelined = await busyFraction();
  const two = await busyFraction(2);
  const serial = await busyFraction(1);
  if (pipelined.checks !== pipelined.samples) throw new Error('the critic did not run its symbolic check on every sample');

  const jsonl = generateSet(root, 'jsonl');
  const fromJsonl = await measureImport(jsonl);
  const csv = generateSet(root, 'csv');
  const fromCsv = await measureImport(csv);

  return {
    'collect.engine_busy_fraction': r3(pipelined.fraction),
    'collect.engine_busy_fraction_two_in_flight': r3(two.fraction),
    'collect.engine_busy_fraction_serial': r3(serial.fraction),
    'collect.busy_samples': pipelined.samples,
    'collect.import_jsonl_mb_per_s': Math.round((jsonl.length / 1e6 / (fromJsonl.ms / 1000)) * 10) / 10,
    'collect.import_jsonl_50mb_ms': Math.round(fromJsonl.ms),
    'collect.import_jsonl_50mb_cpu_ms': Math.round(fromJsonl.cpuMs),
    'collect.import_jsonl_problems': fromJsonl.problems,
    'collect.import_jsonl_chunk_ms_max': Math.round(fromJsonl.chunkMsMax * 10) / 10,
    'collect.import_jsonl_chunk_ms_p99': Math.round(fromJsonl.chunkMsP99 * 10) / 10,
    'collect.import_csv_mb_per_s': Math.round((csv.length / 1e6 / (fromCsv.ms / 1000)) * 10) / 10,
    'collect.import_csv_50mb_ms': Math.round(fromCsv.ms),
    'collect.import_csv_50mb_cpu_ms': Math.round(fromCsv.cpuMs),
    'collect.import_csv_chunk_ms_max': Math.round(fromCsv.chunkMsMax * 10) / 10,
    'collect.import_mb': IMPORT_MB,
    ...(await measureStore()),
  };
}
