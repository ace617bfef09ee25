import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { benchTable, meets } from '../../../src/cli/commands/bench';

describe('lce bench', () => {
  describe('should print each figure beside its goal and whether it is met', () => {
    test('for goals met, not met and absent', () => {
      const table = benchTable({ 'lce.round_overhead_ms_p50': 0.8, 'sandbox.sympy_import_ms': 665, 'lce.cell_ms_p50': 0.2 }, { 'lce.round_overhead_ms_p50': { max: 5 }, 'sandbox.sympy_import_ms': { max: 600 } });
      expect(table.split('\n')).toEqual([
        'metric                           figure  goal',
        'lce.round_overhead_ms_p50           0.8  ≤ 5        met',
        'sandbox.sympy_import_ms             665  ≤ 600      NOT MET',
        'lce.cell_ms_p50                     0.2  —',
        '',
        '1 of 2 goals met; not met: sandbox.sympy_import_ms.',
        '',
      ]);
    });
  });

  describe('should judge a goal by its bound', () => {
    test.each([
      [0.96, { min: 0.95 }, true],
      [0.94, { min: 0.95 }, false],
      [50, { max: 50 }, true],
      [50.1, { max: 50 }, false],
    ])('for %d against %j', (value, goal, met) => {
      expect(meets(value, goal)).toBe(met);
    });
  });

  test('should find a goal for every figure BENCHMARKS.md marks with ✔ or ✘, in the suites', async () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'bench', 'suites');
    const goals: Record<string, unknown> = {};
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) Object.assign(goals, ((await import(join(dir, f))) as { goals?: object }).goals ?? {});
    for (const metric of ['sandbox.warm_cell_ms_p50', 'sandbox.sympy_import_ms', 'sandbox.recover_ms', 'lce.round_overhead_ms_p50', 'critic.rule_pairs_per_s', 'critic.corpus_accuracy', 'ui.longest_task_ms', 'lce.prefill_tokens_ratio', 'export.samples_per_s', 'collect.engine_busy_fraction', 'batch_view.import_longest_task_ms']) {
      expect(goals, metric).toHaveProperty([metric]);
    }
  });
});
