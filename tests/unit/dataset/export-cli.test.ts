import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { run } from '../../../src/cli/commands/export';
import { jsonlSource, MAX_LINE_BYTES } from '../../../src/cli/jsonl-source';

const dir = mkdtempSync(join(tmpdir(), 'lce-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CLI = join(import.meta.dirname, '..', '..', '..', 'src', 'cli', 'main.ts');
const SAMPLES = join(import.meta.dirname, '..', '..', 'fixtures', 'dataset', 'samples.jsonl');
const sampleLines = readFileSync(SAMPLES, 'utf8').trim().split('\n');

async function exportCli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    return { code: await run(args), stderr };
  } finally {
    spy.mockRestore();
  }
}

const fresh = (name: string) => {
  const d = join(dir, name);
  mkdirSync(d);
  return d;
};

describe('lce export', () => {
  describe('should write the rows and, named after them, their companions', () => {
    test('for DPO with an eval split', async () => {
      const out = fresh('dpo');
      const { code, stderr } = await exportCli(['--samples', SAMPLES, '--format', 'dpo', '--out', join(out, 'pairs.jsonl'), '--eval-fraction', '0.3']);
      expect(code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(['pairs.README.md', 'pairs.chat_template.jinja', 'pairs.eval.jsonl', 'pairs.jsonl']);
      const rows = [...readFileSync(join(out, 'pairs.jsonl'), 'utf8').trim().split('\n'), ...readFileSync(join(out, 'pairs.eval.jsonl'), 'utf8').trim().split('\n')];
      expect(rows.map((l) => Object.keys(JSON.parse(l)).slice(0, 3))).toEqual(rows.map(() => ['prompt', 'chosen', 'rejected']));
      expect(stderr).toMatch(/26 records read — 0 unreadable, 0 invalid, 0 duplicate ids; 26 passed the filters/);
      expect(stderr).toMatch(/rows: \d train, \d eval/);
    });

    test('for LLaMA-Factory, merging into an existing dataset_info.json', async () => {
      const out = fresh('lf');
      writeFileSync(join(out, 'dataset_info.json'), JSON.stringify({ alpaca_en: { file_name: 'alpaca.json' } }));
      expect((await exportCli(['--samples', SAMPLES, '--format', 'llamafactory', '--out', join(out, 'lce.jsonl')])).code).toBe(0);
      expect(Object.keys(JSON.parse(readFileSync(join(out, 'dataset_info.json'), 'utf8')))).toEqual(['alpaca_en', 'lce']);
    });
  });

  describe('should merge the files of several browsers, counting each sample once', () => {
    test('for two overlapping files', async () => {
      const out = fresh('merge');
      const a = join(out, 'a.jsonl');
      const b = join(out, 'b.jsonl');
      writeFileSync(a, sampleLines.slice(0, 18).join('\n') + '\n');
      writeFileSync(b, sampleLines.slice(10).join('\n') + '\n');
      const { code, stderr } = await exportCli(['--samples', a, '--samples', b, '--format', 'kto', '--out', join(out, 'kto.jsonl')]);
      expect(code).toBe(0);
      expect(stderr).toMatch(/34 records read — 0 unreadable, 0 invalid, 8 duplicate ids/);
      expect(readFileSync(join(out, 'kto.jsonl'), 'utf8').trim().split('\n')).toHaveLength(26);
    });
  });

  describe('should skip unreadable lines with their line numbers and export the rest', () => {
    test('for broken JSON, bad UTF-8, a blank line, a wrong shape and a line cut short by a crash', async () => {
      const out = fresh('bad');
      const file = join(out, 'samples.jsonl');
      const bad = Buffer.concat([
        Buffer.from(`${sampleLines[0]}\n{not json\n\n`),
        Buffer.from([0xff, 0xfe, 0x7b, 0x7d, 0x0a]),
        Buffer.from(`{"schema":1}\n${sampleLines[1]}\n${sampleLines[2]!.slice(0, 100)}`),
      ]);
      writeFileSync(file, bad);
      const { code, stderr } = await exportCli(['--samples', file, '--format', 'kto', '--out', join(out, 'kto.jsonl')]);
      expect(code).toBe(0);
      expect(stderr).toMatch(/6 records read — 3 unreadable, 1 invalid/);
      expect(stderr).toContain(`skipped ${file} line 2: not JSON, or cut short`);
      expect(stderr).toContain(`skipped ${file} line 4: not valid UTF-8`);
      expect(stderr).toContain(`skipped ${file} line 5: not a sample record (no sample id)`);
      expect(stderr).toContain(`skipped ${file} line 7: not JSON, or cut short`);
      expect(readFileSync(join(out, 'kto.jsonl'), 'utf8').trim().split('\n')).toHaveLength(2);
    });
  });

  describe('should check its flags and the output path before reading anything', () => {
    test.each([
      [['--format', 'sft', '--out', 'x.jsonl'], /--samples FILE\.jsonl/],
      [['--samples', SAMPLES, '--out', 'x.jsonl'], /choose --format: sft, dpo/],
      [['--samples', SAMPLES, '--format', 'sft'], /--out FILE\.jsonl/],
      [['--samples', join(dir, 'missing.jsonl'), '--format', 'sft', '--out', join(dir, 'x.jsonl')], /no such file/],
      [['--samples', SAMPLES, '--format', 'sft', '--out', join(dir, 'no', 'such', 'x.jsonl')], /does not exist; create it first/],
      [['--samples', SAMPLES, '--format', 'sft', '--out', dir], /is a folder/],
      [['--samples', SAMPLES, '--format', 'sft', '--out', join(dir, 'x.jsonl'), '--method', 'pot'], /--method "pot" is not one of cot, code, lce, auto/],
      [['--samples', SAMPLES, '--format', 'sft', '--out', join(dir, 'x.jsonl'), '--max-code-error-rate', '2'], /--max-code-error-rate must be a number from 0 to 1/],
      [['--samples', SAMPLES, '--format', 'sft', '--out', join(dir, 'x.jsonl'), '--family', 'gpt'], /--family "gpt" is not one of/],
      [['--samples', SAMPLES, '--format', 'csv', '--out', join(dir, 'x.jsonl')], /unknown format "csv"/],
    ])('for %j', async (args, error) => {
      await expect(exportCli(args)).rejects.toThrow(error);
    });
  });

  describe('should write nothing when there is nothing to export', () => {
    test('for filters that leave no sample', async () => {
      const out = fresh('none');
      const { code, stderr } = await exportCli(['--samples', SAMPLES, '--format', 'sft', '--out', join(out, 'sft.jsonl'), '--model', 'nobody']);
      expect(code).toBe(1);
      expect(stderr).toMatch(/26 model/);
      expect(stderr).toMatch(/no rows to write; nothing was written/);
      expect(readdirSync(out)).toEqual([]);
    });
  });

  describe('should leave no half-written file behind when interrupted', () => {
    test('for Ctrl-C (SIGINT) while a large export is being written', async () => {
      const out = fresh('abort');
      const input = join(out, 'many.jsonl');
      // 31k samples (the fixtures with fresh ids) take a few seconds to export: time to interrupt.
      const lines: string[] = [];
      for (let i = 0; i < 1200; i++) for (const l of sampleLines) lines.push(l.replace(/"id":"fx-/, `"id":"n${i}-fx-`));
      writeFileSync(input, lines.join('\n') + '\n');
      const target = join(out, 'kto.jsonl');
      writeFileSync(target, 'previous export\n');
      const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'export', '--samples', input, '--format', 'kto', '--no-dedupe', '--out', target], { stdio: ['ignore', 'ignore', 'pipe'] });
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      // Wait for the second pass to start writing its temporary file, then interrupt.
      while (!readdirSync(out).some((f) => f.includes('.partial-'))) await new Promise((r) => setTimeout(r, 20));
      child.kill('SIGINT');
      expect(await exited).toBe(130);
      expect(readdirSync(out).sort()).toEqual(['kto.jsonl', 'many.jsonl']);
      expect(readFileSync(target, 'utf8')).toBe('previous export\n');
    }, 120_000);
  });
});

describe('jsonlSource', () => {
  describe('should read back exactly the line a reference names', () => {
    test('for every line of a file with multi-byte characters', async () => {
      const file = join(dir, 'utf8.jsonl');
      const values = [{ q: 'Janet’s ducks ½' }, { q: '∑ 𝑥' }, { q: 'plain' }];
      writeFileSync(file, values.map((v) => JSON.stringify(v)).join('\r\n') + '\r\n');
      const source = jsonlSource([file]);
      const refs: unknown[] = [];
      for await (const item of source.scan()) if (item.kind === 'record') refs.push(item.ref);
      expect(await source.load([refs[2], refs[0], refs[1]])).toEqual([values[2], values[0], values[1]]);
      await source.close();
    });
  });

  describe('should refuse a line longer than the limit without buffering it', () => {
    test(`for a line over ${MAX_LINE_BYTES / 2 ** 20} MB followed by a good one`, async () => {
      const file = join(dir, 'huge.jsonl');
      writeFileSync(file, `${'x'.repeat(MAX_LINE_BYTES + 10)}\n{"ok":1}\n`);
      const items = [];
      for await (const item of jsonlSource([file]).scan()) items.push(item);
      expect(items).toEqual([
        { kind: 'unreadable', where: `${file} line 1`, reason: 'longer than 64 MB' },
        { kind: 'record', ref: expect.anything(), where: `${file} line 2`, value: { ok: 1 } },
      ]);
    });
  });
});
