/**
 * The sandbox self-test page (diagnostics.html): lets a user check that Python works in their
 * browser and that the isolation claims hold, and gives the e2e tests a page that drives the real
 * worker without depending on the main UI. `window.lceSandbox` is the page's runner.
 */
import type { CellResult } from '../../core/ports/python-runner';
import { createBrowserPythonRunner } from '../browser/python-worker-bridge';
import { checkLiveness, ISOLATION_PROBES, runProbe, type ProbeTargets } from './probes';
import './global';

// `?graceMs=N` lets a test on a loaded machine check the interrupt path without racing the terminate
// fallback; `?standby=0` keeps a second interpreter's start-up from competing with the cells.
const params = new URLSearchParams(location.search);
const grace = Number(params.get('graceMs'));
const runner = createBrowserPythonRunner({ ...(grace > 0 ? { graceMs: grace } : {}), ...(params.get('standby') === '0' ? { standby: false } : {}) });
window.lceSandbox = runner;

/** Where the probes aim on this page: addresses that lead nowhere (the tests use servers and files they own). */
const SELF_TEST_TARGETS: ProbeTargets = {
  url: 'https://example.invalid',
  host: 'example.invalid',
  port: 9,
  udpPort: 9,
  canary: '/etc/hostname',
  dir: '/etc',
  marker: '/tmp/lce-self-test-marker',
  secretName: 'LCE_SELF_TEST_SECRET',
};

function row(name: string, ok: boolean, detail: string): void {
  const tr = document.createElement('tr');
  for (const text of [ok ? 'pass' : 'FAIL', name, detail]) {
    const td = document.createElement('td');
    td.textContent = text;
    tr.append(td);
  }
  tr.dataset.ok = String(ok);
  document.querySelector('#checks tbody')?.append(tr);
}

function describe(r: CellResult): string {
  return r.error ? `${r.error.type}: ${r.error.message}` : (r.value ?? r.stdout);
}

async function selfTest(): Promise<void> {
  row('cross-origin isolated (interrupts need SharedArrayBuffer)', crossOriginIsolated, String(crossOriginIsolated));
  const first = await runner.run('sum(range(10))', { session: 'self-test' });
  row('a cell runs', first.value === '45', describe(first));
  const loop = await runner.run('while True: pass', { session: 'self-test', timeoutMs: 1000 });
  row('a runaway cell is stopped', loop.error?.type === 'TimeoutError', describe(loop));
  const after = await runner.run('1 + 1', { session: 'self-test' });
  row('the next cell works', after.value === '2', describe(after));
  // No counting server, canary or marker here (the tests own those): each probe must give the exact
  // error it gives in the tests, and the runner must answer afterwards.
  const run = (code: string, session: string, timeoutMs: number): Promise<CellResult> => runner.run(code, { session, timeoutMs });
  let answered = true;
  for (const probe of ISOLATION_PROBES) {
    const outcome = await runProbe(run, probe, 'browser', SELF_TEST_TARGETS);
    row(probe.claim, outcome.ok, outcome.detail);
    const alive = await checkLiveness(run, probe);
    if (!alive.ok) row(`the runner answers after ${probe.id}`, false, describe(alive.result));
    answered &&= alive.ok;
  }
  row('the runner answers the next cell after every probe', answered, answered ? 'yes' : 'see above');
}

async function runCell(): Promise<void> {
  const code = (document.querySelector('#code') as HTMLTextAreaElement).value;
  const out = document.querySelector('#result') as HTMLPreElement;
  out.textContent = 'running…';
  const r = await runner.run(code, { session: 'scratch' });
  out.textContent = [r.stdout, r.stderr, r.value ?? '', r.error ? r.error.traceback || `${r.error.type}: ${r.error.message}` : '', `(${r.ms.toFixed(1)} ms)`].filter(Boolean).join('\n');
}

document.querySelector('#self-test')?.addEventListener('click', () => {
  selfTest().then(
    () => document.body.setAttribute('data-self-test', 'done'),
    (err: unknown) => {
      // A sandbox failure (Python did not start…) is a failed check, not a silent stop.
      row('the sandbox itself', false, err instanceof Error ? `${err.name}: ${err.message}` : String(err));
      document.body.setAttribute('data-self-test', 'failed');
    },
  );
});
document.querySelector('#run')?.addEventListener('click', () => void runCell());
