import '../store/support';
import { afterEach, describe, expect, test } from 'vitest';
import { importSampleFiles, type ImportReport } from '../../../src/data-io/import-job';
import { SAMPLE_SCHEMA_VERSION } from '../../../src/core/dataset/sample';
import { countSamples, createRun, getSample, querySamples, runRows } from '../../../src/store';
import { freshStore, sample, spec } from '../store/support';
import { quotaAfterWrites } from '../store/quota-double';
import { fileOf, fixtureLines } from './support';

let disarm: (() => void) | null = null;
afterEach(() => {
  disarm?.();
  disarm = null;
});

const line = (i: number, o: Parameters<typeof sample>[1] = {}) => JSON.stringify(sample(i, o));

describe('importSampleFiles', () => {
  describe('should store every good line once and name every bad one', () => {
    test('for the real fixture samples (schema 1, upgraded) mixed with broken lines', async () => {
      const store = await freshStore();
      const good = fixtureLines();
      const newer = JSON.stringify({ ...JSON.parse(good[0]!), id: 'from-the-future', schema: SAMPLE_SCHEMA_VERSION + 1 });
      const noUsage = JSON.stringify({ ...JSON.parse(good[1]!), id: 'no-usage', usage: 'lots' });
      const cut = good[2]!.slice(0, 120);
      // Fields an export does not need but the store indexes: refused here, not at the database.
      const noPromptTokens = JSON.stringify({ ...JSON.parse(good[3]!), id: 'no-prompt-tokens', usage: { completionTokens: 5, perRound: [] } });
      const noDate = JSON.stringify({ ...JSON.parse(good[4]!), id: 'no-date', createdAt: 'yesterday' });
      const file = fileOf('mixed.jsonl', [
        `${good.slice(0, 10).join('\n')}\n`,
        'not json at all\n',
        `${newer}\n`,
        '\n',
        `${noUsage}\n`,
        `${noPromptTokens}\n${noDate}\n`,
        new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d, 0x0a]),
        `${good.slice(10).join('\n')}\n`,
        cut,
      ], 777);
      const progress: ImportReport[] = [];
      const report = await importSampleFiles(store, [file], (r) => progress.push(r));
      expect(report).toMatchObject({ files: 1, lines: 33, added: 26, alreadyStored: 0, repeated: 0, upgraded: 26, bad: 7, bytesRead: file.size, bytesTotal: file.size });
      expect(report.issues.map((i) => [i.line, i.reason.replace(/^not JSON, or cut short \(.*\)$/, 'not JSON, or cut short (…)')])).toEqual([
        [11, 'not JSON, or cut short (…)'],
        [12, `written by a newer version (sample schema ${SAMPLE_SCHEMA_VERSION + 1}); update the playground`],
        [14, '"usage.completionTokens" must be a number'],
        [15, '"usage.promptTokens" and "usage.completionTokens" must be numbers'],
        [16, '"createdAt" must be a date'],
        [17, 'bytes that are not UTF-8'],
        [34, 'not JSON, or cut short (…)'],
      ]);
      expect(report.issues.every((i) => i.file === 'mixed.jsonl')).toBe(true);
      expect(await countSamples(store)).toBe(26);
      const first = JSON.parse(good[0]!) as { id: string; blocks: unknown };
      expect(await getSample(store, first.id)).toMatchObject({ schema: SAMPLE_SCHEMA_VERSION, id: first.id, blocks: first.blocks });
      expect(progress.at(-1)).toEqual(report);
    });
  });

  describe('should merge by sample id, each sample present exactly once', () => {
    test('for the same file imported twice and an id repeated within the files', async () => {
      const store = await freshStore();
      const a = fileOf('a.jsonl', [Array.from({ length: 1200 }, (_, i) => line(i)).join('\n')], 4096);
      const b = fileOf('b.jsonl', [`${line(5)}\n${line(5)}\n${line(2000)}\n`]);
      expect(await importSampleFiles(store, [a, b])).toMatchObject({ lines: 1203, added: 1201, repeated: 2, alreadyStored: 0, bad: 0 });
      expect(await importSampleFiles(store, [a])).toMatchObject({ lines: 1200, added: 0, alreadyStored: 1200 });
      expect(await countSamples(store)).toBe(1201);
      const ids = (await querySamples(store, {}, { limit: 5000 })).rows.map((r) => r.id);
      expect(new Set(ids).size).toBe(1201);
    });

    test('for a run stored here: its rows get the run’s problem set and model', async () => {
      const store = await freshStore();
      await createRun(store, spec({ model: { engine: 'webllm', id: 'qwen2.5-math-7b', quantization: 'q4f16_1' } }), { setName: 'sums', total: 4 });
      await importSampleFiles(store, [fileOf('run.jsonl', [`${line(1)}\n${line(2, { runId: 'elsewhere' })}\n`])]);
      expect(await runRows(store, 'run-a')).toEqual([expect.objectContaining({ setId: 'set-1', model: 'webllm|qwen2.5-math-7b|q4f16_1|' })]);
      expect(await runRows(store, 'elsewhere')).toEqual([expect.objectContaining({ setId: null, model: 'openai|qwen2.5-math-7b||' })]);
    });
  });

  describe('should keep everything stored before a full disk', () => {
    test('for a quota failure in the third batch: the sentence, and the first two batches exactly once', async () => {
      const store = await freshStore();
      const file = fileOf('big.jsonl', [Array.from({ length: 1400 }, (_, i) => line(i)).join('\n')], 8192);
      const progress: ImportReport[] = [];
      // Each sample is two writes (sample and row): two batches of 500, then the disk is full.
      disarm = quotaAfterWrites(2 * 1000 + 10).disarm;
      const failure = await importSampleFiles(store, [file], (r) => progress.push(r)).catch((e: unknown) => e);
      disarm();
      expect(failure).toMatchObject({ name: 'StorageFullError', message: expect.stringMatching(/^Browser storage for this site is full \(512 MB used of 600 MB allowed\)\. Everything stored before is kept/) });
      expect(progress.at(-1)).toMatchObject({ added: 1000 });
      expect(await countSamples(store)).toBe(1000);
      // Importing again after space was freed adds exactly the rest.
      expect(await importSampleFiles(store, [file])).toMatchObject({ added: 400, alreadyStored: 1000 });
      expect(await countSamples(store)).toBe(1400);
    });
  });
});
