import '../store/support';
import { describe, expect, test, vi } from 'vitest';
import { createDataViewStore, PAGE_ROWS } from '../../../src/ui/state/data-view-store';
import { DEFAULT_FORM, requestOf } from '../../../src/ui/state/export-store';
import type { DataJobs } from '../../../src/data-io/data-jobs';
import { createRun, putSample, putSamples } from '../../../src/store';
import { freshStore, sample, spec } from '../store/support';

/** Jobs that must not be called by these tests (the worker is the e2e tests' business). */
const noJobs = new Proxy({}, { get: (_, name) => () => Promise.reject(new Error(`unexpected job ${String(name)}`)) }) as DataJobs;

/** Runs scheduled re-reads by hand. */
function manualLater() {
  const due: Array<() => void> = [];
  return { later: (_ms: number, fn: () => void) => (due.push(fn), () => undefined), flush: () => due.splice(0).forEach((f) => f()) };
}

/** Waits (up to 10 s, for a loaded machine) until `check` passes. */
const until = (check: () => void) => vi.waitFor(check, { timeout: 10_000, interval: 10 });

describe('createDataViewStore', () => {
  describe('should read the rows a page at a time under the filter', () => {
    test('for 250 samples in two runs: first page, next pages, a filter', async () => {
      const store = await freshStore();
      await putSamples(store, [...Array.from({ length: 150 }, (_, i) => sample(i)), ...Array.from({ length: 100 }, (_, i) => sample(i, { runId: 'run-b', correct: false }))]);
      const view = createDataViewStore({ store, jobs: noJobs });
      await until(() => expect([view.rows.value.length, view.total.value, view.next.value !== null, view.menus.value.runs.length]).toEqual([PAGE_ROWS, 250, true, 2]));
      await view.loadMore();
      await view.loadMore();
      expect([view.rows.value.length, view.next.value]).toEqual([250, null]);
      expect(new Set(view.rows.value.map((r) => r.id)).size).toBe(250);
      view.setFilter({ runId: 'run-b', verdict: 'wrong' });
      await until(() => expect([view.rows.value.length, view.total.value]).toEqual([100, 100]));
      expect(view.menus.value.runs.map((r) => r.label).sort()).toEqual(['run-a (imported)', 'run-b (imported)']);
      view.dispose();
    });
  });

  describe('should follow writes from elsewhere without losing the user’s place', () => {
    test('for a sample written while on the first page, then while scrolled further', async () => {
      const store = await freshStore();
      const { later, flush } = manualLater();
      await putSamples(store, Array.from({ length: 150 }, (_, i) => sample(i)));
      const view = createDataViewStore({ store, jobs: noJobs, later });
      await until(() => expect(view.total.value).toBe(150));
      await putSample(store, sample(900));
      flush();
      await until(() => expect([view.rows.value[0]!.id, view.total.value]).toEqual([sample(900).id, 151]));
      await view.loadMore();
      await putSample(store, sample(901));
      flush();
      await until(() => expect([view.rows.value.length, view.newer.value, view.total.value]).toEqual([151, true, 152]));
      view.dispose();
    });
  });

  describe('should delete a run only once confirmed, saying what went', () => {
    test('for a run of 3 samples beside another run', async () => {
      const store = await freshStore();
      const run = await createRun(store, spec(), { setName: 'sums', total: 3 });
      for (const i of [1, 2, 3]) await putSample(store, sample(i), run);
      await putSample(store, sample(4, { runId: 'run-b' }));
      const view = createDataViewStore({ store, jobs: noJobs });
      await until(() => expect([view.menus.value.runs.length, view.total.value]).toEqual([2, 4]));
      await view.askDelete('run-a');
      expect(view.confirmDelete.value).toMatchObject({ runId: 'run-a', label: 'run-a — sums', footprint: { samples: 3, measured: 3 } });
      expect(view.confirmDelete.value!.footprint.bytes).toBeGreaterThan(3 * 400);
      expect(view.total.value).toBe(4);
      await view.deleteConfirmed();
      expect(view.message.value).toMatch(/^Deleted run run-a: 3 samples, about \d+ kB freed\.$/);
      await until(() => expect(view.total.value).toBe(1));
      view.dispose();
    });
  });
});

describe('requestOf', () => {
  test('should pass the form to the core as filters and options, and pick a problem set or one run in the store', () => {
    expect(requestOf({ ...DEFAULT_FORM, format: 'dpo', setId: 'set-1', runs: ['run-a'], methods: ['lce'], verdicts: ['correct', 'wrong'], maxRounds: 4, dedupe: false, pairStrategy: 'all', pairCap: 2, evalFraction: 0.1 })).toEqual({
      options: { format: 'dpo', filters: { verdicts: ['correct', 'wrong'], methods: ['lce'], runs: ['run-a'], maxRounds: 4 }, seed: 0, dedupeThreshold: null, evalFraction: 0.1, pairs: { strategy: 'all', cap: 2 }, alpha: 0.5 },
      storeFilter: { setId: 'set-1', runId: 'run-a' },
    });
    expect(requestOf({ ...DEFAULT_FORM, runs: ['a', 'b'] }).storeFilter).toEqual({});
  });
});
