import { describe, expect, test } from 'vitest';
import { arraySource, exportRows, planExport, type ExportOptions, type ExportRow } from '../../../src/core/dataset';
import type { Sample } from '../../../src/core/dataset/sample';
import { fixtureSamples } from './support/fixtures';

const samples = fixtureSamples();
const byId = new Map(samples.map((s) => [s.id, s]));

async function rows(values: readonly unknown[], options: ExportOptions): Promise<ExportRow[]> {
  const source = arraySource(values);
  const planned = await planExport(source, options);
  const out: ExportRow[] = [];
  for await (const r of exportRows(source, planned)) out.push(r);
  return out;
}

const rowIds = (rs: ExportRow[]) => rs.map((r) => r.trace.sample_ids.join('>')).sort();

describe('planExport and exportRows', () => {
  describe('should export SFT rows from critic-accepted samples only', () => {
    test('for the fixture samples', async () => {
      const out = await rows(samples, { format: 'sft' });
      const correct = samples.filter((s) => s.verdict?.equal === true);
      expect(rowIds(out)).toEqual(correct.map((s) => s.id).sort());
      for (const { row } of out) {
        const s = byId.get(row.sample_id as string)!;
        expect(row.prompt_id).toMatch(/^[0-9a-f]{64}$/);
        const roles = (row.messages as { role: string }[]).map((m) => m.role);
        expect(roles.slice(0, 2)).toEqual(['system', 'user']);
        expect(roles.filter((r) => r === 'tool')).toHaveLength(s.blocks.filter((b) => b.type === 'output' || b.type === 'error').length);
      }
    });
  });

  describe('should pair a verified-correct and a verified-wrong answer to the same prompt', () => {
    test('for one pair per prompt', async () => {
      const out = await rows(samples, { format: 'dpo' });
      // Six GSM8K questions where ToRA was right and MathCoder wrong; the other prompts lack one side.
      expect(out).toHaveLength(6);
      for (const { row } of out) {
        const chosen = byId.get(row.chosen_id as string)!;
        const rejected = byId.get(row.rejected_id as string)!;
        expect([chosen.verdict?.equal, rejected.verdict?.equal]).toEqual([true, false]);
        expect(chosen.problem.question).toBe(rejected.problem.question);
        expect(chosen.method).toBe(rejected.method);
        expect((row.prompt as { role: string }[]).map((m) => m.role)).toEqual(['system', 'user']);
        expect((row.chosen as { role: string }[]).map((m) => m.role)).toEqual(['assistant', 'tool', 'assistant']);
      }
    });
  });

  describe('should give the same export for a merge of several browsers', () => {
    test('for the samples twice over, shuffled (duplicates dropped by id)', async () => {
      const merged = [...samples, ...[...samples].reverse()];
      const source = arraySource(merged);
      const planned = await planExport(source, { format: 'dpo' });
      expect(planned.report.duplicateIds).toBe(samples.length);
      expect(rowIds(await rows(merged, { format: 'dpo' }))).toEqual(rowIds(await rows(samples, { format: 'dpo' })));
    });
  });

  describe('should leave out bad records with a reason and export the rest', () => {
    test('for hostile and malformed records', async () => {
      const good = samples[0]!;
      const bad: unknown[] = [
        null,
        'a string',
        { ...good, id: 'x1', schema: 99 },
        { ...good, id: 'x2', blocks: [{ type: 'script', content: 'alert(1)' }] },
        { ...good, id: 'x3', verdict: { equal: 'yes' } },
        { ...good, id: 'x4', problem: { id: 'p', question: 42 } },
        { ...good, id: 'x5', method: 'magic' },
        { ...good, id: 'x6', logprob: Infinity },
      ];
      const planned = await planExport(arraySource([...bad, ...samples]), { format: 'sft' });
      expect(planned.report.invalid).toBe(bad.length);
      expect(planned.report.problems[2]).toBe('record 3: written by a newer version (schema 99); update the playground');
      expect(planned.report.problems[3]).toMatch(/^record 4: block 0 is not/);
      expect(planned.report.records.train).toBe(samples.filter((s) => s.verdict?.equal).length);
    });
  });

  describe('should refuse to render one template over several prompt families', () => {
    const llama = samples.map((s) => ({ ...s, id: `${s.id}-llama`, engine: { ...s.engine, family: 'llama3' } }));

    test('for a TRL format (the error names the families)', async () => {
      await expect(planExport(arraySource([...samples, ...llama]), { format: 'sft' })).rejects.toThrow(/2 prompt families \(qwen2\.5-math, llama3\).*--family/);
    });

    test('for the same samples filtered to one family', async () => {
      const out = await rows([...samples, ...llama], { format: 'sft', filters: { family: 'llama3' } });
      expect(out.every((r) => (r.row.sample_id as string).endsWith('-llama'))).toBe(true);
    });

    test('for LLaMA-Factory, which uses the model\'s own template', async () => {
      expect((await rows([...samples, ...llama], { format: 'llamafactory' })).length).toBe(2 * samples.filter((s) => s.verdict?.equal).length);
    });
  });

  describe('should apply the filters', () => {
    const count = async (filters: ExportOptions['filters']) => (await rows(samples, { format: 'kto', filters })).length;

    test.each([
      ['methods', { methods: ['cot'] as const }, samples.filter((s) => s.method === 'cot').length],
      ['model', { models: ['MathCoder-L-7B'] }, samples.filter((s) => s.engine.model === 'MathCoder-L-7B').length],
      ['verdict', { verdicts: ['wrong'] as const }, samples.filter((s) => s.verdict?.equal === false).length],
      ['rounds', { minRounds: 3 }, 3],
      ['code-error rate', { maxCodeErrorRate: 0 }, samples.length - 1],
      ['length', { maxChars: 200 }, samples.filter((s) => s.blocks.filter((b) => b.type === 'text' || b.type === 'code').reduce((n, b) => n + b.content.length, 0) <= 200).length],
      ['run (none recorded)', { runs: ['run-1'] }, 0],
    ])('for %s', async (_name, filters, expected) => {
      expect(await count(filters as ExportOptions['filters'])).toBe(expected);
    });

    test('for runs, on samples that carry one', async () => {
      const tagged = samples.map((s, i) => ({ ...s, runId: i < 10 ? 'run-a' : 'run-b' }) as Sample);
      expect((await rows(tagged, { format: 'kto', filters: { runs: ['run-a'] } })).length).toBe(10);
    });

    test('for samples cut short by a cap (left out unless asked for)', async () => {
      const cut = samples.map((s) => ({ ...s, stopReason: 'max-tokens' }) as Sample);
      expect((await rows(cut, { format: 'kto' })).length).toBe(0);
      expect((await rows(cut, { format: 'kto', filters: { includeUnfinished: true } })).length).toBe(samples.length);
    });
  });

  describe('should hold problems out for evaluation, never splitting one problem', () => {
    test('for half the problems in the eval split', async () => {
      const out = await rows(samples, { format: 'kto', evalFraction: 0.5 });
      const splitOf = new Map<string, Set<string>>();
      for (const r of out) {
        const q = byId.get(r.row.sample_id as string)!.problem.question;
        splitOf.set(q, (splitOf.get(q) ?? new Set()).add(r.split));
      }
      expect([...splitOf.values()].every((s) => s.size === 1)).toBe(true);
      expect(new Set(out.map((r) => r.split))).toEqual(new Set(['train', 'eval']));
    });
  });

  describe('should reject options that cannot work', () => {
    test.each([
      [{ format: 'csv' }, /unknown format "csv"/],
      [{ format: 'sft', evalFraction: 1 }, /eval fraction/],
      [{ format: 'autocode', alpha: 0 }, /α must be positive/],
      [{ format: 'dpo', pairs: { cap: 0 } }, /pair cap/],
      [{ format: 'sft', dedupeThreshold: 0 }, /near-duplicate threshold/],
    ] as const)('for %o', async (options, error) => {
      await expect(planExport(arraySource(samples), options as ExportOptions)).rejects.toThrow(error);
    });
  });

  describe('should stop when a sample changes between the two passes', () => {
    test('for a source whose second read returns another record', async () => {
      const source = arraySource(samples);
      const planned = await planExport(source, { format: 'sft' });
      const swapped = { ...source, load: async (refs: readonly unknown[]) => refs.map(() => samples[1]) };
      await expect(async () => {
        for await (const _ of exportRows(swapped, planned)) void _;
      }).rejects.toThrow(/changed or disappeared/);
    });
  });
});
