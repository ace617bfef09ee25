import { describe, expect, test } from 'vitest';
import { arraySource, planExport } from '../../../src/core/dataset';
import type { Sample } from '../../../src/core/dataset/sample';
import { createStatsCollector } from '../../../src/core/dataset/stats';
import { fixtureSamples } from './support/fixtures';

const [base] = fixtureSamples() as [Sample];
const caps = { maxRounds: 4, maxTokensPerRound: 1024, cellTimeoutMs: 10_000, maxOutputChars: 2000 };
const with_ = (over: Record<string, unknown>) => ({ ...base, ...over }) as unknown as Sample;

describe('createStatsCollector', () => {
  describe("should label what the card counts from each sample's own fields", () => {
    test('for samples sharing and differing in model, engine, settings and software', () => {
      const stats = createStatsCollector();
      const samples = [
        with_({ engine: { kind: 'webllm', model: 'm', quantization: 'q4f16_1', isRecording: false }, sampling: { temperature: 0.7 }, caps, software: { app: '0.1.0', critic: 'c1' } }),
        with_({ engine: { kind: 'replay', model: 'm', isRecording: true }, sampling: { temperature: 1, topP: 0.95 }, caps: { ...caps, maxRounds: 2 }, software: { app: '0.1.0', webllm: '0.2.86' } }),
        with_({ engine: { kind: 'webllm', model: 'm', quantization: 'q4f16_1', isRecording: false }, sampling: { temperature: 0.7 }, caps, software: { app: '0.2.0' } }),
        with_({ engine: { kind: 'openai', model: '', quantization: 'q8', isRecording: false }, sampling: {}, caps: undefined, software: undefined, verdict: null }),
      ];
      for (const s of samples) stats.add(s);
      expect(stats.stats()).toMatchObject({
        samples: 4,
        models: { 'm · q4f16_1': 2, m: 1, q8: 1 },
        engines: { webllm: 2, 'replay (recording)': 1, openai: 1 },
        critic: { c1: 1, 'not recorded': 2, 'not judged': 1 },
        temperature: { '0.7': 2, '1': 1, 'engine default': 1 },
        topP: { 'engine default': 3, '0.95': 1 },
        caps: {
          '4 rounds, 1024 tokens/round, 10000 ms/cell, 2000 output chars': 2,
          '2 rounds, 1024 tokens/round, 10000 ms/cell, 2000 output chars': 1,
          'not recorded': 1,
        },
        software: { 'app 0.1.0': 2, 'webllm 0.2.86': 1, 'app 0.2.0': 1 },
      });
    });

    test('for caps differing only in their last value', () => {
      const stats = createStatsCollector();
      for (const maxOutputChars of [2000, 500, 2000]) stats.add(with_({ caps: { ...caps, maxOutputChars } }));
      expect(stats.stats().caps).toEqual({
        '4 rounds, 1024 tokens/round, 10000 ms/cell, 2000 output chars': 2,
        '4 rounds, 1024 tokens/round, 10000 ms/cell, 500 output chars': 1,
      });
    });

    test('for names that are also the names of object properties', () => {
      const stats = createStatsCollector();
      for (const source of ['constructor', '__proto__', 'toString', 'constructor']) stats.add(with_({ problem: { ...base.problem, source } }));
      expect(Object.entries(stats.stats().sources)).toEqual([
        ['constructor', 2],
        ['__proto__', 1],
        ['toString', 1],
      ]);
    });
  });

  describe('should not let a hostile record abort the export', () => {
    test.each([
      ['a temperature String cannot print', { sampling: { temperature: { toString: 1 } } }],
      ['caps String cannot print', { caps: { ...caps, maxRounds: { toString: 1 } } }],
      ['a critic version String cannot print', { software: { critic: { toString: 1 } } }],
      ['a software version String cannot print', { software: { app: { valueOf: 1, toString: 1 } } }],
      ['a quantization String cannot print', { engine: { ...base.engine, quantization: { toString: 1 } } }],
    ])('for %s', async (_name, over) => {
      const planned = await planExport(arraySource([{ ...base, ...over }, base].map((s, i) => ({ ...s, id: `s${i}` }))), { format: 'sft', dedupeThreshold: null });
      expect(planned.stats.samples).toBe(2);
      expect(JSON.stringify(planned.stats)).toContain('(unprintable value)');
    });
  });
});
