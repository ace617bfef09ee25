/**
 * The conventions every `lce` command follows: -h/--help and --version, results on standard output
 * and everything else on standard error, one sentence per mistake (never a class name), exit codes
 * 0 / 1 / 2 / 3 / 130, outputs checked before any work, results streamed as they come.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { runCli as runInProcess } from '../../../src/cli/cli';
import { finished, jsonLines, ROOT, runCli, startCli } from './support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'lce-conventions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const COMMANDS = readdirSync(join(ROOT, 'src', 'cli', 'commands')).map((f) => f.replace(/\.ts$/, '')).sort();
const pairs = join(dir, 'pairs.jsonl');
writeFileSync(pairs, `${JSON.stringify({ id: 'a', pred: '1/2', gold: '0.5' })}\n`);

/** `lce …` in this process, its streams captured: for the many cases that end before any work starts. */
async function lce(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
  for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
  try {
    return { code: await runInProcess(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    vi.unstubAllEnvs();
  }
}

describe('lce', () => {
  describe('should print help on standard output and exit 0', () => {
    test.each(COMMANDS.flatMap((c) => [[c, '-h'], [c, '--help']]))('for lce %s %s', async (command, flag) => {
      const ran = await lce([command, flag]);
      expect(ran).toMatchObject({ code: 0, stderr: '' });
      expect(ran.stdout).toMatch(new RegExp(`^Usage: lce ${command}\\b`));
      expect(ran.stdout).toContain('Exit codes: 0 done; 1 failed');
    });

    test('for lce --help, listing every command', async () => {
      const ran = await lce(['--help']);
      expect(ran.code).toBe(0);
      for (const c of COMMANDS) expect(ran.stdout).toMatch(new RegExp(`^  ${c} +\\S`, 'm'));
      expect(ran.stdout).toContain('npx lce <command> [flags]');
    });

    test('for lce help solve', async () => {
      expect((await lce(['help', 'solve'])).stdout).toMatch(/^Usage: lce solve/);
    });
  });

  test('should print its version for --version', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(await lce(['--version'])).toEqual({ code: 0, stdout: `lce-playground ${version} (node ${process.version})\n`, stderr: '' });
  });

  describe('should refuse a usage mistake with one sentence on standard error and exit 2', () => {
    test.each([
      [[], /^lce: the LCE Playground core/],
      [['sovle'], /^lce: unknown command "sovle"; did you mean solve\? The commands are bench, collect/],
      [['--engine', 'replay'], /^lce: unknown command "--engine"; put the command first/],
      [['exec'], /^lce exec: --cells FILE\.jsonl is required \(see lce exec --help\)\.$/],
      [['exec', '--cels', 'x'], /^lce exec: unknown flag --cels; did you mean --cells\? \(see lce exec --help\)\.$/],
      [['exec', '--cells', pairs, '--timeout-ms', '0'], /^lce exec: --timeout-ms must be a whole number at least 1, got "0"\.$/],
      [['exec', '--cells', pairs, '--max-output-bytes', '-5'], /^lce exec: --max-output-bytes is followed by a value that starts with "-"; write --max-output-bytes=VALUE if that is the value\.$/],
      [['exec', '--cells', join(dir, 'none.jsonl')], /^lce exec: cannot read --cells .*none\.jsonl: no such file\.$/],
      [['exec', '--cells'], /^lce exec: --cells needs a value \(see lce exec --help\)\.$/],
      [['grade', '--in', pairs, '--rules-only', '--symbolic'], /^lce grade: --rules-only and --symbolic cannot be used together; choose one\.$/],
      [['grade', '--in', pairs, '--out', join(dir, 'no', 'x.jsonl')], /^lce grade: --out .*: the folder .* does not exist; create it first\.$/],
      [['grade', '--in', pairs, '--out', dir], /^lce grade: --out .* is a folder; give a file name such as/],
      [['bench', '--only', 'foo'], /^lce bench: --only foo matches no suite; the suites are (?=.*\bcollect\b)(?=.*\bsandbox\b)[a-z_, -]+\.$/],
      [['solve', '--engine', 'openai', '--base-url', 'http://h/v1', '--model', 'm'], /^lce solve: --question is required: the problem text to solve\.$/],
      [['solve', '--engine', 'replay'], /^lce solve: give --question TEXT \(a recorded question\) or --recording ID; lce recordings lists them all\.$/],
      [['collect', '--engine', 'replay', '--out', join(dir, 's.jsonl')], /^lce collect: --problems FILE is required/],
      [['collect', '--engine', 'replay', '--problems', pairs, '--out', join(dir, 's.jsonl'), '--methods', 'lce,pot'], /^lce collect: --methods: "pot" is not one of cot, code, lce, auto\.$/],
      [['export', '--format', 'sft', '--out', join(dir, 'x.jsonl')], /^lce export: --samples FILE\.jsonl is required/],
      [['recordings', '--jsn'], /^lce recordings: unknown flag --jsn; did you mean --json\?/],
    ])('for lce %j', async (argv, sentence) => {
      const ran = await lce(argv);
      expect(ran.code).toBe(2);
      expect(ran.stdout).toBe('');
      const firstLine = ran.stderr.split('\n')[0]!;
      expect(firstLine).toMatch(sentence);
      expect(ran.stderr).not.toMatch(/^\w*Error:/m);
    });

    test('for flags npm took because "--" was missing, saying how to write the command', async () => {
      const ran = await lce(['solve', 'replay'], { npm_lifecycle_event: 'lce', npm_config_loglevel: 'silent' });
      expect(ran.code).toBe(2);
      expect(ran.stderr).toBe('lce solve: unexpected word "replay". npm keeps the flags it sees before "--": write npm run -s lce -- <command> --flag …, or npx lce <command> --flag ….\n');
    });
  });

  describe('as a real process', () => {
    test('should keep standard output for results: a usage error leaves it empty and exits 2', async () => {
      const ran = await runCli(['grade', '--in', pairs, '--bogus']);
      expect(ran).toMatchObject({ code: 2, stdout: '' });
      expect(ran.stderr).toBe('lce grade: unknown flag --bogus (see lce grade --help).\n');
    });

    test('should warn that npm without -s put its banner on standard output', async () => {
      const ran = await runCli(['grade', '--in', pairs, '--rules-only'], { env: { npm_lifecycle_event: 'lce', npm_config_loglevel: 'notice' } });
      expect(ran.code).toBe(0);
      expect(ran.stderr).toContain('use npm run -s lce -- … (or npx lce …) to keep it out');
      expect(jsonLines(ran.stdout)).toEqual([{ id: 'a', equal: true, method: expect.any(String) as string, reason: expect.any(String) as string }]);
    });

    test('should run as the lce bin (npx lce)', async () => {
      const { spawnSync } = await import('node:child_process');
      const ran = spawnSync(process.execPath, [join(ROOT, 'bin', 'lce.js'), '--version'], { cwd: dir, encoding: 'utf8' });
      expect(ran.status).toBe(0);
      expect(ran.stdout).toMatch(/^lce-playground \d+\.\d+\.\d+ \(node v/);
    });

    test('should stop quietly when the reader of its output goes away (EPIPE)', async () => {
      const child = startCli(['recordings', '--json']);
      const ended = finished(child);
      child.stdout.once('data', () => child.stdout.destroy());
      const ran = await ended;
      expect(ran.code).toBe(0);
      expect(ran.stderr).toBe('');
    });

    test('should check the output before grading, losing nothing and starting no sandbox', async () => {
      const out = join(dir, 'missing', 'graded.jsonl');
      const symbolic = join(dir, 'symbolic.jsonl');
      writeFileSync(symbolic, `${JSON.stringify({ id: 1, pred: '(x+1)^2', gold: 'x^2+2x+1' })}\n`);
      const ran = await runCli(['grade', '--in', symbolic, '--out', out]);
      expect(ran.code).toBe(2);
      expect(ran.stderr).toMatch(/^lce grade: --out .*missing\/graded\.jsonl: the folder .*missing does not exist; create it first\.\n$/);
      expect(existsSync(join(dir, 'missing'))).toBe(false);
    });

    test('should stream grade results as they are judged, and keep them when interrupted (exit 130)', async () => {
      const input = join(dir, 'stream.jsonl');
      const out = join(dir, 'stream-out.jsonl');
      // The first pair the rules settle at once; the second needs sympy, whose sandbox takes seconds to start.
      writeFileSync(input, [{ id: 1, pred: '0.5', gold: '\\frac12' }, { id: 2, pred: '(x+1)^2', gold: 'x^2+2x+1' }, { id: 3, pred: '2', gold: '2' }].map((l) => JSON.stringify(l)).join('\n'));
      const child = startCli(['grade', '--in', input, '--out', out]);
      const ended = finished(child);
      while (!existsSync(out) || readFileSync(out, 'utf8') === '') await new Promise((r) => setTimeout(r, 20));
      expect(child.exitCode).toBe(null);
      child.kill('SIGINT');
      const ran = await ended;
      expect(ran.code).toBe(130);
      expect(jsonLines(readFileSync(out, 'utf8'))[0]).toMatchObject({ id: 1, equal: true });
      expect(ran.stderr).toMatch(/lce grade: interrupted after \d of 3 pairs; their results are written\./);
    }, 120_000);

    test('should exit 3 when some input lines were skipped, each reported, the others done', async () => {
      const input = join(dir, 'partly.jsonl');
      writeFileSync(input, `${JSON.stringify({ id: 'a', pred: '2', gold: '2' })}\n{oops\n`);
      const ran = await runCli(['grade', '--in', input, '--rules-only']);
      expect(ran.code).toBe(3);
      expect(jsonLines(ran.stdout).map((l) => l.equal)).toEqual([true, null]);
      expect(ran.stderr).toContain('lce grade: line 2 is not JSON');
    });
  });
});
