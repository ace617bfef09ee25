/**
 * Export benchmarks over 100k samples made from the real fixture samples (tests/fixtures/dataset:
 * ToRA / MathCoder transcripts through solve()), each copy with its own ids and its own question so
 * problems have the usual handful of samples each and copies are not near-duplicates of each other.
 * The samples are made, and the JSONL file written, before any clock starts.
 *
 * - `export.samples_per_s`: the core's two passes (check, summarise, filter, de-duplicate, plan,
 *   load, render, serialise every row) for SFT with default options, over a source that yields
 *   records as objects — what the page's IndexedDB store gives.
 * - `export.cli_samples_per_s`: the same export through the CLI's JSONL source (parsing every line,
 *   reading the planned lines back by byte range) from a file on disk.
 * - `export.cli_command_samples_per_s`: the real `lce export` of that file in a new process, cold
 *   (Node and tsx start-up, files written to disk): what a user waits for.
 * - Memory: `export.retained_mb` is what the first pass keeps (summaries, plan, card statistics)
 *   after a full garbage collection; `export.cli_heap_cap_mb` is the V8 heap limit under which that
 *   command exports the whole file (`export.file_mb`).
 * Each in-process rate is the median of `RUNS` runs (after a warm-up), and has a `_cpu` twin over
 * this process's CPU time: on a shared machine wall time mostly measures the other processes.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonlSource } from '../../src/cli/jsonl-source';
import { arraySource, exportBundle, planExport, type ExportFile, type SampleSource } from '../../src/core/dataset';
import { SAMPLE_SCHEMA_VERSION, type Sample } from '../../src/core/dataset/sample';
import { percentile } from '../support/stats';

export const name = 'export';

/** The figures with a goal (see BENCHMARKS.md); `lce bench` prints whether each is met. */
export const goals = { 'export.samples_per_s': { min: 50_000 }, 'export.samples_per_s_cpu': { min: 50_000 } };

const COUNT = 100_000;
const HEAP_CAP_MB = 128;
/** Timed runs per in-process figure (the median is reported). */
const RUNS = 3;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function fixtures(): Sample[] {
  return readFileSync(new URL('../../tests/fixtures/dataset/samples.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Sample);
}

/** A copy with its own ids and question, in the current schema (what `lce collect` writes; the fixtures are older). */
function copyOf(s: Sample, copy: number): Sample {
  return { ...s, schema: SAMPLE_SCHEMA_VERSION, id: `${s.id}-${copy}`, problem: { ...s.problem, id: `${s.problem.id}-${copy}`, question: `${s.problem.question} (variant ${copy})` } };
}

function* samples(): Generator<Sample> {
  const base = fixtures();
  for (let i = 0; i < COUNT; i++) yield copyOf(base[i % base.length]!, Math.floor(i / base.length));
}

async function drain(files: ExportFile[]): Promise<number> {
  let bytes = 0;
  for (const f of files) {
    if (typeof f.content === 'string') bytes += f.content.length;
    else for await (const chunk of f.content()) bytes += chunk.length;
  }
  return bytes;
}

interface Timing {
  seconds: number;
  cpuSeconds: number;
  rows: number;
}

async function timeExport(source: SampleSource): Promise<Timing> {
  gc();
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  const { planned, files } = await exportBundle(source, { format: 'sft' });
  await drain(files);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, rows: planned.report.records.train };
}

/** `RUNS` timed exports: the median wall and CPU time (each its own median). */
async function medianOf(run: () => Promise<Timing>): Promise<Timing> {
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
  return { seconds: percentile(runs.map((r) => r.seconds), 0.5), cpuSeconds: percentile(runs.map((r) => r.cpuSeconds), 0.5), rows: runs[0]!.rows };
}

export async function measure(): Promise<Record<string, number>> {
  const memory = [...samples()];
  await timeExport(arraySource(memory.slice(0, 5_000))); // warm-up
  const inMemory = await medianOf(() => timeExport(arraySource(memory)));
  gc();
  const before = process.memoryUsage().heapUsed;
  const planned = await planExport(arraySource(memory), { format: 'sft' });
  gc();
  const retainedMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  void planned.records.length;
  memory.length = 0;

  const dir = mkdtempSync(join(tmpdir(), 'lce-export-bench-'));
  try {
    const file = join(dir, 'samples.jsonl');
    const out = createWriteStream(file);
    for (const s of samples()) if (!out.write(`${JSON.stringify(s)}\n`)) await once(out, 'drain');
    out.end();
    await once(out, 'close');
    const cli = await medianOf(async () => {
      const source = jsonlSource([file]);
      try {
        return await timeExport(source);
      } finally {
        await source.close();
      }
    });
    // The real command, cold, its heap capped below the file's size: it must still succeed.
    const cliPath = new URL('../../src/cli/main.ts', import.meta.url).pathname;
    const start = performance.now();
    execFileSync(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, '--import', 'tsx', cliPath, 'export', '--samples', file, '--format', 'sft', '--out', join(dir, 'sft.jsonl')], { stdio: 'ignore' });
    const commandSeconds = (performance.now() - start) / 1000;
    return {
      'export.samples_per_s': Math.round(COUNT / inMemory.seconds),
      'export.samples_per_s_cpu': Math.round(COUNT / inMemory.cpuSeconds),
      'export.rows': inMemory.rows,
      'export.retained_mb': Math.round(retainedMb),
      'export.cli_samples_per_s': Math.round(COUNT / cli.seconds),
      'export.cli_samples_per_s_cpu': Math.round(COUNT / cli.cpuSeconds),
      'export.cli_command_samples_per_s': Math.round(COUNT / commandSeconds),
      'export.file_mb': Math.round(statSync(file).size / 2 ** 20),
      'export.cli_heap_cap_mb': HEAP_CAP_MB,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
