/** `lce solve` as a user runs it: a real child process against real local servers on real sockets. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';
import { jsonLines, runCli, runInTerminal } from './support/run-cli';

const recording = JSON.parse(readFileSync(new URL('../../../public/replay/tora-gsm8k-0.json', import.meta.url), 'utf8')) as { question: string; recordedAnswer: string; source: string };

const dir = mkdtempSync(join(tmpdir(), 'lce-solve-'));
let server: ScriptedOpenAiServer;
beforeAll(async () => {
  server = await startScriptedOpenAiServer({
    script: ({ prompt }) => {
      if (prompt.includes('How many squares')) return 'It is either \\boxed{12} or \\boxed{64}.';
      const out = lastOutputIn(prompt);
      if (out === null) return 'Sum them.\n```python\nprint(sum(range(1, 101)))\n```\n';
      return out === '5050' ? 'The sum is \\boxed{5050}.' : '\\boxed{0}';
    },
  });
});
afterAll(() => server.close());

const live = (extra: string[]) => ['solve', '--engine', 'openai', '--base-url', server.baseUrl, '--model', 'qwen2.5-math-1.5b-instruct', ...extra];

/** A local HTTP server whose handler the test writes (a stuck or picky server). */
async function localServer(handler: Parameters<typeof createServer>[1]): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const s: Server = createServer(handler);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(s.address() as AddressInfo).port}/v1`,
    close: () =>
      new Promise<void>((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  };
}

describe('lce solve', () => {
  describe('should print the transcript as one JSON line on standard output', () => {
    test('for an LCE run against an OpenAI-compatible server, judged against the reference', async () => {
      const ran = await runCli(live(['--question', 'What is 1 + 2 + ... + 100?', '--max-rounds', '3', '--timeout-ms', '5000', '--reference', '5050.0']));
      expect(ran.code).toBe(0);
      expect(ran.stdout.trimEnd().split('\n')).toHaveLength(1);
      const [out] = jsonLines(ran.stdout);
      expect(Object.keys(out!)).toEqual(['question', 'method', 'model', 'engine', 'sampling', 'blocks', 'answer', 'rounds', 'verdict', 'usage', 'stopReason', 'stopDetail']);
      expect(out).toMatchObject({
        method: 'lce',
        model: 'qwen2.5-math-1.5b-instruct',
        engine: { kind: 'openai', isRecording: false },
        answer: '5050',
        rounds: 2,
        stopReason: 'answered',
        verdict: { equal: true },
        blocks: [
          { type: 'text', content: 'Sum them.' },
          { type: 'code', content: 'print(sum(range(1, 101)))' },
          { type: 'output', content: '5050' },
          { type: 'text', content: 'The sum is \\boxed{5050}.' },
        ],
      });
      expect((out!.usage as { perRound: unknown[] }).perRound).toHaveLength(2);
    });

    test('for --pretty, indented over several lines', async () => {
      const ran = await runCli(live(['--question', 'What is 1 + 2 + ... + 100?', '--pretty']));
      expect(ran.code).toBe(0);
      expect(ran.stdout.split('\n').length).toBeGreaterThan(10);
      expect(JSON.parse(ran.stdout)).toMatchObject({ answer: '5050' });
    });
  });

  describe('should judge the whole response against the reference, as the page does', () => {
    test('for a response that hedges between two boxes, whose last box alone is the reference', async () => {
      const ran = await runCli(live(['--method', 'cot', '--question', 'How many squares are on a chessboard of 8 by 8 unit squares?', '--reference', '64']));
      expect(ran.code).toBe(0);
      const [out] = jsonLines(ran.stdout) as Array<{ answer: string; verdict: { equal: boolean | null; reason: string } }>;
      expect(out!.answer).toBe('64');
      expect(out!.verdict.equal).toBe(false);
      expect(out!.verdict.reason).toContain('2 different final answers');
    });
  });

  describe('should show what it is doing on standard error only when it is a terminal', () => {
    test('for a terminal: the round, tokens so far and time, redrawn in place', async () => {
      const slow = await startScriptedOpenAiServer({ tokenDelayMs: 25, script: ({ prompt }) => (lastOutputIn(prompt) === null ? 'Sum them.\n```python\nprint(sum(range(1, 101)))\n```\n' : 'The sum is \\boxed{5050}.') });
      try {
        const stdoutFile = join(dir, 'solve-tty.json');
        const ran = await runInTerminal(['solve', '--engine', 'openai', '--base-url', slow.baseUrl, '--model', 'm', '--question', 'What is 1 + 2 + ... + 100?'], stdoutFile);
        expect(ran.stdout).toMatch(/\r\x1b\[2Klce solve: round 1 of 4 · \d+ tokens · \d+ s · writing/);
        expect(ran.stdout).toMatch(/\r\x1b\[2Klce solve: round 2 of 4 · \d+ tokens/);
        expect(jsonLines(readFileSync(stdoutFile, 'utf8'))[0]).toMatchObject({ answer: '5050' });
      } finally {
        await slow.close();
      }
    });

    test('for a pipe: no progress line, only the connection note', async () => {
      const ran = await runCli(live(['--question', 'What is 1 + 2 + ... + 100?']));
      expect(ran.stderr).not.toContain('\x1b[');
      expect(ran.stderr).toBe(`lce solve: Connected to ${server.baseUrl}, model qwen2.5-math-1.5b-instruct (the server lists "scripted-math-model", not "qwen2.5-math-1.5b-instruct": llama.cpp answers to any name, other servers need one of the listed names as --model).\n`);
    });
  });

  describe('should send the sampling the flags and the help name, never leaving it to the server', () => {
    test('for the defaults: temperature 0, top-p 1, 1024 tokens a round, no seed', async () => {
      const before = server.requests.length;
      expect((await runCli(live(['--question', 'What is 1 + 2 + ... + 100?']))).code).toBe(0);
      expect(server.requests[before]!.body).toMatchObject({ temperature: 0, top_p: 1, max_tokens: 1024 });
      expect(server.requests[before]!.body).not.toHaveProperty('seed');
    });

    test('for --temperature, --top-p, --seed, --max-tokens and --api-key', async () => {
      const before = server.requests.length;
      const ran = await runCli(live(['--question', 'What is 1 + 2 + ... + 100?', '--temperature', '0.6', '--top-p', '0.9', '--seed', '17', '--max-tokens', '300', '--api-key', 'sk-local-1']));
      expect(ran.code).toBe(0);
      expect(server.requests[before]).toMatchObject({ body: { temperature: 0.6, top_p: 0.9, seed: 17, max_tokens: 300 }, authorization: 'Bearer sk-local-1' });
      expect(jsonLines(ran.stdout)[0]).toMatchObject({ sampling: { temperature: 0.6, topP: 0.9, seed: 17 } });
      expect(ran.stdout + ran.stderr).not.toContain('sk-local-1');
    });
  });

  describe('should label a replayed recording as one, with its source', () => {
    test('for a recording picked by id, its cells run for real and no speed made up', async () => {
      const ran = await runCli(['solve', '--engine', 'replay', '--recording', 'tora-gsm8k-0']);
      expect(ran.code).toBe(0);
      const [out] = jsonLines(ran.stdout);
      expect(out).toMatchObject({
        question: recording.question,
        model: 'ToRA-Code-34B v1.0',
        engine: { kind: 'replay', isRecording: true, recording: { id: 'tora-gsm8k-0', source: recording.source, licence: 'MIT', recordedAnswer: recording.recordedAnswer } },
        sampling: null,
        answer: recording.recordedAnswer,
        stopReason: 'answered',
      });
      expect(JSON.stringify(out!.usage)).not.toMatch(/TokensPerS|timeToFirstTokenMs|totalMs/);
      expect(ran.stderr).toContain('Replaying 1 recorded solution by ToRA-Code-34B v1.0');
    });

    test('for a recorded question typed with other spaces, a straight apostrophe and other capitals', async () => {
      const typed = `  ${recording.question.replace('’', "'").replace(/ /g, '  ').toUpperCase()} `;
      const ran = await runCli(['solve', '--engine', 'replay', '--question', typed]);
      expect(ran.code).toBe(0);
      expect(jsonLines(ran.stdout)[0]).toMatchObject({ question: recording.question, engine: { recording: { id: 'tora-gsm8k-0' } } });
    });
  });

  describe('should refuse with a sentence saying what to type, exit 2 and print nothing on standard output', () => {
    test('for a question that was never recorded, offering the nearest ones whole with their ids', async () => {
      const ran = await runCli(['solve', '--engine', 'replay', '--question', 'Janet has ducks that lay eggs; how much does she make?']);
      expect(ran).toMatchObject({ code: 2, stdout: '' });
      expect(ran.stderr).toMatch(/^lce solve: the recorded demo replays only the questions it recorded/);
      // Whole, not cut at 70 characters: the user can copy it.
      const line = ran.stderr.split('\n').find((l) => l.trimStart().startsWith('tora-gsm8k-0 '));
      expect(line?.trimEnd().endsWith(JSON.stringify(recording.question))).toBe(true);
      expect(ran.stderr).toContain('--recording ID');
    });

    test('for a recording asked to stand in for another method', async () => {
      const ran = await runCli(['solve', '--engine', 'replay', '--recording', 'tora-gsm8k-0', '--method', 'cot']);
      expect(ran).toMatchObject({ code: 2, stdout: '' });
      expect(ran.stderr).toBe('lce solve: this question was recorded with --method lce only; a recording cannot stand in for another method. Use --method lce.\n');
    });

    test.each([
      [['--method', 'magic', '--question', 'Q'], '--method must be one of cot, code, lce, auto, got "magic".'],
      [['--question', 'Q', '--temperature', '3'], '--temperature must be a number from 0 to 2, got "3".'],
      [['--question', 'Q', '--top-p', '0'], '--top-p must be a number above 0, at most 1, got "0".'],
      [['--question', 'Q', '--timeout-ms', '0'], '--timeout-ms must be a whole number at least 1, got "0".'],
      [['--question', 'Q', '--max-rounds', '0'], '--max-rounds must be a whole number from 1 to 64, got "0".'],
    ])('for %j', async (extra, sentence) => {
      const ran = await runCli(live(extra));
      expect(ran).toMatchObject({ code: 2, stdout: '', stderr: `lce solve: ${sentence}\n` });
    });
  });

  describe('should fail with advice for a terminal, not for a page, and exit 1', () => {
    test('for a refused connection: start the server or correct --base-url, no CORS', async () => {
      const down = await localServer(() => undefined);
      const { baseUrl } = down;
      await down.close();
      const ran = await runCli(['solve', '--engine', 'openai', '--base-url', baseUrl, '--model', 'm', '--question', 'Q']);
      expect(ran).toMatchObject({ code: 1, stdout: '' });
      expect(ran.stderr).toMatch(/^lce solve: OpenAI-compatible server cannot run: nothing is listening at .*\(connection refused\)\. Start the server \(llama-server, ollama serve or vllm serve\) or correct --base-url\.\n$/);
      expect(ran.stderr).not.toMatch(/origin|CORS|OLLAMA_ORIGINS|mixed content|page|Error:/);
    });

    test('for a model the server does not serve: the ones it serves are named, once', async () => {
      const vllm = await localServer((req, res) => {
        res.writeHead(req.url === '/v1/models' ? 200 : 404, { 'content-type': 'application/json' });
        res.end(req.url === '/v1/models' ? JSON.stringify({ data: [{ id: 'Qwen/Qwen2.5-Math-7B-Instruct' }] }) : JSON.stringify({ message: 'The model `qwen` does not exist.', type: 'NotFoundError', code: 404 }));
      });
      try {
        const ran = await runCli(['solve', '--engine', 'openai', '--base-url', vllm.baseUrl, '--model', 'qwen', '--question', 'Q']);
        expect(ran.code).toBe(1);
        expect(ran.stderr).toContain('model qwen (the server lists "Qwen/Qwen2.5-Math-7B-Instruct", not "qwen"');
        expect(ran.stderr).toMatch(/HTTP 404 Not Found from .*: The model `qwen` does not exist\. The server does not list "qwen"; it serves "Qwen\/Qwen2\.5-Math-7B-Instruct"\. Give one of them as --model\.\n$/);
        expect(ran.stderr).not.toMatch(/\.\./);
      } finally {
        await vllm.close();
      }
    });

    test('for a server that accepts the connection and never answers, after --connect-timeout-ms', async () => {
      const stuck = await localServer(() => undefined);
      try {
        const ran = await runCli(['solve', '--engine', 'openai', '--base-url', stuck.baseUrl, '--model', 'm', '--question', 'Q', '--connect-timeout-ms', '300']);
        expect(ran).toMatchObject({ code: 1, stdout: '' });
        expect(ran.stderr).toMatch(/sent no response within 300 ms .*To wait longer, raise --connect-timeout-ms\.\n$/);
      } finally {
        await stuck.close();
      }
    });

    test('for a server that answers but never sends a token, after --first-token-timeout-ms, keeping what it has', async () => {
      const silent = await localServer((req, res) => {
        if (req.url === '/v1/models') {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data: [{ id: 'm' }] }));
        } else {
          res.writeHead(200, { 'content-type': 'text/event-stream' });
          res.flushHeaders();
        }
      });
      try {
        const ran = await runCli(['solve', '--engine', 'openai', '--base-url', silent.baseUrl, '--model', 'm', '--question', 'Q', '--first-token-timeout-ms', '300']);
        expect(ran.code).toBe(1);
        expect(jsonLines(ran.stdout)[0]).toMatchObject({ stopReason: 'error', blocks: [] });
        expect(ran.stderr).toMatch(/answered but sent no token within 300 ms\. .*raise --first-token-timeout-ms\.\n$/);
      } finally {
        await silent.close();
      }
    });
  });
});
