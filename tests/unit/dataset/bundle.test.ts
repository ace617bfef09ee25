import { describe, expect, test } from 'vitest';
import { arraySource, chatTemplateFor, exportBundle, exportRows, previewExport } from '../../../src/core/dataset';
import { fixtureSamples } from './support/fixtures';
import { fileText } from './support/export-files';

const samples = fixtureSamples();
const NOW = new Date('2026-12-02T10:00:00Z');

describe('exportBundle', () => {
  describe('should produce every file of one download', () => {
    test('for SFT with an eval split: both splits, the chat template and the card', async () => {
      const { files, planned } = await exportBundle(arraySource(samples), { format: 'sft', evalFraction: 0.3 }, undefined, NOW);
      expect(files.map((f) => [f.name, f.role])).toEqual([
        ['sft.jsonl', 'records'],
        ['sft.eval.jsonl', 'records'],
        ['chat_template.jinja', 'template'],
        ['README.md', 'card'],
      ]);
      const lines = (await fileText(files[0]!)).trim().split('\n');
      expect(lines).toHaveLength(planned.report.records.train);
      const fromRows: string[] = [];
      for await (const r of exportRows(arraySource(samples), planned, { split: 'train' })) fromRows.push(JSON.stringify(r.row));
      expect(lines).toEqual(fromRows);
      expect(await fileText(files[2]!)).toBe(`${chatTemplateFor('qwen2.5-math')}\n`);
    });

    test('for OpenAI: a sample-id sidecar line for line', async () => {
      const { files } = await exportBundle(arraySource(samples), { format: 'openai' }, undefined, NOW);
      expect(files.map((f) => f.name)).toEqual(['openai.jsonl', 'openai.ids.jsonl', 'README.md']);
      const records = (await fileText(files[0]!)).trim().split('\n');
      const ids = (await fileText(files[1]!)).trim().split('\n').map((l) => JSON.parse(l));
      expect(ids).toHaveLength(records.length);
      expect(ids[0]).toMatchObject({ line: 1, sample_ids: [expect.stringMatching(/^fx-/)], prompt_id: expect.stringMatching(/^[0-9a-f]{64}$/) });
    });

    test('for LLaMA-Factory: dataset_info.json registering the file', async () => {
      const { files } = await exportBundle(arraySource(samples), { format: 'llamafactory-preference' }, { stem: 'pairs', card: 'pairs.README.md' }, NOW);
      const info = JSON.parse(await fileText(files.find((f) => f.name === 'dataset_info.json')!));
      expect(info).toEqual({
        pairs: expect.objectContaining({ file_name: 'pairs.jsonl', formatting: 'sharegpt', ranking: true, columns: { messages: 'conversations', system: 'system', chosen: 'chosen', rejected: 'rejected' } }),
      });
    });
  });

  describe('should describe the export in its card', () => {
    test('for DPO pairs from the fixtures', async () => {
      const { files } = await exportBundle(arraySource(samples), { format: 'dpo', pairs: { strategy: 'length-controlled', cap: 2 } }, undefined, NOW);
      const card = await fileText(files.find((f) => f.role === 'card')!);
      expect(card).toMatch(/^---\nconfigs:\n- config_name: default\n  data_files:\n  - split: train\n    path: dpo\.jsonl\n/);
      expect(card).toContain('Made on 2026-12-02 from 26 samples');
      expect(card).toContain('| lce | 6 | 0 |');
      expect(card).toContain('| lce | 19 | 9 | 10 | 0 | 47.4 % |');
      expect(card).toContain('| ToRA-Code-34B v1.0 | 15 |');
      expect(card).toContain('| not recorded | 26 |');
      expect(card).toContain('| gsm8k | 23 | GSM8K (openai/grade-school-math) | MIT |');
      expect(card).toContain('pairing: length-controlled, at most 2 per prompt');
      expect(card).toContain('training/train.py masks the tool turns');
    });
  });
});

describe('previewExport', () => {
  describe('should render only the first rows', () => {
    test('for a preview of three KTO rows', async () => {
      let loaded = 0;
      const source = arraySource(samples);
      const counting = { ...source, load: async (refs: readonly unknown[]) => ((loaded += refs.length), source.load(refs)) };
      const { rows, planned } = await previewExport(counting, { format: 'kto' }, 3);
      expect(rows).toHaveLength(3);
      expect(planned.report.records.train).toBe(samples.length);
      expect(loaded).toBe(3);
    });
  });
});
