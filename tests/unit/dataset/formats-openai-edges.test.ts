import { describe, expect, test } from 'vitest';
import { arraySource, exportBundle, exportRows, planExport, type ExportOptions } from '../../../src/core/dataset';
import { openai, openaiPreference, toolCallMessages } from '../../../src/core/dataset/formats/openai';
import type { PlannedRecord } from '../../../src/core/dataset/plan';
import { fixtureSamples } from './support/fixtures';
import { fileText, plannedRecordOf } from './support/export-files';

const samples = fixtureSamples();
const byId = new Map(samples.map((s) => [s.id, s]));
const lookup = (summary: { id: string }) => byId.get(summary.id)!;
const NOW = new Date('2026-12-02T10:00:00Z');
const recordOf = (kind: PlannedRecord['kind']) => plannedRecordOf(samples, kind);

const PYTHON_TOOL_SCHEMA = {
  type: 'function',
  function: {
    name: 'python',
    description: 'Runs Python code in a session that persists across calls and returns what it printed (or the error).',
    parameters: { type: 'object', properties: { code: { type: 'string', description: 'The Python code to run.' } }, required: ['code'] },
  },
};

async function rowsOf(options: ExportOptions): Promise<Record<string, any>[]> {
  const source = arraySource(samples);
  const planned = await planExport(source, options);
  const out: Record<string, any>[] = [];
  for await (const r of exportRows(source, planned)) out.push(r.row);
  return out;
}

async function cardLines(format: string): Promise<string[]> {
  const { files } = await exportBundle(arraySource(samples), { format }, undefined, NOW);
  return (await fileText(files.find((f) => f.role === 'card')!)).split('\n');
}

describe('toolCallMessages', () => {
  describe('should end on the last tool message when the transcript ends on its output', () => {
    test('for a code-only transcript: one call, one answer, no empty assistant turn', () => {
      expect(toolCallMessages([
        { type: 'code', content: 'print(6*7)' },
        { type: 'output', content: '42' },
      ])).toEqual([
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'python', arguments: '{"code":"print(6*7)"}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: '42' },
      ]);
    });
  });

  describe('should keep an output that no cell produced as inline assistant text', () => {
    test('for an output after text only (no tool call invented from the text)', () => {
      expect(toolCallMessages([
        { type: 'text', content: 'The table says:' },
        { type: 'output', content: '7' },
        { type: 'text', content: 'So 7.' },
      ])).toEqual([{ role: 'assistant', content: 'The table says:\n```output\n7\n```\nSo 7.\n' }]);
    });
  });

  describe('should lose no text between a cell and its output', () => {
    test('for a note written after the cell (a hand-edited record): it goes with the call', () => {
      expect(toolCallMessages([
        { type: 'code', content: 'x = 1\nprint(x)' },
        { type: 'text', content: 'Note.' },
        { type: 'output', content: '1' },
      ])).toEqual([
        { role: 'assistant', content: 'Note.\n', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'python', arguments: '{"code":"x = 1\\nprint(x)"}' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: '1' },
      ]);
    });
  });

  describe('should keep a cell that never ran as assistant text', () => {
    test('for a transcript cut short after a cell and more text (the text is not a tool answer)', () => {
      expect(toolCallMessages([
        { type: 'text', content: 'First.' },
        { type: 'code', content: 'print(1)' },
        { type: 'text', content: 'Hmm.' },
      ])).toEqual([{ role: 'assistant', content: 'First.\n```python\nprint(1)\n```\nHmm.\n' }]);
    });
  });
});

describe('the OpenAI SFT format', () => {
  describe('should declare the python tool its tool calls name', () => {
    test('for every fixture row: exactly the one python function schema', async () => {
      const rows = await rowsOf({ format: 'openai' });
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(Object.keys(row).sort()).toEqual(['messages', 'tools']);
        expect(row.tools).toEqual([PYTHON_TOOL_SCHEMA]);
        const called = row.messages.flatMap((m: { tool_calls?: { function: { name: string } }[] }) => (m.tool_calls ?? []).map((c) => c.function.name));
        for (const name of called) expect(row.tools.map((t: typeof PYTHON_TOOL_SCHEMA) => t.function.name)).toContain(name);
      }
    });
  });

  describe('should refuse a record of the wrong kind', () => {
    test('for a pair record', async () => {
      const pair = await recordOf('pair');
      expect(() => openai.render(pair, lookup)).toThrow('openai renders single samples');
    });
  });

  describe('should describe itself in the dataset card', () => {
    test('for the fixture samples: its label, description and loss note', async () => {
      const lines = await cardLines('openai');
      const head = lines.indexOf('# OpenAI fine-tuning (chat SFT) — exported from LCE Playground');
      expect(head).toBeGreaterThan(0);
      expect(lines[head + 2]!.split(' Made on ')[0]).toEqual('Chat `messages` per critic-accepted sample, each executed cell a `python` tool call answered by a `tool` message.');
      expect(lines[lines.indexOf('## Loss') + 2]).toEqual('OpenAI trains on assistant messages: tool messages (execution output) carry no loss.');
    });
  });
});

describe('the OpenAI preference format', () => {
  describe('should ship the rows and a sample-id sidecar, and no chat template', () => {
    test('for the fixture pairs: ids of chosen then rejected, line for line', async () => {
      const { files, planned } = await exportBundle(arraySource(samples), { format: 'openai-preference' }, undefined, NOW);
      expect(files.map((f) => [f.name, f.role])).toEqual([
        ['openai-preference.jsonl', 'records'],
        ['openai-preference.ids.jsonl', 'ids'],
        ['README.md', 'card'],
      ]);
      const ids = (await fileText(files[1]!)).trim().split('\n').map((l) => JSON.parse(l));
      const pairs = planned.records.filter((r) => r.kind === 'pair' && r.split === 'train') as Extract<PlannedRecord, { kind: 'pair' }>[];
      expect(ids).toEqual(pairs.map((p, i) => ({ line: i + 1, sample_ids: [p.chosen.id, p.rejected.id], prompt_id: p.chosen.promptId })));
    });
  });

  describe('should refuse a record of the wrong kind', () => {
    test('for a single-sample record', async () => {
      const single = await recordOf('single');
      expect(() => openaiPreference.render(single, lookup)).toThrow('openai-preference renders pairs');
    });
  });

  describe('should describe itself in the dataset card', () => {
    test('for the fixture pairs: its label, description and loss note', async () => {
      const lines = await cardLines('openai-preference');
      const head = lines.indexOf('# OpenAI fine-tuning (preference / DPO) — exported from LCE Playground');
      expect(head).toBeGreaterThan(0);
      expect(lines[head + 2]!.split(' Made on ')[0]).toEqual('`input.messages` with one-message `preferred_output` / `non_preferred_output` per pair.');
      expect(lines[lines.indexOf('## Loss') + 2]).toEqual('Outputs are single assistant messages with ```output blocks inline: execution output carries loss.');
    });
  });
});
