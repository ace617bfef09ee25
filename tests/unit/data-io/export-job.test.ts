import '../store/support';
import { describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { arraySource, exportBundle } from '../../../src/core/dataset';
import { readSampleLine } from '../../../src/core/dataset/sample-line';
import type { Sample } from '../../../src/core/dataset/sample';
import { exportZip, previewRows, samplesJsonl } from '../../../src/data-io/export-job';
import { importSampleFiles } from '../../../src/data-io/import-job';
import { countSamples, putSamples, storeSampleSource, type LceStore } from '../../../src/store';
import { freshStore, sample } from '../store/support';
import { fileOf, fixtureLines } from './support';

const NOW = new Date('2026-12-02T10:00:00Z');

function fixtures(): Sample[] {
  return fixtureLines().map((l) => {
    const read = readSampleLine(l);
    if (read.kind !== 'sample') throw new Error(read.reason);
    return read.sample;
  });
}

async function storeWithFixtures(): Promise<LceStore> {
  const store = await freshStore();
  await putSamples(store, fixtures());
  return store;
}

async function unzip(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** The files the core makes from the same samples held in memory: what the zip must hold, byte for byte. */
async function expectedFiles(samples: Sample[], format: string): Promise<Record<string, string>> {
  const { files } = await exportBundle(arraySource(samples), { format }, undefined, NOW);
  const out: Record<string, string> = {};
  for (const f of files) {
    let text = '';
    if (typeof f.content === 'string') text = f.content;
    else for await (const chunk of f.content()) text += chunk;
    out[`lce-${format}-2026-12-02/${f.name}`] = text;
  }
  return out;
}

describe('exportZip', () => {
  describe('should hold exactly the files the export core makes from the stored samples', () => {
    test.each(['sft', 'dpo', 'llamafactory', 'openai'])('for %s', async (format) => {
      const store = await storeWithFixtures();
      const result = await exportZip(store, { options: { format }, storeFilter: {} }, undefined, undefined, NOW);
      expect(result.name).toBe(`lce-${format}-2026-12-02.zip`);
      expect(result.blob.type).toBe('application/zip');
      const files = await unzip(result.blob);
      // The store scans in id order; single-sample formats keep the order they are read in.
      const expected = await expectedFiles(fixtures().sort((a, b) => (a.id < b.id ? -1 : 1)), format);
      expect(Object.keys(files).sort()).toEqual(Object.keys(expected).sort());
      for (const [name, text] of Object.entries(expected)) {
        if (files[name] !== text) {
          const at = [...text].findIndex((c, i) => files[name]![i] !== c);
          throw new Error(`${name} differs at ${at}: ${JSON.stringify(files[name]!.slice(at - 80, at + 80))} vs ${JSON.stringify(text.slice(at - 80, at + 80))}`);
        }
      }
      if (format.startsWith('llamafactory')) expect(Object.keys(files)).toContain(`lce-${format}-2026-12-02/dataset_info.json`);
      expect(Object.keys(files)).toContain(`lce-${format}-2026-12-02/README.md`);
      expect(result.report.scanned).toBe(26);
    });
  });

  describe('should report where it is and stop when cancelled', () => {
    test('for progress through both passes, then a cancel in the second', async () => {
      const store = await freshStore();
      await putSamples(store, Array.from({ length: 900 }, (_, i) => sample(i, { problemId: `p${i}` })));
      const phases: string[] = [];
      const done = await exportZip(store, { options: { format: 'sft', dedupeThreshold: null }, storeFilter: {} }, (p) => phases.push(`${p.phase} ${p.done}/${p.total}`));
      expect(phases[0]).toBe('reading 256/900');
      expect(phases).toContain('reading 900/900');
      expect(phases.at(-1)).toBe('writing 900/900');
      expect(done.report.records.train).toBe(900);
      const cancel = new AbortController();
      const stopped = await exportZip(store, { options: { format: 'sft', dedupeThreshold: null }, storeFilter: {} }, (p) => {
        if (p.phase === 'writing' && p.done >= 256) cancel.abort();
      }, cancel.signal).catch((e: unknown) => e);
      expect(stopped).toMatchObject({ name: 'AbortError' });
      expect(await countSamples(store)).toBe(900);
    });
  });
});

describe('storeSampleSource', () => {
  test('should scan every stored sample once across chunks, or only those a filter picks', async () => {
    const store = await freshStore();
    await putSamples(store, [...Array.from({ length: 600 }, (_, i) => sample(i)), ...Array.from({ length: 300 }, (_, i) => sample(i, { runId: 'run-b' }))]);
    const ids = async (filter = {}) => {
      const out: string[] = [];
      for await (const item of storeSampleSource(store, filter).scan()) if (item.kind === 'record') out.push(item.ref as string);
      return out;
    };
    const all = await ids();
    expect(all).toHaveLength(900);
    expect(new Set(all).size).toBe(900);
    const runB = await ids({ runId: 'run-b' });
    expect(runB).toHaveLength(300);
    expect(runB.every((id) => id.startsWith('run-b/'))).toBe(true);
    expect(await storeSampleSource(store).load([runB[0], 'missing'])).toEqual([expect.objectContaining({ id: runB[0] }), undefined]);
  });
});

describe('previewRows', () => {
  test('should render the first rows with the plan’s report', async () => {
    const store = await storeWithFixtures();
    const preview = await previewRows(store, { options: { format: 'sft' }, storeFilter: {} }, 3);
    expect(preview.rows).toHaveLength(3);
    expect(preview.rows[0]!.row).toHaveProperty('messages');
    expect(preview.formatLabel).toMatch(/SFT/);
    expect(preview.report.scanned).toBe(26);
  });
});

describe('samplesJsonl', () => {
  test('should download the samples so that another browser imports every one of them', async () => {
    const store = await storeWithFixtures();
    const { blob, count, name } = await samplesJsonl(store, {}, undefined, undefined, NOW);
    expect([count, name]).toEqual([26, 'lce-samples-2026-12-02.jsonl']);
    const other = await freshStore();
    const text = await blob.text();
    expect(await importSampleFiles(other, [fileOf(name, [text])])).toMatchObject({ added: 26, bad: 0, upgraded: 0 });
    expect(await countSamples(other)).toBe(26);
  });
});
