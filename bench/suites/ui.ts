/**
 * UI rendering cost: builds the app, serves it with `vite preview`, and streams a ~4,000-token LCE
 * transcript (real recorded model output from public/replay) at 100 tokens/s into the real
 * Transcript on the render-check page in headless Chromium, recording every long main-thread task.
 *
 * - `ui.longest_task_ms`: longest task while streaming (goal ≤ 50 ms); `ui.total_blocking_ms`: Σ(task − 50 ms).
 * - `ui.longest_task_cpu_ms`: the same by the main thread's own CPU time (from a trace), which the
 *   machine's other load does not inflate.
 * - `ui.bundle_gzip_kb`: gzip size of what the main page loads before first paint (entry JS, its
 *   static imports, its CSS); `ui.render_chunk_gzip_kb`: the lazily loaded renderer chunk (JS + CSS).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import type { Block } from '../../src/core/transcript';
import { launchChromium } from '../../tests/e2e/support/browser';

export const name = 'ui';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOKENS = 4000;
const TOKENS_PER_SECOND = 100;
/** A typical BPE token of English + LaTeX + Python is about four characters. */
const CHARS_PER_TOKEN = 4;

/** Recorded LCE solutions (MathCoder first: the most LaTeX), concatenated until ~4,000 tokens of model text. */
function benchTranscript(): Block[] {
  const dir = join(root, 'public', 'replay');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort((a, b) => Number(b.startsWith('mathcoder-math')) - Number(a.startsWith('mathcoder-math')) || a.localeCompare(b));
  const blocks: Block[] = [];
  let chars = 0;
  for (let round = 0; chars < TOKENS * CHARS_PER_TOKEN; round++) {
    for (const f of files) {
      const rec = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { question: string; blocks: Block[] };
      for (const b of [{ type: 'text' as const, content: `**Next problem.** ${rec.question}` }, ...rec.blocks]) {
        if (chars >= TOKENS * CHARS_PER_TOKEN) break;
        blocks.push(b);
        if (b.type === 'text' || b.type === 'code') chars += b.content.length;
      }
    }
    if (round > 20) throw new Error('public/replay holds too little text for the UI bench; rebuild it with scripts/build-replay-demo.ts.');
  }
  return blocks;
}

/** Files the built page loads before first paint, read from its HTML. */
function firstPaintFiles(outDir: string, page: string): string[] {
  const html = readFileSync(join(outDir, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

function gzipKb(outDir: string, files: string[]): number {
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}
interface Trace {
  traceEvents: TraceEvent[];
}

/**
 * Longest main-thread task by the thread's own CPU time (trace `tdur`) after the stream began.
 * Wall-clock long tasks also count time the OS gave to other processes; on a shared 2-core machine
 * this figure says how much of a long task was the page's own work.
 */
function longestCpuTask(trace: Trace): number {
  const events = trace.traceEvents;
  const mark = events.find((e) => e.name === 'lce-stream-start');
  if (!mark) return Number.NaN;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid);
  const tid = main?.tid ?? mark.tid;
  let longest = 0;
  for (const e of events) {
    if ((e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.pid === mark.pid && e.tid === tid && e.ts >= mark.ts && e.tdur) longest = Math.max(longest, e.tdur / 1000);
  }
  return longest;
}

interface LongTask {
  start: number;
  duration: number;
}

/** Builds, serves and measures; see the file comment for the metrics. */
export async function measure(): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'lce-bench-ui-'));
  try {
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
    const mainFiles = firstPaintFiles(outDir, 'index.html');
    const assets = readdirSync(join(outDir, 'assets'));
    const renderChunk = assets.filter((f) => /^renderer-.*\.(js|css)$/.test(f)).map((f) => `assets/${f}`);

    const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
    const browser = await launchChromium();
    try {
      const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
      if (!base) throw new Error('vite preview did not report a URL');
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(() => {
        const tasks: { start: number; duration: number }[] = [];
        (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${base}/render-check.html`);
      await page.waitForFunction(() => document.body.dataset.ready === 'true');
      const blocks = benchTranscript();
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
      const startedAt = await page.evaluate(
        ({ blocks, tps, cpt }) => {
          const t = performance.now();
          performance.mark('lce-stream-start');
          window.postMessage({ kind: 'stream', blocks, tokensPerSecond: tps, charsPerToken: cpt }, '*');
          return t;
        },
        { blocks, tps: TOKENS_PER_SECOND, cpt: CHARS_PER_TOKEN },
      );
      await page.waitForFunction(() => document.body.dataset.stream === 'done', undefined, {
        timeout: (TOKENS / TOKENS_PER_SECOND) * 1000 * 3,
        polling: 500,
      });
      const cpu = longestCpuTask(JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace);
      const { tasks, tokens } = await page.evaluate(() => ({
        tasks: (window as unknown as { __longTasks: LongTask[] }).__longTasks,
        tokens: (window as unknown as { renderCheck: { tokens: number } }).renderCheck.tokens,
      }));
      const during = tasks.filter((t) => t.start >= startedAt);
      const longest = during.reduce((m, t) => Math.max(m, t.duration), 0);
      const blocking = during.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
      return {
        'ui.longest_task_ms': Math.round(longest),
        'ui.total_blocking_ms': Math.round(blocking),
        'ui.long_tasks': during.length,
        'ui.longest_task_cpu_ms': Math.round(cpu),
        'ui.stream_tokens': tokens,
        'ui.bundle_gzip_kb': gzipKb(outDir, mainFiles),
        'ui.render_chunk_gzip_kb': gzipKb(outDir, renderChunk),
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
