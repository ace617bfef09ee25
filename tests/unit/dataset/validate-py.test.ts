import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { arraySource, EXPORT_FORMATS, exportRows, planExport } from '../../../src/core/dataset';
import { fixtureSamples } from './support/fixtures';

// training/validate.py is the stdlib-only contract check for users without TRL at hand.
const VALIDATE = join(import.meta.dirname, '..', '..', '..', 'training', 'validate.py');
const dir = mkdtempSync(join(tmpdir(), 'lce-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(rows: unknown[], format?: string): { code: number; out: string } {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  try {
    return { code: 0, out: execFileSync('python3', [VALIDATE, file, ...(format ? ['--format', format] : [])], { encoding: 'utf8' }) };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { code: e.status, out: e.stdout };
  }
}

async function exported(format: string): Promise<Record<string, any>[]> {
  const source = arraySource(fixtureSamples());
  const rows: Record<string, any>[] = [];
  for await (const r of exportRows(source, await planExport(source, { format }))) rows.push(r.row);
  return rows;
}

describe('training/validate.py', () => {
  describe('should accept every export as written, recognising its format', () => {
    test.each(EXPORT_FORMATS.map((f) => [f.id]))('for %s', async (format) => {
      const rows = await exported(format);
      const { code, out } = validate(rows);
      expect(out).toContain(`${rows.length} rows, 0 problems`);
      expect(code).toBe(0);
    });
  });

  describe('should name the line and the broken contract', () => {
    test.each([
      ['sft', 'no assistant turn', (r: any) => ({ ...r, messages: r.messages.slice(0, 2) }), 'messages has no assistant turn'],
      ['sft', 'output before any code', (r: any) => ({ ...r, messages: [...r.messages.slice(0, 2), { role: 'tool', content: '1' }, ...r.messages.slice(2)] }), 'messages (completion turns) must start with an assistant turn'],
      ['dpo', 'the same response twice', (r: any) => ({ ...r, rejected: r.chosen }), 'chosen and rejected are identical'],
      ['dpo', 'an empty prompt', (r: any) => ({ ...r, prompt: [] }), 'prompt must be a non-empty list of messages'],
      ['kto', 'a label that is not a boolean', (r: any) => ({ ...r, label: 'yes' }), 'label must be true or false'],
      ['autocode', 'Q that is not successes / rollouts', (r: any) => ({ ...r, estimates: { ...r.estimates, code: { ...r.estimates.code, q: 0.99 } } }), 'estimates.code: q must be successes / rollouts'],
      ['llamafactory', 'a human turn last', (r: any) => ({ ...r, conversations: [...r.conversations, { from: 'human', value: 'more' }] }), 'must end with a gpt turn'],
      ['llamafactory-preference', 'chosen as a list', (r: any) => ({ ...r, chosen: [r.chosen] }), 'chosen must be one {from: gpt, value: string} object'],
      ['openai', 'a tool message answering no call', (r: any) => ({ ...r, messages: r.messages.map((m: any) => (m.role === 'tool' ? { ...m, tool_call_id: 'call_9' } : m)) }), 'answers no earlier tool call'],
    ] as const)('for a %s row with %s', async (format, _label, breakRow, message) => {
      const rows = await exported(format);
      const { code, out } = validate([rows[0], breakRow(rows[0]), rows[1]], format);
      expect(code).toBe(1);
      expect(out).toMatch(new RegExp(`:2: .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(out).toContain('3 rows, 1 problems');
    });
  });
});
