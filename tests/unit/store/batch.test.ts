import { afterEach, describe, expect, test } from 'vitest';
import { runBatch, type BatchEvent, type BatchOutcome, type RunSpec } from '../../../src/core/collect';
import { importProblems } from '../../../src/core/problem';
import {
  acquireRunLease, countRunSamples, createRun, createStoreSink, getProblems, getRun, runRows, saveProblemSet, setRunStatus, watchRun,
  type LceStore, type RunView,
} from '../../../src/store';
import { useTestRunner } from '../sandbox/shared-runner';
import { sumsModel } from '../collect/support';
import { quotaAfterWrites } from './quota-double';
import { freshStore, secondTab } from './support';

const runner = useTestRunner();
let disarm: (() => void) | null = null;
afterEach(() => disarm?.());

const SUMS = Array.from({ length: 4 }, (_, i) => JSON.stringify({ id: i, question: `What is ${i + 2} + ${i + 3}?`, answer: String(2 * i + 5) })).join('\n');

/** A set of 4 sums and a run of lce + cot × k = 2 over it: 16 samples. */
async function setUp(store: LceStore): Promise<RunSpec> {
  const set = await saveProblemSet(store, { name: 'Sums', source: 'sums', origin: { kind: 'paste' }, result: importProblems(SUMS, 'sums') });
  const spec: RunSpec = {
    id: 'run-1', setId: set.id, methods: ['lce', 'cot'], k: 2, sampling: { temperature: 0.8, topP: 0.95, seed: 11 },
    caps: { maxRounds: 3, maxTokensPerRound: 256, cellTimeoutMs: 5000, maxOutputChars: 400 }, model: { engine: 'openai', id: 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC' },
  };
  await createRun(store, spec, { setName: set.name, total: 16 });
  return spec;
}

/** What a tab does to run a batch: read the run and its problems from the store, run, record how it ended. */
async function runInTab(store: LceStore, runId: string, stopAfter = Infinity): Promise<{ outcome: BatchOutcome | null; events: BatchEvent[] }> {
  const run = (await getRun(store, runId))!;
  const problems = await getProblems(store, run.spec.setId);
  await setRunStatus(store, runId, 'running');
  const events: BatchEvent[] = [];
  let done = 0;
  for await (const e of runBatch(run.spec, problems, { engine: sumsModel(), runner, sink: createStoreSink(store, run), software: { app: 'test' } })) {
    events.push(e);
    // A reload: the tab stops listening mid-run and never says goodbye.
    if (e.type === 'sample-done' && ++done === stopAfter) return { outcome: null, events };
    if (e.type === 'end') {
      // On a full disk even this write may fail; the outcome is what the test looks at.
      await setRunStatus(store, runId, e.outcome.kind === 'failed' ? 'failed' : e.outcome.kind, ...(e.outcome.kind === 'failed' ? [e.outcome.error] : [])).catch(() => undefined);
      return { outcome: e.outcome, events };
    }
  }
  return { outcome: null, events };
}

function waitFor(views: RunView[], done: number): Promise<void> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (views.at(-1)?.progress.done === done) {
        clearInterval(check);
        resolve();
      }
    }, 10);
  });
}

describe('a batch run over the store', () => {
  describe('should resume after a reload and store every sample exactly once', () => {
    test('for a tab that reloads after 5 samples while a second tab watches', async () => {
      const first = await freshStore();
      await setUp(first);
      const watcher = await secondTab(first);
      const views: RunView[] = [];
      const stop = watchRun(watcher, 'run-1', (v) => views.push(v));

      const before = await runInTab(first, 'run-1', 5);
      expect(before.outcome).toBeNull();
      first.close();
      const storedBefore = (await runRows(watcher, 'run-1')).map((r) => r.id);
      expect(storedBefore.length).toBeGreaterThanOrEqual(5);

      const reloaded = await secondTab(watcher);
      const after = await runInTab(reloaded, 'run-1');
      expect(after.outcome).toMatchObject({ kind: 'finished', progress: { done: 16, total: 16 } });
      expect(after.events[0]).toMatchObject({ type: 'start', stored: storedBefore.length, todo: 16 - storedBefore.length });
      const rows = await runRows(reloaded, 'run-1');
      expect(rows).toHaveLength(16);
      expect(new Set(rows.map((r) => r.id)).size).toBe(16);
      expect((await getRun(reloaded, 'run-1'))?.status).toBe('finished');

      await waitFor(views, 16);
      stop();
      const last = views.at(-1)!;
      expect(last.progress).toMatchObject({ done: 16, total: 16 });
      expect(last.progress.perMethod.lce?.done).toBe(8);
      expect(last.progress.perMethod.cot?.done).toBe(8);
    });
  });

  describe('should not run the same batch twice from two tabs', () => {
    test('for a second tab that asks for the lease while the first runs', async () => {
      const first = await freshStore();
      await setUp(first);
      const second = await secondTab(first);
      const lease = await acquireRunLease(first, 'run-1', { locks: null, holder: 'tab-1' });
      expect(lease.kind).toBe('acquired');
      expect(await acquireRunLease(second, 'run-1', { locks: null, holder: 'tab-2' })).toEqual({ kind: 'held', by: 'tab-1' });
      await runInTab(first, 'run-1');
      if (lease.kind === 'acquired') await lease.lease.release();
      expect(await countRunSamples(second, 'run-1')).toBe(16);
    });

    test('for two runners that ignore the lease: the store still refuses every second write', async () => {
      const first = await freshStore();
      await setUp(first);
      const second = await secondTab(first);
      const [a, b] = await Promise.all([runInTab(first, 'run-1'), runInTab(second, 'run-1')]);
      const written = [...a.events, ...b.events].filter((e) => e.type === 'sample-done' && e.stored === 'written').length;
      expect(written).toBe(16);
      expect(await countRunSamples(first, 'run-1')).toBe(16);
    });
  });

  describe('should stop on a full disk without losing a sample, and finish once there is room', () => {
    test('for the quota running out at the 7th sample', async () => {
      const store = await freshStore();
      await setUp(store);
      // Each sample is two writes (sample and row); the run status update before it is one more.
      const quota = quotaAfterWrites(1 + 2 * 6);
      disarm = quota.disarm;
      const full = await runInTab(store, 'run-1');
      expect(full.outcome).toMatchObject({ kind: 'failed', error: { name: 'StorageFullError' }, progress: { done: 6 } });
      expect(full.outcome?.kind === 'failed' && full.outcome.error.message).toMatch(/^Browser storage for this site is full \(512 MB used of 600 MB allowed\)\. Everything stored before is kept; the last write was not saved\. Export what you need, then delete runs you no longer need in the Data view — the largest are run-1 on Sums \(6 samples\)/);
      quota.disarm();
      const rows = await runRows(store, 'run-1');
      expect(rows).toHaveLength(6);
      const again = await runInTab(store, 'run-1');
      expect(again.outcome).toMatchObject({ kind: 'finished', progress: { done: 16 } });
      expect(await countRunSamples(store, 'run-1')).toBe(16);
    });
  });
});
