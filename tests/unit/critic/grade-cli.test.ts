import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { run } from '../../../src/cli/commands/grade';

const dir = mkdtempSync(join(tmpdir(), 'lce-grade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function grade(lines: string[]): Promise<{ code: number; out: Record<string, unknown>[]; summary: string }> {
  const input = join(dir, `in-${Math.random().toString(36).slice(2)}.jsonl`);
  const output = `${input}.out`;
  writeFileSync(input, lines.join('\n') + '\n');
  let summary = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    summary += String(chunk);
    return true;
  });
  try {
    const code = await run(['--in', input, '--out', output, '--rules-only']);
    const out = readFileSync(output, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    return { code, out, summary };
  } finally {
    spy.mockRestore();
  }
}

describe('lce grade', () => {
  describe('should write one verdict per line in input order', () => {
    test('for answers, whole responses and labelled lines', async () => {
      const { code, out, summary } = await grade([
        JSON.stringify({ id: 'a', pred: '0.5', gold: '\\frac12', label: true }),
        JSON.stringify({ id: 'b', pred: 'The answer is 17.', gold: '18', label: false }),
        JSON.stringify({ id: 'c', pred: '\\boxed{3} then \\boxed{4}', gold: '4', label: true }),
      ]);
      expect(code).toBe(0);
      expect(out.map((o) => [o.id, o.equal])).toEqual([['a', true], ['b', false], ['c', false]]);
      expect(out[0]).toHaveProperty('method');
      expect(out[0]).toHaveProperty('reason');
      expect(summary).toMatch(/3 pairs/);
      expect(summary).toMatch(/accuracy 0\.6667, false YES 0, false NO 1/);
    });
  });

  describe('should keep going past a bad line', () => {
    test('for a line that is not JSON and one without a reference', async () => {
      const { code, out } = await grade(['{not json', JSON.stringify({ id: 7, pred: '3' }), JSON.stringify({ id: 8, pred: 3, gold: 3 })]);
      // Done, but some lines were not usable: the documented partial-failure code.
      expect(code).toBe(3);
      expect(out).toHaveLength(3);
      expect(out[0]).toMatchObject({ id: 'line-1', equal: null });
      expect(String(out[0]!.error)).toMatch(/not JSON/);
      expect(out[1]).toMatchObject({ id: 7, equal: null });
      expect(out[2]).toMatchObject({ id: 8, equal: true });
    });
  });

  describe('should refuse an unusable input file', () => {
    test('for a path that does not exist', async () => {
      await expect(run(['--in', join(dir, 'missing.jsonl')])).rejects.toThrow(/cannot read/);
    });
  });
});
