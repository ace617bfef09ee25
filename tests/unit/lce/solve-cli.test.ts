/** `lce solve` as a user runs it: a real child process against the scripted server on a real socket. */
import { execFile } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../../support/scripted-openai-server';

let server: ScriptedOpenAiServer;
beforeAll(async () => {
  server = await startScriptedOpenAiServer({
    script: ({ prompt }) => {
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
      expect(stderr).toContain('--base-url is required');
    });
  });
});
