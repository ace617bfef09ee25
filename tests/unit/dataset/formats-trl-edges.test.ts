import { describe, expect, test } from 'vitest';
import { arraySource, exportBundle } from '../../../src/core/dataset';
import { dpo, kto, orpo, sft } from '../../../src/core/dataset/formats/trl';
import type { PlannedRecord } from '../../../src/core/dataset/plan';
import { fixtureSamples } from './support/fixtures';
import { fileText, plannedRecordOf } from './support/export-files';

const samples = fixtureSamples();
const byId = new Map(samples.map((s) => [s.id, s]));
const lookup = (summary: { id: string }) => byId.get(summary.id)!;
const NOW = new Date('2026-12-02T10:00:00Z');
const recordOf = (kind: PlannedRecord['kind']) => plannedRecordOf(samples, kind);

/** The card's heading, the description before "Made on …", and the loss note. */
async function cardOf(format: string): Promise<{ heading: string; description: string; loss: string }> {
  const { files } = await exportBundle(arraySource(samples), { format }, undefined, NOW);
  const lines = (await fileText(files.find((f) => f.role === 'card')!)).split('\n');
  const head = lines.findIndex((l) => l.startsWith('# '));
  return { heading: lines[head]!, description: lines[head + 2]!.split(' Made on ')[0]!, loss: lines[lines.indexOf('## Loss') + 2]! };
}

describe('the TRL formats', () => {
  describe('should refuse a record of the wrong kind, naming the format', () => {
    test('for SFT given a pair', async () => {
      const pair = await recordOf('pair');
      expect(() => sft.render(pair, lookup)).toThrow('sft renders single samples');
    });

    test('for KTO given a pair', async () => {
      const pair = await recordOf('pair');
      expect(() => kto.render(pair, lookup)).toThrow('kto renders single samples');
    });

    test('for DPO and ORPO given a single sample', async () => {
      const single = await recordOf('single');
      expect(() => dpo.render(single, lookup)).toThrow('dpo renders pairs');
      expect(() => orpo.render(single, lookup)).toThrow('orpo renders pairs');
    });
  });

  describe('should describe each export in its dataset card', () => {
    test('for SFT: its label, description and what carries loss', async () => {
      expect(await cardOf('sft')).toEqual({
        heading: '# TRL SFT (conversational) — exported from LCE Playground',
        description: 'One `messages` row per critic-accepted sample, for TRL SFTTrainer.',
        loss: 'Execution output is in `tool` turns, outside `{% generation %}`: SFT with `assistant_only_loss=True` gives it no loss. Prompt turns carry no loss either.',
      });
    });

    test('for DPO: the trainer it is for is DPOTrainer', async () => {
      expect(await cardOf('dpo')).toEqual({
        heading: '# TRL DPO (conversational, explicit prompt) — exported from LCE Playground',
        description: 'Pairs with the same prompt: chosen verified correct, rejected verified wrong (explicit prompt), for TRL DPOTrainer.',
        loss: 'TRL gives every token of `chosen` / `rejected` loss, execution output included; training/train.py masks the tool turns (see training/README.md).',
      });
    });

    test('for ORPO: the trainer it is for is ORPOTrainer', async () => {
      expect(await cardOf('orpo')).toEqual({
        heading: '# TRL ORPO (conversational, explicit prompt) — exported from LCE Playground',
        description: 'Pairs with the same prompt: chosen verified correct, rejected verified wrong (explicit prompt), for TRL ORPOTrainer.',
        loss: 'TRL gives every token of `chosen` / `rejected` loss, execution output included; training/train.py masks the tool turns (see training/README.md).',
      });
    });

    test('for KTO: its label, description and what carries loss', async () => {
      expect(await cardOf('kto')).toEqual({
        heading: '# TRL KTO (unpaired) — exported from LCE Playground',
        description: 'One `prompt` / `completion` / `label` row per judged sample (label = the critic said correct).',
        loss: 'TRL KTO gives every completion token loss, execution output included.',
      });
    });
  });

  describe('should ship KTO rows with the chat template that renders them, and no id sidecar', () => {
    test('for the fixture samples (one prompt family)', async () => {
      const { files } = await exportBundle(arraySource(samples), { format: 'kto' }, undefined, NOW);
      expect(files.map((f) => [f.name, f.role])).toEqual([
        ['kto.jsonl', 'records'],
        ['chat_template.jinja', 'template'],
        ['README.md', 'card'],
      ]);
    });
  });
});
