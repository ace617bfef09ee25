import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importProblems, importProblemStream, textChunks, type ImportProgress } from '../../../src/core/problem';

const sharedData = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'data');

describe('importProblemStream', () => {
  describe('should read every public set in ../shared/data whole', () => {
    const sets = [
      ['gsm8k', 1319, 'gsm8k', 0],
      ['svamp', 1000, 'svamp', 0],
      ['minerva_math', 272, 'math', 0],
      ['aime24', 30, 'qa', 0],
      ['amc23', 40, 'qa', 0],
      // Two Gaokao records have an empty answer: kept, without a reference.
      ['gaokao2023en', 385, 'qa', 2],
    ] as const;
    for (const [name, count, shape, unreferenced] of sets) {
      test.skipIf(!existsSync(sharedData))(`for ${name}: ${count} problems, shape ${shape}`, async () => {
        const text = readFileSync(join(sharedData, `${name}.test.jsonl`), 'utf8');
        const progress: ImportProgress[] = [];
        const r = await importProblemStream(textChunks(text, 1 << 14), { source: name, totalChars: text.length, onProgress: (p) => progress.push(p) });
        expect(r).toMatchObject({ format: 'jsonl', shape, counts: { records: count, kept: count, bad: 0, merged: 0, renamed: 0 }, issues: [] });
        expect(r.problems.filter((p) => p.reference === undefined)).toHaveLength(unreferenced);
        expect(new Set(r.problems.map((p) => p.id)).size).toBe(count);
        expect(progress.at(-1)).toMatchObject({ charsRead: text.length, totalChars: text.length });
        expect(progress.map((p) => p.charsRead)).toEqual([...progress.map((p) => p.charsRead)].sort((a, b) => a - b));
        expect(r).toEqual(importProblems(text, name));
      });
    }
  });

  describe('should use the user field mapping for other shapes', () => {
    test('for a CSV whose question is split over two columns and whose answer is a worked solution', async () => {
      const csv = 'key,context,ask,worked\nk1,Ann has 3 apples.,How many after buying 2?,"She has 3 + 2 = 5. #### 5"\nk2,Bo has 1 pear.,How many after buying 4?,no final answer here\n';
      const r = importProblems(csv, 'own');
      expect(r.problems).toEqual([]);
      const mapped = await importProblemStream([csv], { source: 'own', mapping: { question: ['context', 'ask'], reference: 'worked', referenceFormat: 'gsm8k', id: 'key' } });
      expect(mapped.shape).toBe('mapped');
      expect(mapped.problems).toEqual([{ id: 'own#k1', question: 'Ann has 3 apples. How many after buying 2?', reference: '5', source: 'own' }]);
      expect(mapped.issues.map((i) => [i.line, i.reason])).toEqual([[3, 'no "#### answer" in worked']]);
    });
  });

  describe('should stop when cancelled', () => {
    test('for a signal aborted after the first chunk', async () => {
      const controller = new AbortController();
      const run = importProblemStream(textChunks('{"question":"a"}\n'.repeat(100), 64), { source: 's', signal: controller.signal, onProgress: () => controller.abort() });
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    });
  });
});
