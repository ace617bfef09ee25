import { describe, expect, test } from 'vitest';
import { arraySource, EXPORT_FORMATS, exportLines, exportRows, planExport } from '../../../src/core/dataset';
import { sha256Hex } from '../../../src/core/dataset/fingerprint';
import { splitOf } from '../../../src/core/dataset/plan';
import type { Sample } from '../../../src/core/dataset/sample';
import { fixtureSamples } from './support/fixtures';

const samples = fixtureSamples();

describe('planExport', () => {
  describe('should count every sample that passed the filters, also those the format does not read', () => {
    test.each(EXPORT_FORMATS.map((f) => f.id))('for %s', async (format) => {
      const undecided = samples.slice(0, 5).map((s) => ({ ...s, id: `${s.id}-undecided`, verdict: null }));
      const planned = await planExport(arraySource([...samples, ...undecided]), { format });
      expect(planned.report.candidates).toBe(samples.length + undecided.length);
      expect(planned.stats.samples).toBe(samples.length + undecided.length);
    });
  });

  describe('should count a prompt with only undecided samples as yielding no pair', () => {
    test('for a question no sample was judged on', async () => {
      const unjudged = samples.slice(0, 2).map((s, i) => ({ ...s, id: `u${i}`, problem: { ...s.problem, question: 'An unjudged question' }, verdict: null }));
      const without = await planExport(arraySource(samples), { format: 'dpo' });
      const withUnjudged = await planExport(arraySource([...samples, ...unjudged]), { format: 'dpo' });
      expect(withUnjudged.report.unusedGroups).toBe(without.report.unusedGroups + 1);
    });
  });

  describe('should give rows the problem key of their question when they need one', () => {
    test('for an eval split', async () => {
      const source = arraySource(samples);
      const planned = await planExport(source, { format: 'kto', evalFraction: 0.5 });
      for await (const r of exportRows(source, planned)) {
        const sample = samples.find((s) => s.id === r.row.sample_id) as Sample;
        expect(r.split).toBe(splitOf(sha256Hex(sample.problem.question), 0.5));
      }
      expect(planned.report.records.eval).toBeGreaterThan(0);
      expect(planned.report.records.train).toBeGreaterThan(0);
    });
  });
});

describe('splitOf', () => {
  describe('should refuse to split without a problem key', () => {
    test('for a summary made without one', () => {
      expect(() => splitOf('', 0.2)).toThrow(/problem keys/);
    });
  });
});

describe('exportLines', () => {
  describe('should write exactly the rows exportRows gives, one JSON line each', () => {
    test.each(EXPORT_FORMATS.map((f) => f.id))('for %s', async (format) => {
      const source = arraySource(samples);
      const planned = await planExport(source, { format, dedupeThreshold: null });
      let lines = '';
      for await (const chunk of exportLines(source, planned, { split: 'train' })) lines += chunk;
      let expected = '';
      for await (const r of exportRows(source, planned, { split: 'train' })) expected += `${JSON.stringify(r.row)}\n`;
      expect(lines).toBe(expected);
      expect(lines.split('\n')).toHaveLength(planned.report.records.train + 1);
    });
  });
});
