/** `lce solve` as a user runs it: a real child process against the scripted server on a real socket. */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';

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

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'solve', ...args], { timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('lce solve', () => {
  describe('should print one JSON transcript', () => {
    test('for a recorded question replayed, its cells run for real', async () => {
      const recording = JSON.parse(readFileSync(new URL('../../../public/replay/tora-gsm8k-0.json', import.meta.url), 'utf8')) as { question: string; recordedAnswer: string };
      const { code, stdout } = await cli(['--engine', 'replay', '--question', `  ${recording.question.replace(/ /g, '  ')} `]);
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as { model: string; answer: string; stopReason: string; blocks: { type: string }[] };
      expect(out).toMatchObject({ model: 'ToRA-Code-34B v1.0', answer: recording.recordedAnswer, stopReason: 'answered' });
      expect(out.blocks.some((b) => b.type === 'output')).toBe(true);
    });

    test('for an LCE run against an OpenAI-compatible server, judged against the reference', async () => {
      const { code, stdout } = await cli([
        '--engine', 'openai', '--base-url', server.baseUrl, '--model', 'qwen2.5-math-1.5b-instruct',
        '--method', 'lce', '--question', 'What is 1 + 2 + ... + 100?', '--max-rounds', '3', '--timeout-ms', '5000', '--reference', '5050.0',
      ]);
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as Record<string, unknown>;
      expect(Object.keys(out)).toEqual(['question', 'method', 'model', 'blocks', 'answer', 'rounds', 'verdict', 'usage', 'stopReason', 'stopDetail']);
      expect(out.verdict).toMatchObject({ equal: true });
      expect(out).toMatchObject({
        method: 'lce',
        model: 'qwen2.5-math-1.5b-instruct',
        answer: '5050',
        rounds: 2,
        stopReason: 'answered',
        blocks: [
          { type: 'text', content: 'Sum them.' },
          { type: 'code', content: 'print(sum(range(1, 101)))' },
          { type: 'output', content: '5050' },
          { type: 'text', content: 'The sum is \\boxed{5050}.' },
        ],
      });
      expect((out.usage as { perRound: unknown[] }).perRound).toHaveLength(2);
    });
  });

  describe('should judge the whole response against the reference, as the page does', () => {
    test('for a response that hedges between two boxes, whose last box alone is the reference', async () => {
      const { code, stdout } = await cli([
        '--engine', 'openai', '--base-url', server.baseUrl, '--model', 'm', '--method', 'cot',
        '--question', 'How many squares are on a chessboard of 8 by 8 unit squares?', '--reference', '64',
      ]);
      expect(code).toBe(0);
      const out = JSON.parse(stdout) as { answer: string; verdict: { equal: boolean | null; reason: string } };
      expect(out.answer).toBe('64');
      expect(out.verdict.equal).toBe(false);
      expect(out.verdict.reason).toContain('2 different final answers');
    });
  });

  describe('should refuse bad input with a sentence saying what to do', () => {
    test('for an unknown method', async () => {
      const { code, stdout, stderr } = await cli(['--engine', 'openai', '--base-url', server.baseUrl, '--model', 'm', '--method', 'magic', '--question', 'Q']);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toContain('--method must be one of cot, code, lce, auto');
    });

    test('for the openai engine without a base URL', async () => {
      const { code, stderr } = await cli(['--engine', 'openai', '--model', 'm', '--question', 'Q']);
      expect(code).toBe(1);
      expect(stderr).toContain('--engine openai needs --base-url: the API root of the server, e.g. http://127.0.0.1:8080/v1');
    });

    test('for a replay question that was never recorded, before anything starts', async () => {
      const { code, stdout, stderr } = await cli(['--engine', 'replay', '--question', 'What is 123 + 456?']);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^InvalidInputError: lce solve: no recording in public\/replay has this question/);
    });
  });
});
