import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseCellLine } from '../../../src/cli/commands/exec';

const root = resolve(__dirname, '..', '..', '..');
let dir: string;
// Each spawn starts Node, tsx and Pyodide; on a fresh clone the first also waits for the package build.
const SPAWN_TIMEOUT = 240_000;

interface Ran {
  code: number | null;
  lines: Record<string, unknown>[];
  stderr: string;
}

/** Spawns the real CLI (`tsx src/cli/main.ts`, as `npm run -s lce` does) on a cells file. */
function lceExec(cells: string[], extra: string[] = []): Promise<Ran> {
  const file = join(dir, `cells-${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, cells.join('\n') + '\n');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/main.ts', 'exec', '--cells', file, '--offline', ...extra], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr: err, lines: out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) }));
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lce-exec-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('lce exec', () => {
  describe('should print one JSON result per line', () => {
    test('for cells sharing the default session, a named session, and a Python error, exiting 0', async () => {
      const ran = await lceExec([
        JSON.stringify({ code: 'x = 2\nx * 21' }),
        JSON.stringify({ code: 'x', session: 'other' }),
        JSON.stringify({ code: 'print(x + 1)' }),
        JSON.stringify({ code: '1 / 0' }),
      ]);
      expect(ran.code).toBe(0);
      expect(ran.lines).toHaveLength(4);
      expect(ran.lines[0]).toMatchObject({ line: 1, session: 'default', value: '42', error: null, stdout: '', stderr: '', truncated: false });
      expect(ran.lines[1]).toMatchObject({ line: 2, session: 'other', value: null, error: { type: 'NameError' } });
      expect(ran.lines[2]).toMatchObject({ line: 3, stdout: '3\n' });
      expect(ran.lines[3]).toMatchObject({ line: 4, error: { type: 'ZeroDivisionError', message: 'division by zero' } });
      for (const l of ran.lines.filter((x) => 'error' in x)) expect(typeof l.ms).toBe('number');
    }, SPAWN_TIMEOUT);

    test('for a runaway cell with its own timeoutMs, followed by a working cell', async () => {
      const ran = await lceExec([JSON.stringify({ code: 'while True: pass', timeoutMs: 500 }), JSON.stringify({ code: '"after"' })]);
      expect(ran.code).toBe(0);
      expect(ran.lines[0]).toMatchObject({ error: { type: 'TimeoutError' } });
      expect(ran.lines[1]).toMatchObject({ value: "'after'" });
    }, SPAWN_TIMEOUT);
  });

  describe('should report a bad line without losing the others', () => {
    test('for invalid JSON and a missing code field, exiting 3 (done, some lines skipped)', async () => {
      const ran = await lceExec([JSON.stringify({ code: '1' }), '{not json', JSON.stringify({ cell: 'x' }), JSON.stringify({ code: '2' })]);
      expect(ran.code).toBe(3);
      expect(ran.lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
      expect(ran.lines[1]!.invalid).toMatch(/not valid JSON/);
      expect(ran.lines[2]!.invalid).toMatch(/"code" is missing/);
      expect(ran.lines[3]).toMatchObject({ value: '2' });
      expect(ran.stderr).toContain('line 2');
    }, SPAWN_TIMEOUT);
  });
});

describe('parseCellLine', () => {
  describe('should accept', () => {
    test('for code with a timeout and a session', () => {
      expect(parseCellLine('{"code":"1","timeoutMs":5,"session":"s"}')).toEqual({ code: '1', timeoutMs: 5, session: 's' });
    });
  });

  describe('should explain what is wrong', () => {
    test('for an array', () => {
      expect(parseCellLine('[1]')).toMatch(/not a JSON object/);
    });

    test('for a negative timeout', () => {
      expect(parseCellLine('{"code":"1","timeoutMs":-1}')).toMatch(/timeoutMs/);
    });

    test('for an empty session name', () => {
      expect(parseCellLine('{"code":"1","session":""}')).toMatch(/session/);
    });
  });
});
