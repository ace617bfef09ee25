/**
 * Sandbox benchmarks. Node runner (real Pyodide in a sandbox process): start-up, a warm cell through
 * the process boundary, sympy import, recovery from a runaway cell, timeout overshoot, and a
 * loop-heavy snippet against native CPython (python3 on this machine). Browser (`sandbox.browser_*`):
 * the built self-test page in headless Chromium, timed inside the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { launchChromium } from '../../tests/e2e/support/browser';
import '../../src/sandbox/diagnostics/global';
import { createNodePythonRunner } from '../../src/sandbox/node/node-python-runner';
import { percentile } from '../support/stats';

export const name = 'sandbox';

const LOOP = 's = 0\nfor i in range(3_000_000):\n    s += i * i % 7\n';

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

function nativeLoopMs(): number {
  const script = `import time\nt = time.perf_counter()\n${LOOP}print((time.perf_counter() - t) * 1000)`;
  const runs = [0, 1, 2].map(() => Number(execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim()));
  return Math.min(...runs);
}

/** Cold start, warm cell, sympy import and recovery in Chromium, each timed inside the page. */
async function measureBrowser(): Promise<Record<string, number>> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const outDir = mkdtempSync(join(tmpdir(), 'lce-bench-sandbox-'));
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  const server = await preview({ root, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.resolvedUrls!.local[0]!}diagnostics.html`);
    return await page.evaluate(async () => {
      const r = window.lceSandbox;
      const t0 = performance.now();
      await r.start();
      const cold = performance.now() - t0;
      await r.run('1 + 1');
      await r.standbyReady();
      const warm: number[] = [];
      for (let i = 0; i < 300; i++) {
        const t = performance.now();
        await r.run('1 + 1');
        warm.push(performance.now() - t);
      }
      warm.sort((a, b) => a - b);
      let t = performance.now();
      await r.run('import sympy');
      const sympy = performance.now() - t;
      t = performance.now();
      await r.run('while True:\n    try:\n        while True: pass\n    except BaseException: pass', { timeoutMs: 1000 });
      await r.run('1');
      const recover = performance.now() - t - 1000;
      return {
        'sandbox.browser_cold_start_ms': Math.round(cold),
        'sandbox.browser_warm_cell_ms_p50': Number(warm[150]!.toFixed(3)),
        'sandbox.browser_sympy_import_ms': Math.round(sympy),
        'sandbox.browser_recover_ms': Math.round(recover),
      };
    });
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function measure(): Promise<Record<string, number>> {
  return { ...(await measureNode()), ...(await measureBrowser()) };
}

async function measureNode(): Promise<Record<string, number>> {
  const runner = createNodePythonRunner({ online: false });
  try {
    const [info, coldMs] = await timed(() => runner.start());

    await runner.run('1 + 1');
    // The standby worker starts after the first cell; measure nothing while it loads.
    await runner.standbyReady();
    const warm: number[] = [];
    for (let i = 0; i < 300; i++) warm.push((await timed(() => runner.run('1 + 1')))[1]);

    const [sympy, sympyMs] = await timed(() => runner.run('import sympy'));
    if (sympy.error) throw new Error(`import sympy failed: ${sympy.error.message}`);

    const pyLoops: number[] = [];
    for (let i = 0; i < 3; i++) pyLoops.push((await runner.run(LOOP, { timeoutMs: 60_000 })).ms);
    const nativeMs = nativeLoopMs();

    const limit = 1000;
    const [, loopStopMs] = await timed(() => runner.run('while True: pass', { timeoutMs: limit }));
    const [, sleepStopMs] = await timed(() => runner.run('import time\ntime.sleep(60)', { timeoutMs: limit }));
    const [, interruptNextMs] = await timed(() => runner.run('1'));

    // Worst case: a cell that swallows the interrupt, so the worker is terminated and respawned.
    await runner.standbyReady();
    const [, killMs] = await timed(() => runner.run('while True:\n    try:\n        while True: pass\n    except BaseException: pass', { timeoutMs: limit }));
    const [, nextMs] = await timed(() => runner.run('1'));

    return {
      'sandbox.cold_start_ms': round(coldMs, 0),
      'sandbox.worker_pyodide_load_ms': round(info.startMs, 0),
      'sandbox.warm_cell_ms_p50': round(percentile(warm, 0.5), 3),
      'sandbox.warm_cell_ms_p95': round(percentile(warm, 0.95), 3),
      'sandbox.sympy_import_ms': round(sympyMs, 0),
      'sandbox.sympy_import_cell_ms': round(sympy.ms, 0),
      'sandbox.loop_3m_pyodide_ms': round(Math.min(...pyLoops), 0),
      'sandbox.loop_3m_cpython_ms': round(nativeMs, 0),
      'sandbox.loop_vs_cpython_ratio': round(Math.min(...pyLoops) / nativeMs, 2),
      'sandbox.timeout_overshoot_loop_ms': round(loopStopMs - limit, 0),
      'sandbox.timeout_overshoot_sleep_ms': round(sleepStopMs - limit, 0),
      'sandbox.interrupt_recover_ms': round(loopStopMs - limit + interruptNextMs, 0),
      'sandbox.timeout_overshoot_kill_ms': round(killMs - limit, 0),
      'sandbox.recover_ms': round(killMs - limit + nextMs, 0),
    };
  } finally {
    await runner.dispose();
  }
}
