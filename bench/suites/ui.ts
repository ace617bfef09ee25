/**
 * UI rendering cost: builds the app, serves it with `vite preview`, and streams a ~4,000-token LCE
 * transcript (real recorded model output from public/replay) at 100 tokens/s in headless Chromium,
 * recording every long main-thread task, twice:
 *  1. through the real app: OpenAI-compatible engine, ScriptedOpenAiServer (the LLM double) replaying
 *     the recording in ≤ 16 rounds, real Pyodide running each cell (`ui.*`);
 *  2. into the Transcript alone on the render-check page, no engine or Python (`ui.check_*`).
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
import type { Browser, Page } from 'playwright-core';
import type { Block } from '../../src/core/transcript';
import { startScriptedOpenAiServer } from '../../tests/support/scripted-openai-server';
import { launchChromium } from '../../tests/e2e/support/browser';

export const name = 'ui';

/** The figures with a goal (see BENCHMARKS.md); `lce bench` prints whether each is met. */
export const goals = { 'ui.longest_task_ms': { max: 50 } };

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TOKENS = 4000;
const TOKENS_PER_SECOND = 100;
/** A typical BPE token of English + LaTeX + Python is about four characters. */
const CHARS_PER_TOKEN = 4;

/** Recorded LCE solutions (MathCoder first: the most LaTeX), concatenated until ~4,000 tokens of model text. */
function benchTranscript(chars = TOKENS * CHARS_PER_TOKEN): Block[] {
  const dir = join(root, 'public', 'replay');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'index.json')
    .sort((a, b) => Number(b.startsWith('mathcoder-math')) - Number(a.startsWith('mathcoder-math')) || a.localeCompare(b));
  const blocks: Block[] = [];
  let total = 0;
  for (let round = 0; total < chars; round++) {
    for (const f of files) {
      const rec = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { question: string; blocks: Block[] };
      for (const b of [{ type: 'text' as const, content: `**Next problem.** ${rec.question}` }, ...rec.blocks]) {
        if (total >= chars) break;
        blocks.push(b);
        if (b.type === 'text' || b.type === 'code') total += b.content.length;
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
export interface Trace {
  traceEvents: TraceEvent[];
}

/** Slices that start a main-thread task in a trace (`RunTask` when the devtools category is on: it encloses the rest). */
const TASK_STARTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
/** Blink's microtask checkpoint after a task: a sibling slice, not a child, in the `toplevel` category. */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';

/**
 * Longest main-thread task by the thread's own CPU time (trace `tdur`) between the user-timing
 * marks `from` and `to` (default: from `lce-stream-start` to the end of the trace).
 * Wall-clock long tasks also count time the OS gave to other processes; on a shared 2-core machine
 * this figure says how much of a long task was the page's own work.
 * A task is its `ThreadControllerImpl::RunTask` slice plus the microtask checkpoint Blink runs right
 * after it, where promise continuations run (an awaited import step, a Preact render): counting the
 * first alone missed them. A slice's CPU time is capped at its wall time: a few Chromium trace
 * events on this VM report a `tdur` above their `dur` (58 ms of CPU in a 42 µs task), which one
 * thread cannot do.
 */
export function longestCpuTask(trace: Trace, from = 'lce-stream-start', to?: string): number {
  const events = trace.traceEvents;
  const mark = events.find((e) => e.name === from);
  if (!mark) return Number.NaN;
  const end = to === undefined ? Infinity : events.find((e) => e.name === to && e.pid === mark.pid)?.ts;
  if (end === undefined) return Number.NaN;
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark.pid);
  const tid = main?.tid ?? mark.tid;
  const slices = events
    .filter((e) => e.ph === 'X' && (TASK_STARTS.has(e.name) || e.name === CHECKPOINT) && e.pid === mark.pid && e.tid === tid && e.ts >= mark.ts && e.ts <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let longest = 0;
  let task = 0;
  let busyUntil = -Infinity;
  for (const e of slices) {
    // Inside the slice before (a checkpoint run within a task, a nested run loop): already counted.
    if (e.ts < busyUntil) continue;
    const cpu = Math.min(e.tdur ?? 0, e.dur ?? 0);
    task = TASK_STARTS.has(e.name) ? cpu : task + cpu;
    busyUntil = e.ts + (e.dur ?? 0);
    longest = Math.max(longest, task);
  }
  return longest / 1000;
}

interface LongTask {
  start: number;
  duration: number;
}

/**
 * The recordings as LCE rounds a model would write — text, one code block, the stop string — with
 * ~4,000 tokens in at most 16 rounds (the app's round cap). Text between the chosen cells is kept.
 */
function appRounds(blocks: Block[]): string[] {
  const target = TOKENS * CHARS_PER_TOKEN;
  const perRound = target / 16;
  const rounds: string[] = [];
  let text: string[] = [];
  let emitted = 0;
  let inRound = 0;
  for (const b of blocks) {
    if (emitted + inRound >= target) break;
    if (b.type === 'text') {
      text.push(b.content);
      inRound += b.content.length;
    }
    // Cells that import sympy would make the bench measure package loading; keep plain Python.
    if (b.type === 'code' && inRound >= perRound && !/sympy/.test(b.content) && rounds.length < 15) {
      rounds.push(`${text.join('\n\n')}\n\`\`\`python\n${b.content}\n\`\`\`\n\`\`\`output\n`);
      emitted += inRound + b.content.length;
      text = [];
      inRound = 0;
    }
  }
  rounds.push(`${text.join('\n\n')}\n\nSo the answer is $\\boxed{4}$.`);
  return rounds;
}

interface StreamFigures {
  longest: number;
  blocking: number;
  count: number;
  cpu: number;
}

/** Runs `start`, waits for `done`, and reports the long tasks (wall and CPU) in between. */
async function observe(browser: Browser, page: Page, start: () => Promise<void>, done: () => Promise<void>): Promise<StreamFigures> {
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
  const startedAt = await page.evaluate(() => {
    performance.mark('lce-stream-start');
    return performance.now();
  });
  await start();
  await done();
  const cpu = longestCpuTask(JSON.parse((await browser.stopTracing()).toString('utf8')) as Trace);
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
  const during = tasks.filter((t) => t.start >= startedAt);
  return {
    longest: Math.round(during.reduce((m, t) => Math.max(m, t.duration), 0)),
    blocking: Math.round(during.reduce((s, t) => s + Math.max(0, t.duration - 50), 0)),
    count: during.length,
    cpu: Math.round(cpu),
  };
}

/** A page that records every long main-thread task in `window.__longTasks`. */
export async function newObservedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  return page;
}

const STREAM_TIMEOUT = (TOKENS / TOKENS_PER_SECOND) * 1000 * 4;

/** The real app solving against the scripted server; returns the figures and the tokens streamed. */
async function measureApp(browser: Browser, base: string, blocks: Block[]): Promise<StreamFigures & { tokens: number }> {
  const rounds = appRounds(blocks);
  const tokenize = (t: string) => t.match(/[\s\S]{1,4}/g) ?? [];
  const server = await startScriptedOpenAiServer({
    tokenize,
    tokenDelayMs: 1000 / TOKENS_PER_SECOND,
    // One solve per server: the n-th completion request is the n-th round.
    script: ({ index }) => rounds[Math.min(index, rounds.length - 1)] ?? '',
  });
  try {
    const page = await newObservedPage(browser);
    const q = new URLSearchParams({ engine: 'openai', baseUrl: server.baseUrl, model: 'scripted-math-model' });
    await page.goto(`${base}/?${q}`);
    await page.getByRole('heading', { name: 'LCE Playground' }).waitFor();
    await page.getByText('Limits').click();
    for (const [label, value] of [['Rounds', '16'], ['Tokens per round', '8192']]) {
      await page.getByLabel(label!, { exact: true }).fill(value!);
      await page.getByLabel(label!, { exact: true }).blur();
    }
    await page.getByLabel('Problem', { exact: true }).fill('Replay of recorded solutions (UI bench).');
    await page.getByRole('radio', { name: 'LCE' }).check();
    const figures = await observe(
      browser,
      page,
      () => page.getByRole('button', { name: 'Solve' }).click(),
      () =>
        page.waitForFunction(() => /done|stopped|failed/.test(document.querySelector('.solution-pane dd[data-phase]')?.getAttribute('data-phase') ?? ''), undefined, {
          timeout: STREAM_TIMEOUT,
          polling: 500,
        }).then(() => undefined),
    );
    const tokens = server.requests.reduce((n, r) => n + tokenize(r.sent).length, 0);
    await page.close();
    return { ...figures, tokens };
  } finally {
    await server.close();
  }
}

/** The Transcript alone on the render-check page, fed by its in-page stream driver. */
async function measureCheckPage(browser: Browser, base: string, blocks: Block[]): Promise<StreamFigures> {
  const page = await newObservedPage(browser);
  await page.goto(`${base}/render-check.html`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
  const figures = await observe(
    browser,
    page,
    () => page.evaluate(({ blocks, tps, cpt }) => window.postMessage({ kind: 'stream', blocks, tokensPerSecond: tps, charsPerToken: cpt }, '*'), { blocks, tps: TOKENS_PER_SECOND, cpt: CHARS_PER_TOKEN }),
    () => page.waitForFunction(() => document.body.dataset.stream === 'done', undefined, { timeout: STREAM_TIMEOUT, polling: 500 }).then(() => undefined),
  );
  await page.close();
  return figures;
}

/** Builds, serves and measures; see the file comment for the metrics. */
export async function measure(): Promise<Record<string, number>> {
  const outDir = mkdtempSync(join(tmpdir(), 'lce-bench-ui-'));
  try {
    await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: false } });
    const mainFiles = firstPaintFiles(outDir, 'index.html');
    const renderChunk = readdirSync(join(outDir, 'assets')).filter((f) => /^renderer-.*\.(js|css)$/.test(f)).map((f) => `assets/${f}`);
    const server = await preview({ root, logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
    const browser = await launchChromium();
    try {
      const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
      if (!base) throw new Error('vite preview did not report a URL');
      const blocks = benchTranscript();
      const app = await measureApp(browser, base, benchTranscript(3 * TOKENS * CHARS_PER_TOKEN));
      const check = await measureCheckPage(browser, base, blocks);
      return {
        'ui.longest_task_ms': app.longest,
        'ui.longest_task_cpu_ms': app.cpu,
        'ui.total_blocking_ms': app.blocking,
        'ui.long_tasks': app.count,
        'ui.stream_tokens': app.tokens,
        'ui.check_longest_task_ms': check.longest,
        'ui.check_longest_task_cpu_ms': check.cpu,
        'ui.check_total_blocking_ms': check.blocking,
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
