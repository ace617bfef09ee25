/**
 * The Data tab and the browser export with 100,000 samples in Chromium's real IndexedDB. Builds the
 * app, serves it with `vite preview`, writes a samples file (copies of the 26 real fixture samples,
 * ~2.2 kB each, over 4 runs and 2 models) and imports it through the page's file input, then, in a
 * freshly loaded page:
 * - `data.import_samples_per_s`: the import (data worker: stream, check, upgrade, batches of 500);
 * - `data.first_page_ms`: Data tab clicked → first rows and the 100,000 count shown;
 * - `data.filtered_page_ms` / `data.compound_filter_ms`: a verdict filter; then run + method;
 * - `data.next_page_ms_mean` / `_max`: scrolled to the end of the list → the next 100 rows shown (20 pages);
 * - `data.open_sample_ms`: a row clicked → its transcript rendered;
 * - `data.longest_task_ms` / `data.longest_task_cpu_ms`: the longest main-thread task over all of the
 *   above (wall clock from the Long Tasks API; the main thread's own CPU time from a trace);
 * - `data.export_100k_ms`, `data.export_zip_mb`, `data.export_rows`: a TRL SFT export of all of them
 *   (near-duplicate removal off: the copies repeat 26 transcripts), from the click to the download; `data.export_memory_mb_max`: the page's memory (main thread and
 *   workers, `performance.measureUserAgentSpecificMemory`) sampled during that export.
 * `LCE_BENCH_DATA_SAMPLES` sets another count (e.g. 5000 for a quick look).
 */
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../tests/e2e/support/browser';
import { copies, fixtureSamples, importFiles, openDataTab } from '../../tests/e2e/support/sample-files';
import { longestCpuTask, newObservedPage, type Trace } from './ui';

export const name = 'data';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = 4;

/** Writes `n` samples over `RUNS` runs, a chunk at a time (the file is ~220 MB for 100k). */
async function writeSamples(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  const perRun = Math.ceil(n / RUNS);
  for (let r = 0; r < RUNS; r++) {
    for (let start = 0; start < perRun && r * perRun + start < n; start += 1000) {
      const count = Math.min(1000, perRun - start, n - r * perRun - start);
      const text = copies(count, `bench-run-${r}`, start).map((s) => JSON.stringify(s)).join('\n') + '\n';
      if (!out.write(text)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

/** How many copies `copies()` makes with a wrong verdict, and with run r's lce method. */
function expectedCounts(n: number): { wrong: number; runLce: number } {
  const base = fixtureSamples();
  const perRun = Math.ceil(n / RUNS);
  let wrong = 0;
  let runLce = 0;
  for (let r = 0; r < RUNS; r++) {
    for (let i = 0; i < perRun && r * perRun + i < n; i++) {
      const s = base[i % base.length]!;
      if (s.verdict?.equal === false) wrong++;
      if (r === 1 && s.method === 'lce') runLce++;
    }
  }
  return { wrong, runLce };
}

const countText = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'sample' : 'samples'}`;

/** Milliseconds from `act` until `done` holds in the page (checked every animation frame). */
async function timed(page: Page, act: () => Promise<void>, done: string, arg?: unknown): Promise<number> {
  const t0 = await page.evaluate(() => performance.now());
  await act();
  await page.waitForFunction(done, arg, { timeout: 120_000, polling: 'raf' });
  return (await page.evaluate(() => performance.now())) - t0;
}

const shows = (text: string) => `document.querySelector('[data-testid="sample-count"]')?.textContent === ${JSON.stringify(text)} && document.querySelector('[role="listbox"] [role="option"]') !== null`;

export async function measure(): Promise<Record<string, number>> {
  const n = Number(process.env.LCE_BENCH_DATA_SAMPLES ?? 100_000);
  const outDir = mkdtempSync(join(tmpdir(), 'lce-bench-data-'));
  try {
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
    const file = join(outDir, 'bench-samples.jsonl');
    await writeSamples(file, n);
    const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
    const browser = await launchChromium();
    try {
      const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
      if (!base) throw new Error('vite preview did not report a URL');
      const page = await newObservedPage(browser);
      await page.goto(`${base}/`);
      await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
      await openDataTab(page);
      const t0 = performance.now();
      const summary = await importFiles(page, [file], 60 * 60_000);
      const importMs = performance.now() - t0;
      if (!summary.startsWith(`Imported: ${n.toLocaleString('en-US')} added`)) throw new Error(`the import said: ${summary}`);

      // A fresh page over the full database: nothing read yet.
      await page.reload();
      await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
      const startedAt = await page.evaluate(() => {
        // The trace helper counts tasks after this mark (its name comes from the UI bench).
        performance.mark('lce-stream-start');
        return performance.now();
      });
      const firstPage = await timed(page, () => page.getByRole('tab', { name: 'Data' }).click(), shows(countText(n)));
      const { wrong, runLce } = expectedCounts(n);
      const filters = page.getByRole('group', { name: 'Filters' });
      const filtered = await timed(page, async () => void (await filters.getByLabel('Verdict').selectOption('wrong')), shows(countText(wrong)));
      await filters.getByLabel('Verdict').selectOption('');
      await page.waitForFunction(shows(countText(n)), undefined, { timeout: 120_000 });
      const compound = await timed(page, async () => {
        await filters.getByLabel('Run').selectOption('bench-run-1');
        await filters.getByLabel('Method').selectOption('lce');
      }, shows(countText(runLce)));
      await filters.getByLabel('Run').selectOption('');
      await filters.getByLabel('Method').selectOption('');
      await page.waitForFunction(shows(countText(n)), undefined, { timeout: 120_000 });

      const pages: number[] = [];
      const list = page.getByTestId('sample-list');
      for (let p = 1; p <= 20; p++) {
        pages.push(await timed(page, () => list.evaluate((el) => void (el.scrollTop = el.scrollHeight)), `Math.max(...[...document.querySelectorAll('[role="listbox"] [role="option"]')].map((e) => Number(e.getAttribute('aria-posinset')))) > ${p * 100}`));
      }
      const open = await timed(page, () => list.getByRole('option').last().click(), `document.querySelector('[aria-label="Stored sample"] .tx-text') !== null`);
      const cpu = longestCpuTask(JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace);
      const tasks = (await page.evaluate(() => (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks)).filter((t) => t.start >= startedAt);

      // The export of everything, as a user would start it.
      await page.getByRole('button', { name: 'Export training data…' }).click();
      // The copies repeat 26 transcripts: with near-duplicate removal on, nearly all would be dropped and pass 2 would have nothing to write.
      await page.getByLabel('Remove near-duplicates').uncheck();
      const memory: number[] = [];
      let exporting = true;
      const sampler = (async () => {
        while (exporting) {
          const bytes = await page.evaluate(async () => {
            const m = (performance as unknown as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> }).measureUserAgentSpecificMemory;
            return m ? (await m.call(performance)).bytes : -1;
          }).catch(() => -1);
          if (bytes > 0) memory.push(bytes);
          await new Promise((r) => setTimeout(r, 1000));
        }
      })();
      const e0 = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60 * 60_000 }), page.getByRole('button', { name: 'Export (.zip)' }).click()]);
      const zipPath = await download.path();
      const exportMs = performance.now() - e0;
      exporting = false;
      await sampler;
      const { size } = await import('node:fs').then((fs) => fs.statSync(zipPath));
      const result = (await page.getByTestId('export-result').locator('p').first().textContent()) ?? '';
      const rows = Number(/sft\.jsonl \(([\d,]+) rows\)/.exec(result)?.[1]?.replace(/,/g, '') ?? NaN);
      const r1 = (x: number) => Math.round(x * 10) / 10;
      return {
        'data.samples': n,
        'data.import_samples_per_s': Math.round(n / (importMs / 1000)),
        'data.first_page_ms': Math.round(firstPage),
        'data.filtered_page_ms': Math.round(filtered),
        'data.compound_filter_ms': Math.round(compound),
        'data.next_page_ms_mean': r1(pages.reduce((a, b) => a + b, 0) / pages.length),
        'data.next_page_ms_max': Math.round(Math.max(...pages)),
        'data.open_sample_ms': Math.round(open),
        'data.longest_task_ms': Math.round(tasks.reduce((m, t) => Math.max(m, t.duration), 0)),
        'data.longest_task_cpu_ms': Math.round(cpu),
        'data.export_100k_ms': Math.round(exportMs),
        'data.export_rows': rows,
        'data.export_zip_mb': r1(size / 2 ** 20),
        'data.export_memory_mb_max': memory.length ? Math.round(Math.max(...memory) / 2 ** 20) : -1,
        'data.export_memory_samples': memory.length,
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
