import { describe, expect, test } from 'vitest';
import type { RunSpec } from '../../../src/core/collect';
import { countSamples, createRun, planQuery, putSample, querySamples, storedModels, type LceStore, type SampleFilter, type SampleRow } from '../../../src/store';
import { freshStore, sample, spec } from './support';

/**
 * 240 samples over two runs on two sets and two models, three methods, four verdicts; every
 * fourth pair shares its creation instant, so paging must break ties by id.
 */
async function populate(): Promise<{ store: LceStore; rows: SampleRow[] }> {
  const store = await freshStore();
  const runs: RunSpec[] = [spec({ id: 'run-a', setId: 'set-1' }), spec({ id: 'run-b', setId: 'set-2', model: { engine: 'webllm', id: 'm-2', url: 'https://example.org/d1/' } })];
  const records = await Promise.all(runs.map((r) => createRun(store, r, { setName: r.setId, total: 120 })));
  const methods = ['lce', 'cot', 'code'] as const;
  const verdicts = [true, false, null, true] as const;
  for (let i = 0; i < 240; i++) {
    const run = records[i % 2]!;
    const s = sample(i, { runId: run.id, method: methods[i % 3], correct: verdicts[Math.floor(i / 3) % 4], createdAt: new Date(Date.UTC(2026, 11, 2) + Math.floor(i / 2) * 1000).toISOString() });
    if (i % 7 === 0) s.verdict = null;
    await putSample(store, s, run);
  }
  const all: SampleRow[] = [];
  for (let page = await querySamples(store, {}, { limit: 1000 }); ; ) {
    all.push(...page.rows);
    if (!page.next) break;
    page = await querySamples(store, {}, { limit: 1000, after: page.next });
  }
  return { store, rows: all };
}

/** The rows a filter should give, newest first, ties by id: what the indexes must reproduce. */
function expected(rows: SampleRow[], f: SampleFilter): string[] {
  return rows
    .filter((r) => (Object.keys(f) as (keyof SampleFilter)[]).every((k) => r[k] === f[k]))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => r.id);
}

async function allPages(store: LceStore, filter: SampleFilter, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let page = await querySamples(store, filter, { limit });
  for (;;) {
    expect(page.rows.length).toBeLessThanOrEqual(limit);
    ids.push(...page.rows.map((r) => r.id));
    if (!page.next) return ids;
    page = await querySamples(store, filter, { limit, after: page.next });
  }
}

const FILTERS: SampleFilter[] = [
  {},
  { runId: 'run-a' },
  { runId: 'run-b', method: 'cot' },
  { runId: 'run-a', method: 'lce', verdict: 'correct' },
  { runId: 'run-b', verdict: 'undecided' },
  { setId: 'set-2' },
  { setId: 'set-1', verdict: 'wrong' },
  { model: 'webllm|m-2||https://example.org/d1/' },
  { model: 'openai|qwen2.5-math-7b||', method: 'code', verdict: 'unjudged' },
  { method: 'code' },
  { verdict: 'correct' },
  { method: 'cot', verdict: 'wrong' },
  { runId: 'run-zzz' },
  { runId: 'run-a', setId: 'set-1' },
  { setId: 'set-2', model: 'webllm|m-2||https://example.org/d1/', verdict: 'correct' },
];

describe('querySamples and countSamples', () => {
  test('should agree with filtering every row by hand, page after page, for every filter shape', async () => {
    const { store, rows } = await populate();
    expect(rows).toHaveLength(240);
    for (const filter of FILTERS) {
      const want = expected(rows, filter);
      for (const limit of [7, 50]) expect(await allPages(store, filter, limit), `${JSON.stringify(filter)} by ${limit}`).toEqual(want);
      expect(await countSamples(store, filter), JSON.stringify(filter)).toBe(want.length);
    }
  });

  test('should list the models stored', async () => {
    const { store } = await populate();
    expect(await storedModels(store)).toEqual(['openai|qwen2.5-math-7b||', 'webllm|m-2||https://example.org/d1/']);
  });
});

describe('planQuery', () => {
  describe('should answer from index keys alone when an index covers the filter', () => {
    test.each([
      [{}, 'all', 1],
      [{ runId: 'r' }, 'run', 1],
      [{ runId: 'r', method: 'cot' }, 'runMethodVerdict', 4],
      [{ runId: 'r', verdict: 'wrong' }, 'runMethodVerdict', 4],
      [{ setId: 's', method: 'lce', verdict: 'correct' }, 'setMethodVerdict', 1],
      [{ model: 'm', verdict: 'correct' }, 'modelMethodVerdict', 4],
      [{ method: 'lce', verdict: 'wrong' }, 'methodVerdict', 1],
    ] as const)('for %j: the %s index, %i key ranges', (filter, index, ranges) => {
      const plan = planQuery(filter);
      expect(plan).toMatchObject({ index, residual: [] });
      expect(plan.prefixes).toHaveLength(ranges);
    });
  });

  describe('should check rows only for filters no index covers', () => {
    test('for a run together with a set', () => {
      expect(planQuery({ runId: 'r', setId: 's', verdict: 'wrong' })).toEqual({ index: 'run', prefixes: [['r']], residual: ['setId', 'verdict'] });
    });
  });
});
