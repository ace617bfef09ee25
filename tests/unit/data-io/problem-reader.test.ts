/**
 * Reading a problem set where the problems stay (this thread, or the problem worker behind its
 * bridge): the page gets a summary — counts, the first notes, whether to offer a mapping — and the
 * save stores what was read. The bridge is driven with a fake spawn whose "worker" is the in-thread
 * reader, so what is checked is when the worker is ended and what survives a cancel or a failed save.
 */
import { describe, expect, test } from 'vitest';
import { SUMMARY_ISSUES } from '../../../src/core/problem';
import { createWorkerProblemReader, type SpawnedProblemWorker } from '../../../src/data-io/problem-jobs';
import { atMostEvery, createProblemReader, type ReadRequest } from '../../../src/data-io/problem-reader';
import { getProblems, getProblemSet, type LceStore } from '../../../src/store';
import { freshStore } from '../store/support';

const sum = (i: number) => JSON.stringify({ question: `What is ${i} + 1?`, answer: String(i + 1) });
const text = (lines: string[]): ReadRequest => ({ input: { kind: 'text', text: lines.join('\n') }, source: 'sums', mapping: null });
const saveAs = { name: 'sums', source: 'sums', origin: { kind: 'paste' as const } };

/** A bridge whose workers are in-thread readers on `db`; `log` records spawns and terminations. */
function fakeWorkers(db: () => Promise<LceStore>) {
  const log: string[] = [];
  let n = 0;
  const spawn = (): SpawnedProblemWorker => {
    const id = ++n;
    log.push(`spawn ${id}`);
    const reader = createProblemReader({ store: db });
    const api = { read: (r: ReadRequest, p: Parameters<typeof reader.read>[1]) => reader.read(r, p), save: reader.save };
    return { api: api as unknown as SpawnedProblemWorker['api'], terminate: () => log.push(`end ${id}`) };
  };
  return { reader: createWorkerProblemReader(spawn), log };
}

describe('the problem reader', () => {
  describe('should give a summary without the problems and save every problem', () => {
    test(`for 300 sums, 250 bad lines and a duplicate (notes past ${SUMMARY_ISSUES} counted, not listed)`, async () => {
      const db = await freshStore();
      const reader = createProblemReader({ store: async () => db });
      const lines = [...Array.from({ length: 300 }, (_, i) => sum(i)), ...Array.from({ length: 250 }, () => '{"q": 1}'), sum(7)];
      const summary = await reader.read(text(lines), () => undefined);
      expect(summary).not.toHaveProperty('problems');
      expect(summary.counts).toMatchObject({ kept: 300, bad: 250, merged: 1 });
      expect([summary.issues.length, summary.issueCount, summary.needsMapping]).toEqual([SUMMARY_ISSUES, 251, false]);
      expect(summary.issues[0]).toMatchObject({ kind: 'bad-record', line: 301 });
      const record = await reader.save(saveAs);
      expect((await getProblems(db, record.id)).map((p) => p.question)).toEqual(Array.from({ length: 300 }, (_, i) => `What is ${i} + 1?`));
      expect((await getProblemSet(db, record.id))!.issues).toHaveLength(SUMMARY_ISSUES);
    });
  });

  describe('should offer a field mapping when no record had a question', () => {
    test('for records with other field names', async () => {
      const reader = createProblemReader({ store: freshStore });
      const summary = await reader.read(text(['{"problem_text": "1 + 1?", "solution": "2"}', '{"problem_text": "2 + 2?", "solution": "4"}']), () => undefined);
      expect([summary.counts.kept, summary.needsMapping, summary.fields]).toEqual([0, true, ['problem_text', 'solution']]);
    });
  });

  describe('should refuse to save what was not read or was discarded', () => {
    test('for a save first, and a save after discard', async () => {
      const reader = createProblemReader({ store: freshStore });
      await expect(reader.save(saveAs)).rejects.toThrow('Nothing has been read to save.');
      await reader.read(text([sum(1)]), () => undefined);
      reader.discard();
      await expect(reader.save(saveAs)).rejects.toThrow('Nothing has been read to save.');
    });
  });
});

describe('the problem worker bridge', () => {
  describe('should end the worker once its set is saved, and each read in a new one', () => {
    test('for a read, a second read, then a save', async () => {
      const db = await freshStore();
      const { reader, log } = fakeWorkers(async () => db);
      const progress: number[] = [];
      await reader.read(text([sum(1)]), (p) => progress.push(p.charsRead));
      await reader.read(text([sum(1), sum(2)]), () => undefined);
      const record = await reader.save(saveAs);
      expect(record.count).toBe(2);
      expect(progress).toEqual([sum(1).length]);
      expect(log).toEqual(['spawn 1', 'end 1', 'spawn 2', 'end 2']);
      await expect(reader.save(saveAs)).rejects.toThrow('Nothing has been read to save.');
    });
  });

  describe('should end the worker when the read is cancelled', () => {
    test('for an abort after the first progress of a 1 MB paste', async () => {
      const { reader, log } = fakeWorkers(freshStore);
      const controller = new AbortController();
      const reading = reader.read(text(Array.from({ length: 20_000 }, (_, i) => sum(i))), () => controller.abort(), controller.signal);
      await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
      expect(log).toEqual(['spawn 1', 'end 1']);
      await expect(reader.save(saveAs)).rejects.toThrow('Nothing has been read to save.');
    });
  });

  describe('should keep the worker and its problems when a save fails, so Save works again', () => {
    test('for a database that fails to open once', async () => {
      const db = await freshStore();
      let opens = 0;
      const { reader, log } = fakeWorkers(async () => {
        if (++opens === 1) throw new Error('The disk is full.');
        return db;
      });
      await reader.read(text([sum(1), sum(2), sum(3)]), () => undefined);
      await expect(reader.save(saveAs)).rejects.toThrow('The disk is full.');
      expect(log).toEqual(['spawn 1']);
      expect((await reader.save(saveAs)).count).toBe(3);
      expect(log).toEqual(['spawn 1', 'end 1']);
    });
  });
});

describe('atMostEvery', () => {
  describe('should pass the first report and then one per period', () => {
    test('for reports at 0, 40, 99, 100, 150 and 260 ms with a period of 100 ms', () => {
      let now = 0;
      const passed: number[] = [];
      const report = atMostEvery(100, (t: number) => passed.push(t), () => now);
      for (const t of [0, 40, 99, 100, 150, 260]) {
        now = t;
        report(t);
      }
      expect(passed).toEqual([0, 100, 260]);
    });
  });
});
