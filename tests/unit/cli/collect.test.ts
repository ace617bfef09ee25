/**
 * `lce collect` as a user runs it: real child processes against the scripted OpenAI-compatible
 * server on a real socket, real Pyodide for the LCE cells, real signals, a real samples file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { planRun } from '../../../src/core/collect';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';
import { finished, interruptLikeATerminal, jsonLines, runCli, runInTerminal, startCli } from './support/run-cli';

const dir = mkdtempSync(join(tmpdir(), 'lce-collect-'));
let server: ScriptedOpenAiServer;

const sums = [[3, 4], [10, 32], [7, 8], [120, 5]] as const;
const problemsFile = join(dir, 'sums.jsonl');

beforeAll(async () => {
  writeFileSync(problemsFile, sums.map(([a, b], i) => JSON.stringify({ id: `s${i}`, question: `What is ${a} + ${b}?`, answer: String(a + b) })).join('\n') + '\n');
  server = await startScriptedOpenAiServer({
    tokenDelayMs: 3,
    script: ({ prompt, body }) => {
      const [a, b] = [...(/What is (\d+) \+ (\d+)\?(?![\s\S]*What is)/.exec(prompt) ?? [])].slice(1).map(Number);
      const out = lastOutputIn(prompt);
      const wantsCode = /integrate natural language reasoning with programs|Let's write a program/.test(prompt);
      if (wantsCode && out === null) return `Add them.\n\`\`\`python\nprint(${a} + ${b})\n\`\`\`\n`;
      const answer = out !== null ? out.trim() : String(a! + b!);
      // At temperature 0.5 the answer streams slowly (~0.4 s), so a test has time to interrupt or to count overlaps.
      return { text: `The sum is \\boxed{${answer}}.`, tokenDelayMs: body.temperature === 0.5 ? 40 : undefined };
    },
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const args = (out: string, extra: string[] = []) => ['collect', '--engine', 'openai', '--base-url', server.baseUrl, '--model', 'qwen2.5-math-1.5b-instruct', '--problems', problemsFile, '--out', out, ...extra];

/** The ids in a samples file, each line parsed (a half-written line fails the test). */
const idsIn = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id);

/** The ids a run of the sums problems must end with. */
function expectedIds(run: string, methods: ('lce' | 'cot' | 'code')[], k: number): string[] {
  const problems = sums.map(([a, b], i) => ({ id: `sums#s${i}`, question: `What is ${a} + ${b}?`, reference: String(a + b) }));
  return planRun({ id: run, setId: 'x', methods, k, sampling: { temperature: 0.7, topP: 0.95, seed: 0 }, caps: { maxRounds: 4, maxTokensPerRound: 1024, cellTimeoutMs: 10_000, maxOutputChars: 400 }, model: { engine: 'openai', id: 'm' } }, problems).map((p) => p.id).sort();
}

async function waitForLines(file: string, n: number): Promise<void> {
  while (!existsSync(file) || readFileSync(file, 'utf8').split('\n').filter(Boolean).length < n) await new Promise((r) => setTimeout(r, 25));
}

describe('lce collect', () => {
  describe('should end with exactly problems × methods × k samples, each id once', () => {
    const out = join(dir, 'interrupted.jsonl');
    // A function: the server's address is known only once it has started.
    const lceArgs = () => args(out, ['--methods', 'lce,cot', '--k', '3', '--concurrency', '2', '--run', 'sums-lce', '--temperature', '0.5']);

    test('for a run interrupted by a real SIGINT and run again', async () => {
      const child = startCli(lceArgs());
      const ended = finished(child);
      await waitForLines(out, 3);
      interruptLikeATerminal(child);
      const first = await ended;
      expect(first.code, first.stderr).toBe(130);
      const kept = idsIn(out);
      expect(kept.length).toBeGreaterThanOrEqual(3);
      expect(kept.length).toBeLessThan(24);
      expect(first.stderr).toContain(`interrupted — ${kept.length} of 24 samples of run sums-lce are in ${out}`);
      expect(first.stderr).toContain('Run the same command again to make the rest.');
      expect(existsSync(`${out}.lock`)).toBe(false);

      const again = await runCli(lceArgs());
      expect(again.code).toBe(0);
      expect(again.stderr).toContain(`${kept.length} already in ${out}, ${24 - kept.length} to make.`);
      expect(jsonLines(again.stdout)[0]).toMatchObject({ run: 'sums-lce', outcome: 'finished', total: 24, done: 24, madeNow: 24 - kept.length });
      const ids = idsIn(out);
      expect(ids.slice(0, kept.length)).toEqual(kept);
      expect([...ids].sort()).toEqual(expectedIds('sums-lce', ['lce', 'cot'], 3));
      // Each LCE sample ran its cell in the sandbox and was judged right by the critic.
      const samples = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { method: string; blocks: { type: string; content: string }[]; verdict: { equal: boolean } });
      for (const s of samples.filter((x) => x.method === 'lce')) expect(s.blocks.map((b) => b.type)).toEqual(['text', 'code', 'output', 'text']);
      expect(samples.every((s) => s.verdict.equal)).toBe(true);
    }, 240_000);

    test('for a last line cut short by a crash, detected, dropped and made again', async () => {
      const whole = readFileSync(out, 'utf8');
      const lastStart = whole.trimEnd().lastIndexOf('\n') + 1;
      const lastId = idsIn(out).at(-1)!;
      truncateSync(out, lastStart + Math.floor((whole.length - lastStart) / 2));
      const again = await runCli(lceArgs());
      expect(again.code).toBe(0);
      expect(again.stderr).toMatch(/dropped the last line \(\d+ bytes\), cut short by an interrupted write; its sample will be made again/);
      expect(jsonLines(again.stdout)[0]).toMatchObject({ done: 24, madeNow: 1 });
      const ids = idsIn(out);
      expect(ids.at(-1)).toBe(lastId);
      expect([...ids].sort()).toEqual(expectedIds('sums-lce', ['lce', 'cot'], 3));
    }, 120_000);

    test('for a process killed outright (SIGKILL), whose lock the next run takes over', async () => {
      const killed = join(dir, 'killed.jsonl');
      const cotArgs = args(killed, ['--methods', 'cot', '--k', '4', '--run', 'sums-cot', '--temperature', '0.5']);
      const child = startCli(cotArgs);
      const ended = finished(child);
      await waitForLines(killed, 2);
      child.kill('SIGKILL');
      await ended;
      expect(existsSync(`${killed}.lock`)).toBe(true);
      const again = await runCli(cotArgs);
      expect(again.code).toBe(0);
      expect([...idsIn(killed)].sort()).toEqual(expectedIds('sums-cot', ['cot'], 4));
    }, 120_000);
  });

  test('should keep --concurrency requests in flight, and no more', async () => {
    const from = server.requests.length;
    let most = 0;
    // A request is in flight from its arrival until the server finished streaming it.
    const watch = setInterval(() => {
      const open = server.requests.slice(from).filter((r) => r.finishReason === null && !r.clientClosed).length;
      most = Math.max(most, open);
    }, 5);
    const ran = await runCli(args(join(dir, 'concurrent.jsonl'), ['--methods', 'cot', '--k', '3', '--concurrency', '3', '--rules-only', '--temperature', '0.5']));
    clearInterval(watch);
    expect(ran.code).toBe(0);
    expect(server.requests.length - from).toBe(12);
    expect(most).toBe(3);
  }, 120_000);

  describe('should refuse before making anything, exit 2 and say why', () => {
    test('for a second lce collect writing the same file', async () => {
      const shared = join(dir, 'shared.jsonl');
      const first = startCli(args(shared, ['--methods', 'cot', '--k', '6', '--temperature', '0.5']));
      const firstDone = finished(first);
      await waitForLines(shared, 1);
      const second = await runCli(args(shared, ['--methods', 'cot', '--k', '6', '--temperature', '0.5']));
      expect(second.code).toBe(2);
      expect(second.stderr).toBe(`lce collect: ${shared} is being written by another lce collect (process ${first.pid}); wait for it to finish or stop it, then run again.\n`);
      expect((await firstDone).code).toBe(0);
      expect(idsIn(shared)).toHaveLength(24);
    }, 120_000);

    test('for a run resumed with other sampling than it was made with', async () => {
      const ran = await runCli(args(join(dir, 'killed.jsonl'), ['--methods', 'cot', '--k', '4', '--run', 'sums-cot', '--temperature', '0.9']));
      expect(ran).toMatchObject({ code: 2, stdout: '' });
      expect(ran.stderr).toContain('lce collect: run sums-cot in the samples file was made with temperature 0.5; give the same flags to resume it, or another --run to start a new run.');
    }, 60_000);

    test('for an output folder that does not exist, before any request', async () => {
      const before = server.requests.length;
      const ran = await runCli(args(join(dir, 'no', 'such', 'samples.jsonl')));
      expect(ran).toMatchObject({ code: 2, stdout: '' });
      expect(ran.stderr).toMatch(/^lce collect: --out .*: the folder .* does not exist; create it first\.\n$/);
      expect(server.requests.length).toBe(before);
    });
  });

  test('should list the problem lines it skipped, make the rest, and exit 3', async () => {
    const messy = join(dir, 'messy.jsonl');
    writeFileSync(messy, `${JSON.stringify({ question: 'What is 2 + 2?', answer: '4' })}\n{broken\n${JSON.stringify({ answer: '1' })}\n`);
    const out = join(dir, 'messy-samples.jsonl');
    const ran = await runCli(['collect', '--engine', 'openai', '--base-url', server.baseUrl, '--model', 'm', '--problems', messy, '--methods', 'cot', '--out', out]);
    expect(ran.code).toBe(3);
    expect(ran.stderr).toContain(`lce collect: ${messy} line 2 skipped:`);
    expect(ran.stderr).toContain(`lce collect: ${messy} line 3 skipped:`);
    expect(idsIn(out)).toHaveLength(1);
  }, 60_000);

  test('should stop on a server that keeps failing, keep what it made, and exit 1', async () => {
    const failing = await startScriptedOpenAiServer({ script: ({ index }) => (index < 2 ? 'So \\boxed{7}.' : { text: '', fail: 'http-500' }) });
    try {
      const out = join(dir, 'failing.jsonl');
      const ran = await runCli(['collect', '--engine', 'openai', '--base-url', failing.baseUrl, '--model', 'm', '--problems', problemsFile, '--methods', 'cot', '--retries', '0', '--out', out]);
      expect(ran.code).toBe(1);
      expect(ran.stderr).toMatch(/stopped by an error — 2 of 4 samples of run .* are in .*HTTP 500.*Run the same command again to resume once it is fixed\./);
      expect(idsIn(out)).toHaveLength(2);
    } finally {
      await failing.close();
    }
  }, 60_000);

  describe('should show progress on standard error only when it is a terminal, and a summary always', () => {
    test('for a terminal: a live line with done/total, rate, ETA and accuracy', async () => {
      const stdoutFile = join(dir, 'tty-stdout.json');
      const ran = await runInTerminal(args(join(dir, 'tty.jsonl'), ['--methods', 'cot', '--k', '2', '--temperature', '0.5']), stdoutFile);
      expect(ran.stdout).toMatch(/\r\x1b\[2Klce collect: \d+\/8 \(\d+\.\d%\) · [\d.]+\/min · ETA [^·]+ · cot 100\.0% \(\d\/\d\)/);
      expect(ran.stdout).toContain('lce collect: done — 8 of 8 samples');
      expect(jsonLines(readFileSync(stdoutFile, 'utf8'))[0]).toMatchObject({ outcome: 'finished', done: 8 });
    }, 60_000);

    test('for a pipe: no live line, the summary table and the closing sentence', async () => {
      const ran = await runCli(args(join(dir, 'pipe.jsonl'), ['--methods', 'cot', '--k', '2']));
      expect(ran.code).toBe(0);
      expect(ran.stderr).not.toContain('\x1b[');
      expect(ran.stderr).toMatch(/method +samples +accuracy +pass@k +maj@k/);
      expect(ran.stderr).toMatch(/cot +8 +100\.0% \(8\/8\) +@1 1\.000 @2 1\.000 +@2 1\.000/);
      expect(ran.stderr).toContain('lce collect: done — 8 of 8 samples');
    }, 60_000);
  });
});
