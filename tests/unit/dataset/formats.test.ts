import { describe, expect, test } from 'vitest';
import { arraySource, exportRows, planExport, type ExportOptions } from '../../../src/core/dataset';
import { REFLECTIVE_HINT } from '../../../src/core/dataset/formats/autocode';
import { toolCallMessages } from '../../../src/core/dataset/formats/openai';
import { instructionFor, renderBlocks } from '../../../src/core/prompt';
import { fixtureSamples } from './support/fixtures';

const samples = fixtureSamples();
const byId = new Map(samples.map((s) => [s.id, s]));

async function rowsOf(options: ExportOptions, values: readonly unknown[] = samples): Promise<Record<string, any>[]> {
  const source = arraySource(values);
  const planned = await planExport(source, options);
  const out: Record<string, any>[] = [];
  for await (const r of exportRows(source, planned)) out.push(r.row);
  return out;
}

describe('the LLaMA-Factory formats', () => {
  describe('should follow sharegpt\'s ordering rule', () => {
    test('for SFT: human or observation at odd positions, gpt at even ones, a gpt turn last', async () => {
      const rows = await rowsOf({ format: 'llamafactory' });
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const from = (row.conversations as { from: string }[]).map((t) => t.from);
        from.forEach((f, i) => expect(i % 2 === 0 ? ['human', 'observation'] : ['gpt', 'function_call']).toContain(f));
        expect(from.length % 2).toBe(0);
        expect(row.system).toBe(instructionFor(byId.get(row.sample_id)!.method));
      }
      // The code method ends on its program's output: that observation is dropped, the gpt turn before it stays.
      const code = rows.find((r) => r.sample_id === 'fx-tora-gsm8k-61-code')!;
      expect(code.conversations.map((t: { from: string }) => t.from)).toEqual(['human', 'gpt']);
    });

    test('for preference rows: one human turn, single chosen and rejected gpt objects', async () => {
      const rows = await rowsOf({ format: 'llamafactory-preference' });
      expect(rows).toHaveLength(6);
      for (const row of rows) {
        expect(row.conversations.map((t: { from: string }) => t.from)).toEqual(['human']);
        expect(row.chosen).toEqual({ from: 'gpt', value: renderBlocks(byId.get(row.chosen_id)!.blocks) });
        expect(row.rejected.from).toBe('gpt');
      }
    });

    test('for KTO rows: a boolean kto_tag from the critic', async () => {
      const rows = await rowsOf({ format: 'llamafactory-kto' });
      for (const row of rows) expect(row.kto_tag).toBe(byId.get(row.sample_id)!.verdict?.equal === true);
    });
  });
});

describe('the OpenAI formats', () => {
  describe('should make each executed cell a python tool call answered by a tool message', () => {
    test('for a transcript with an error, a retry and a final answer', () => {
      const messages = toolCallMessages([
        { type: 'text', content: 'Try.' },
        { type: 'code', content: 'print(1/0)' },
        { type: 'error', content: 'ZeroDivisionError: division by zero' },
        { type: 'code', content: 'print(2)' },
        { type: 'output', content: '2' },
        { type: 'text', content: '\\boxed{2}' },
      ]);
      expect(messages).toEqual([
        { role: 'assistant', content: 'Try.\n', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'python', arguments: '{"code":"print(1/0)"}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'ZeroDivisionError: division by zero' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_2', type: 'function', function: { name: 'python', arguments: '{"code":"print(2)"}' } }] },
        { role: 'tool', tool_call_id: 'call_2', content: '2' },
        { role: 'assistant', content: '\\boxed{2}\n' },
      ]);
    });

    test('for an output with no cell before it (kept inline, nothing lost)', () => {
      expect(toolCallMessages([{ type: 'output', content: '7' }, { type: 'text', content: 'So 7.' }])).toEqual([{ role: 'assistant', content: '```output\n7\n```\nSo 7.\n' }]);
    });
  });

  describe('should write preference rows with one-message outputs', () => {
    test('for the fixture pairs', async () => {
      const rows = await rowsOf({ format: 'openai-preference' });
      expect(rows).toHaveLength(6);
      for (const row of rows) {
        expect(Object.keys(row).sort()).toEqual(['input', 'non_preferred_output', 'preferred_output']);
        expect(row.preferred_output).toHaveLength(1);
        expect(row.preferred_output[0].content).toContain('```output\n');
      }
    });
  });
});

describe('the KTO format', () => {
  describe('should label each judged sample with the critic\'s verdict', () => {
    test('for the fixture samples (all judged)', async () => {
      const rows = await rowsOf({ format: 'kto' });
      expect(rows).toHaveLength(samples.length);
      for (const row of rows) expect(row.label).toBe(byId.get(row.sample_id)!.verdict?.equal === true);
    });
  });
});

describe('the AutoCode format', () => {
  describe('should write one E-step record per problem', () => {
    test('for the fixture problems', async () => {
      const rows = await rowsOf({ format: 'autocode', alpha: 0.5 });
      expect(rows).toHaveLength(new Set(samples.map((s) => s.problem.question)).size);
      // Problem 61: code rollouts 2 of 3 (ToRA lce and code right, MathCoder wrong), cot 1 of 1.
      const p61 = rows.find((r) => r.problem_id === 'gsm8k#61')!;
      expect(p61.estimates).toEqual({ code: { q: 2 / 3, successes: 2, rollouts: 3 }, cot: { q: 1, successes: 1, rollouts: 1 } });
      expect(p61.prompt[0].content).toMatch(/either write a program or reason step by step/);
      expect(p61.alpha).toBe(0.5);
      expect(p61.reference_strategy.cot + p61.reference_strategy.code).toBeCloseTo(1, 12);
    });

    test('for a self-reflective response: the failed method, the hint, then the successful method with its cue', async () => {
      // Problem 61 with a tiny α decides for cot (Q = 1), and has a failed code rollout (MathCoder's).
      const rows = await rowsOf({ format: 'autocode', alpha: 1e-3 });
      const p61 = rows.find((r) => r.problem_id === 'gsm8k#61')!;
      expect(p61.decision).toBe('cot');
      const reflective = p61.responses.find((r: { kind: string }) => r.kind === 'self-reflective');
      expect(reflective.parts.map((p: { sample_id: string }) => p.sample_id)).toEqual(['fx-mathcoder-gsm8k-62-lce', 'fx-tora-gsm8k-61-cot']);
      const text = reflective.completion.map((m: { content: string }) => m.content).join('|');
      expect(text.startsWith("Let's write a program.\n")).toBe(true);
      expect(text).toContain(`${REFLECTIVE_HINT.cot}\nLet's reason step by step.\n`);
      expect(reflective.reward).toBe(1);
      expect(reflective.behaviour_logprob).toBeNull();
      const exploratory = p61.responses.find((r: { kind: string }) => r.kind === 'self-exploratory');
      expect(exploratory).toMatchObject({ methodology: 'cot', reward: 1, behaviour_logprob: null, sample_ids: ['fx-tora-gsm8k-61-cot'] });
    });

    test('for an auto rollout that switched methods (counted for neither estimate)', async () => {
      const switched = samples.map((s) => (s.id === 'fx-tora-gsm8k-36-auto' ? { ...s, strategy: { chosen: 'code' as const, cue: null, switched: true } } : s));
      const before = (await rowsOf({ format: 'autocode' })).find((r) => r.problem_id === 'gsm8k#36')!;
      const after = (await rowsOf({ format: 'autocode' }, switched)).find((r) => r.problem_id === 'gsm8k#36')!;
      expect(before.estimates.code.rollouts).toBe(3);
      expect(after.estimates.code.rollouts).toBe(2);
      expect(after.prior.choices).toEqual({ cot: 0, code: 1 });
    });

    test('for a behaviour log-probability recorded by the engine', async () => {
      const withLogprob = samples.map((s) => ({ ...s, logprob: -12.5 }));
      const rows = await rowsOf({ format: 'autocode', alpha: 1e-3 }, withLogprob);
      const exploratory = rows.find((r) => r.problem_id === 'gsm8k#61')!.responses.find((r: { kind: string }) => r.kind === 'self-exploratory');
      expect(exploratory.behaviour_logprob).toBe(-12.5);
    });
  });
});
