/**
 * Export benchmarks over 100k samples made from the real fixture samples (tests/fixtures/dataset:
 * ToRA / MathCoder transcripts through solve()), each copy with its own ids and its own question so
 * problems have the usual handful of samples each and copies are not near-duplicates of each other.
 *
 * - `export.samples_per_s`: the core's two passes (check, summarise, filter, de-duplicate, plan,
 *   load, render, serialise every row) for SFT with default options, over a source that yields
 *   records as objects — what the page's IndexedDB store gives.
 * - `export.cli_samples_per_s` and `export.cli_heap_peak_mb`: the same export through the CLI's
 *   JSONL source (parsing every line, reading the planned lines back by byte range) from a file
 *   on disk, and the JS heap's peak above its level before the export — what "bounded memory" means.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonlSource } from '../../src/cli/jsonl-source';
import { arraySource, exportBundle, type ExportFile, type SampleSource } from '../../src/core/dataset';
import type { Sample } from '../../src/core/dataset/sample';

export const name = 'export';

const COUNT = 100_000;

function fixtures(): Sample[] {
  return readFileSync(new URL('../../tests/fixtures/dataset/samples.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Sample);
}

function copyOf(s: Sample, copy: number): Sample {
  return { ...s, id: `${s.id}-${copy}`, problem: { ...s.problem, id: `${s.problem.id}-${copy}`, question: `${s.problem.question} (variant ${copy})` } };
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

async function timeExport(source: SampleSource): Promise<{ seconds: number; rows: number; heapPeakMb: number }> {
  globalThis.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const start = performance.now();
  const { planned, files } = await exportBundle(source, { format: 'sft' });
  await drain(files);
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { seconds, rows: planned.report.records.train, heapPeakMb: (peak - base) / 2 ** 20 };
}

export async function measure(): Promise<Record<string, number>> {
  const memory = [...samples()];
  await timeExport(arraySource(memory.slice(0, 5_000))); // warm-up
  const inMemory = await timeExport(arraySource(memory));
  memory.length = 0;

  const dir = mkdtempSync(join(tmpdir(), 'lce-export-bench-'));
  try {
    const file = join(dir, 'samples.jsonl');
    const out = createWriteStream(file);
    for (const s of samples()) if (!out.write(`${JSON.stringify(s)}\n`)) await once(out, 'drain');
    out.end();
    await once(out, 'close');
    const source = jsonlSource([file]);
    const cli = await timeExport(source);
    await source.close();
    return {
      'export.samples_per_s': Math.round(COUNT / inMemory.seconds),
      'export.rows': inMemory.rows,
      'export.cli_samples_per_s': Math.round(COUNT / cli.seconds),
      'export.cli_heap_peak_mb': Math.round(cli.heapPeakMb),
      'export.file_mb': Math.round(readFileSync(file).length / 2 ** 20),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
