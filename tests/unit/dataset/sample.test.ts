import { describe, expect, test } from 'vitest';
import { createSample, SAMPLE_SCHEMA_VERSION } from '../../../src/core/dataset/sample';
import { DEFAULT_CAPS, type SolveResult } from '../../../src/core/lce/events';

const result: SolveResult = {
  method: 'lce',
  engine: { kind: 'openai', model: 'qwen2.5-math-7b', family: 'qwen25-math', isRecording: false },
  blocks: [
    { type: 'text', content: 'Compute it.' },
    { type: 'code', content: 'print(6*7)' },
    { type: 'output', content: '42' },
    { type: 'code', content: 'while True: pass' },
    { type: 'error', content: 'TimeoutError: the cell ran longer than 10 s and was stopped', error: { type: 'TimeoutError' } },
    { type: 'text', content: 'So $\\boxed{42}$.' },
  ],
  answer: '42',
  rounds: 2,
  stopReason: 'answered',
  stopDetail: 'The model finished its answer.',
  usage: { promptTokens: 120, completionTokens: 30, perRound: [{ round: 1, promptTokens: 60, completionTokens: 20 }, { round: 2, promptTokens: 60, completionTokens: 10 }] },
  strategy: { chosen: 'code', cue: "Let's write a program", switched: false },
  ms: 812,
};

describe('createSample', () => {
  describe('should keep everything an export needs', () => {
    test('for a finished LCE solve with a verdict', () => {
      const sample = createSample({ id: 'p1', question: 'What is 6*7?', reference: '42' }, result, {
        id: 's1',
        createdAt: new Date('2026-11-29T12:00:00Z'),
        sampling: { temperature: 0.7, seed: 3 },
        caps: DEFAULT_CAPS,
        verdict: { equal: true, method: 'exact', reason: '42 equals 42.' },
        software: { app: '0.1.0', pyodide: '314.0.7' },
      });
      expect(sample).toMatchObject({
        schema: SAMPLE_SCHEMA_VERSION,
        id: 's1',
        createdAt: '2026-11-29T12:00:00.000Z',
        problem: { id: 'p1', reference: '42' },
        method: 'lce',
        engine: { kind: 'openai', model: 'qwen2.5-math-7b' },
        sampling: { temperature: 0.7, seed: 3 },
        answer: '42',
        verdict: { equal: true },
        strategy: { chosen: 'code' },
        software: { pyodide: '314.0.7' },
      });
      expect(sample.blocks).toEqual(result.blocks);
      expect(sample).not.toHaveProperty('parentId');
      expect(JSON.parse(JSON.stringify(sample))).toEqual(sample);
    });
  });

  describe('should not share mutable state with the solve result', () => {
    test('for blocks edited after the sample was made', () => {
      const blocks = result.blocks.map((b) => ({ ...b, ...(b.error ? { error: { ...b.error } } : {}) }));
      const sample = createSample({ id: 'p', question: 'q' }, { ...result, blocks }, { id: 's', createdAt: new Date(0), caps: DEFAULT_CAPS, software: {}, parentId: 's0' });
      blocks[1]!.content = 'print(0)';
      blocks[4]!.error!.type = 'ValueError';
      expect(sample.blocks[1]!.content).toBe('print(6*7)');
      expect(sample.blocks[4]!.error).toEqual({ type: 'TimeoutError' });
      expect(sample.parentId).toBe('s0');
      expect(sample.verdict).toBeNull();
    });
  });
});
