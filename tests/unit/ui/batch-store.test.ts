/**
 * The Batch view's state in Node: real IndexedDB semantics (fake-indexeddb), the real batch runner,
 * the real Node Pyodide runner, and a scripted model (test double of the LLM). Importing through
 * the streaming importer, running, pausing and resuming, a run found interrupted, a second tab
 * that finds the run held, and results per model version.
 */
import { describe, expect, test } from 'vitest';
import type { EngineSettings } from '../../../src/engine/registry';
import { createBatchStore, type BatchDeps } from '../../../src/ui/state/batch/batch-store';
import { pasteSource } from '../../../src/ui/state/batch/import-source';
import { countRunSamples, createRun, getRun, putSample, setRunStatus, type LceStore } from '../../../src/store';
import { useTestRunner } from '../sandbox/shared-runner';
import { freshStore, secondTab } from '../store/support';
import { sumsModel } from '../collect/support';
import { quotaAfterWrites } from '../store/quota-double';

const runner = useTestRunner();
const settings: EngineSettings = { kind: 'openai', baseUrl: 'http://127.0.0.1:9/v1', model: 'sums-model' };
const SUMS = Array.from({ length: 3 }, (_, i) => JSON.stringify({ id: `q${i}`, question: `What is ${i + 2} + ${i + 3}?`, answer: String(2 * i + 5) })).join('\n');

/** The store's ports over `db`; the model and the lease are the test's. */
function deps(db: LceStore, engine = sumsModel(), extra: Partial<BatchDeps> = {}): BatchDeps {
  return {
    openStore: async () => db,
    engine: async () => engine,
    runner: () => runner,
    critic: () => ({}),
    software: { app: 'test' },
    problemsBase: 'http://127.0.0.1:9/problems/',
    // No manifest here: the shipped sets are tested in tests/unit/problem/bundled-sets.test.ts.
    fetch: (async () => new Response('{}', { status: 404 })) as typeof fetch,
    breathe: async () => undefined,
    // Node has no Web Locks: the IndexedDB lease, as a browser without them would use.
    lease: { locks: null },
    ...extra,
  };
}

async function withSet(db: LceStore, extra: Partial<BatchDeps> = {}, engine = sumsModel()) {
  const batch = createBatchStore(deps(db, engine, extra));
  await batch.init();
  await batch.importer.read(pasteSource(`${SUMS}\n{"q": 1}\n${JSON.stringify({ question: 'What is 2 + 3?', answer: '5' })}`));
  await batch.saveImport('sums');
  batch.form.value = { ...batch.form.value, methods: ['cot', 'lce'], k: 2 };
  return batch;
}

describe('the batch store', () => {
  describe('should import a pasted set, list its bad and merged lines, and save it', () => {
    test('for three sums, a line without a question and a duplicate', async () => {
      const db = await freshStore();
      const batch = createBatchStore(deps(db));
      await batch.init();
      await batch.importer.read(pasteSource(`${SUMS}\n{"q": 1}\n${JSON.stringify({ question: 'What is 2 + 3?', answer: '5' })}`));
      const state = batch.importer.state.value;
      expect(state.kind).toBe('read');
      if (state.kind !== 'read') return;
      expect(state.result.counts).toMatchObject({ kept: 3, bad: 1, merged: 1 });
      expect(state.result.issues.map((i) => [i.kind, i.line])).toEqual([['bad-record', 4], ['merged', 5]]);
      await batch.saveImport('sums');
      expect(batch.sets.value.map((s) => [s.name, s.count, s.origin.kind])).toEqual([['sums', 3, 'paste']]);
      expect(batch.form.value.setId).toBe(batch.sets.value[0]!.id);
    });
  });

  describe('should run a batch to its end and store every sample once', () => {
    test('for 3 problems × CoT and LCE × k = 2, with results per method', async () => {
      const db = await freshStore();
      const batch = await withSet(db);
      await batch.start(settings);
      const run = batch.runs.value[0]!;
      expect(run.status).toBe('finished');
      expect(await countRunSamples(db, run.id)).toBe(12);
      expect(batch.shown.value?.progress).toMatchObject({ done: 12, total: 12 });
      await batch.refreshResults();
      expect(batch.results.value!.rows.map((r) => [r.method, r.samples, r.accuracy])).toEqual([['cot', 6, 1], ['lce', 6, 1]]);
    });
  });

  describe('should resume a paused run and make only what is missing', () => {
    test('for a pause after the second sample', async () => {
      const db = await freshStore();
      const engine = sumsModel();
      const batch = await withSet(db, {}, engine);
      let done = 0;
      const starting = batch.start(settings);
      // Pause once two samples are stored.
      const unsubscribe = db.feed.subscribe((c) => {
        if (c.type === 'sample' && ++done === 2) batch.pause();
      });
      await starting;
      unsubscribe();
      const run = batch.runs.value[0]!;
      expect((await getRun(db, run.id))!.status).toBe('paused');
      const stored = await countRunSamples(db, run.id);
      expect(stored).toBeGreaterThanOrEqual(2);
      expect(stored).toBeLessThan(12);
      await batch.resume(run.id);
      expect((await getRun(db, run.id))!.status).toBe('finished');
      expect(await countRunSamples(db, run.id)).toBe(12);
    });
  });

  describe('should resume by itself a run a reload or a crash interrupted', () => {
    test('for a run left "running" with two samples stored', async () => {
      const db = await freshStore();
      const first = await withSet(db);
      // Start, stop after two samples, then make it look like the tab died mid-run.
      let done = 0;
      const unsubscribe = db.feed.subscribe((c) => {
        if (c.type === 'sample' && ++done === 2) first.pause();
      });
      await first.start(settings);
      unsubscribe();
      const runId = first.runs.value[0]!.id;
      await setRunStatus(db, runId, 'running');
      const before = await countRunSamples(db, runId);

      const reloaded = createBatchStore(deps(await secondTab(db), sumsModel(), {}));
      await reloaded.init();
      expect((await getRun(db, runId))!.status).toBe('finished');
      expect(await countRunSamples(db, runId)).toBe(12);
      expect(before).toBeLessThan(12);
    });
  });

  describe('should not run a batch another tab holds, and say so', () => {
    test('for a second tab opening while the lease is held', async () => {
      const db = await freshStore();
      const first = await withSet(db);
      const set = first.sets.value[0]!;
      // A run another tab is driving: status running and its lease taken.
      const spec = { id: 'held-run', setId: set.id, methods: ['cot' as const], k: 1, sampling: { temperature: 0, topP: 1, seed: 1 }, caps: first.form.value.caps, model: { engine: 'openai', id: 'sums-model' } };
      const run = await createRun(db, spec, { setName: set.name, total: 3 });
      await setRunStatus(db, run.id, 'running');
      const { acquireRunLease } = await import('../../../src/store');
      const lease = await acquireRunLease(db, run.id, { locks: null, every: () => () => undefined });
      expect(lease.kind).toBe('acquired');
      const engine = sumsModel();
      const second = createBatchStore(deps(await secondTab(db), engine));
      const { putSetting } = await import('../../../src/store');
      await putSetting(db, `batch.run-engine.${run.id}`, { settings, concurrency: 1 });
      await second.init();
      expect(second.notice.value).toMatch(/^Another tab is running this batch/);
      expect(second.shown.value).toMatchObject({ runId: 'held-run', mode: 'watching' });
      expect(engine.requests).toHaveLength(0);
      expect(await countRunSamples(db, run.id)).toBe(0);
      if (lease.kind === 'acquired') await lease.lease.release();
    });
  });

  describe('should compare model versions by tag and label', () => {
    test('for the same server model before and after a training round', async () => {
      const db = await freshStore();
      const batch = await withSet(db);
      batch.form.value = { ...batch.form.value, methods: ['cot'], k: 1, tag: { ...batch.form.value.tag, label: 'D0' } };
      await batch.start(settings);
      // "D1": the same model name on the server, now answering one too many on every problem.
      const wrong = sumsModel({ wrongWhen: () => true });
      const later = createBatchStore(deps(db, wrong));
      await later.init();
      later.form.value = { ...later.form.value, setId: batch.form.value.setId, methods: ['cot'], k: 1, tag: { ...later.form.value.tag, label: 'D1 after one DPO round' } };
      await later.start(settings);
      await later.refreshResults();
      const { versions, rows } = later.results.value!;
      expect(versions.map((v) => v.label)).toEqual(['D0', 'D1 after one DPO round']);
      expect(rows.map((r) => [versions.find((v) => v.key === r.model)!.label, r.accuracy])).toEqual([['D0', 1], ['D1 after one DPO round', 0]]);
    });
  });

  describe('should stop on a full disk with the store sentence and lose nothing', () => {
    test('for the disk filling after two samples', async () => {
      const db = await freshStore();
      const batch = await withSet(db);
      let done = 0;
      let quota: ReturnType<typeof quotaAfterWrites> | null = null;
      const unsubscribe = db.feed.subscribe((c) => {
        if (c.type === 'sample' && ++done === 2) quota = quotaAfterWrites(0);
      });
      try {
        await batch.start(settings);
      } finally {
        (quota as ReturnType<typeof quotaAfterWrites> | null)?.disarm();
        unsubscribe();
      }
      expect(batch.notice.value).toMatch(/^Browser storage for this site is full \(512 MB used of 600 MB allowed\)\. Everything stored before is kept/);
      expect(await countRunSamples(db, batch.runs.value[0]!.id)).toBe(2);
    });
  });

  describe('should record why a run could not start', () => {
    test('for an engine that cannot load', async () => {
      const db = await freshStore();
      const batch = await withSet(db, { engine: async () => { throw new Error('The server at http://127.0.0.1:9/v1 refused the connection.'); } });
      await batch.start(settings);
      const run = (await getRun(db, batch.runs.value[0]!.id))!;
      expect(run.status).toBe('failed');
      expect(run.error?.message).toMatch(/refused the connection/);
      expect(batch.notice.value).toMatch(/refused the connection/);
    });
  });
});

// putSample is imported so a reader sees what "stored" means here: the store's own add-only write.
void putSample;
