import { openDB } from 'idb';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SAMPLE_SCHEMA_VERSION } from '../../../src/core/dataset/sample';
import { upgradeSample } from '../../../src/core/dataset/sample-upgrade';
import { countSamples, DB_VERSION, getSample, openStore, querySamples } from '../../../src/store';
import { freshStore } from './support';

const v1Sample = JSON.parse(readFileSync(new URL('../../fixtures/store/sample-v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** A database as the previous version left it: version-1 layout, version-1 samples, no rows. */
async function writeVersion1Database(): Promise<string> {
  const first = await freshStore({ version: 1 });
  const name = first.name;
  first.close();
  const raw = await openDB(name, 1);
  await raw.put('samples', v1Sample);
  await raw.put('samples', { ...v1Sample, id: 's-2', method: 'cot', verdict: { equal: false, method: 'numeric', reason: '17 is not 18.' }, answer: '17' });
  await raw.put('samples', { id: 'not-a-sample', note: 'left by hand' });
  const { usage: _usage, ...damaged } = v1Sample;
  await raw.put('samples', { ...damaged, id: 's-damaged' });
  raw.close();
  return name;
}

describe('upgradeSample', () => {
  describe('should read every earlier schema', () => {
    test('for a version-1 sample: same data, current schema, no run', () => {
      const read = upgradeSample(v1Sample);
      expect(read).toMatchObject({ kind: 'ok', from: 1 });
      expect(read.kind === 'ok' && read.sample).toEqual({ ...v1Sample, schema: SAMPLE_SCHEMA_VERSION });
    });
  });

  describe('should refuse what it cannot read', () => {
    test.each([
      [{ ...v1Sample, schema: 99 }, { kind: 'newer', version: 99 }],
      [{ ...v1Sample, schema: 'one' }, { kind: 'invalid', reason: 'unknown sample schema "one"' }],
      [{ ...v1Sample, problem: null }, { kind: 'invalid', reason: 'no problem with a question' }],
      [[1, 2], { kind: 'invalid', reason: 'a sample must be a JSON object' }],
    ])('for %#', (raw, expected) => {
      expect(upgradeSample(raw)).toEqual(expected);
    });
  });
});

describe('openStore', () => {
  describe('should upgrade a database written by the previous version', () => {
    test('for version-1 samples: upgraded in place, given rows, found by the new indexes', async () => {
      const name = await writeVersion1Database();
      const store = await openStore({ name });
      try {
        expect(DB_VERSION).toBe(2);
        expect(await getSample(store, v1Sample.id as string)).toEqual({ ...v1Sample, schema: 2 });
        expect(await countSamples(store)).toBe(2);
        expect(await countSamples(store, { method: 'cot', verdict: 'wrong' })).toBe(1);
        const page = await querySamples(store, { model: 'webllm|Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC|q4f16_1|' });
        // Both were made at the same instant: newest first, then by id.
        expect(page.rows.map((r) => [r.id, r.verdict, r.runId, r.setId, r.cells])).toEqual([
          ['s-1764676800000-ab12cd', 'correct', null, null, 1],
          ['s-2', 'wrong', null, null, 1],
        ]);
        // What the upgrade could not read is left exactly as it was, and did not stop the others.
        expect(await getSample(store, 'not-a-sample')).toEqual({ id: 'not-a-sample', note: 'left by hand' });
        expect(await getSample(store, 's-damaged')).toEqual({ ...v1Sample, id: 's-damaged', usage: undefined });
      } finally {
        store.close();
      }
    });
  });

  describe('should let an older tab go when a newer version opens', () => {
    test('for a version-1 connection still open: it is closed and told, the upgrade goes on', async () => {
      const name = await writeVersion1Database();
      let told = 0;
      const old = await openStore({ name, version: 1, onVersionChange: () => told++ });
      const store = await openStore({ name });
      expect(told).toBe(1);
      expect(await countSamples(store)).toBe(2);
      store.close();
      old.close();
    });
  });

  describe('should refuse a database from a newer version with a sentence', () => {
    test('for a database at version 3', async () => {
      const name = `newer-${Date.now()}`;
      (await openDB(name, 3)).close();
      await expect(openStore({ name })).rejects.toMatchObject({
        name: 'StorageError',
        message: 'The local database cannot be used: a newer version of this app has already upgraded it. Reload the page to get the new version.',
      });
    });
  });
});
