/**
 * The chat continuation proved at the web-llm boundary: the LCE loop drives our web-llm engine,
 * through web-llm's real worker client and handler, into web-llm's real `LLMChatPipeline` (only the
 * GPU kernels are fakes), with a real Qwen tokenizer and real Pyodide running the cells. At every
 * sampling step ScriptedModel checks that the KV text is a prefix of the ideal in-turn transcript.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { solve, type SolveOptions } from '../../../../src/core/lce';
import type { SolveEvent, SolveResult } from '../../../../src/core/lce/events';
import type { Block } from '../../../../src/core/transcript';
import { createNodePythonRunner, type NodePythonRunner } from '../../../../src/sandbox/node/node-python-runner';
import { createPipelineHarness, type HarnessOptions, type PipelineHarness, prefillRatio } from '../../../support/webllm-pipeline/pipeline-harness';
import { OUTPUT_STOP_PIECES, type ScriptRound } from '../../../support/webllm-pipeline/scripted-model';
import { loadWebLlmInternals, patchedBundle } from '../../../support/webllm-pipeline/web-llm-internals';

let runner: NodePythonRunner;
beforeAll(() => {
  runner = createNodePythonRunner();
});
afterAll(() => runner.dispose());

const QUESTION = 'Let x be 6 times 7. What is x squared plus one?';

const THREE_ROUNDS: ScriptRound[] = [
  { text: 'Let me compute x first.\n```python\nx = 6 * 7\nprint(x)\n```\n', stop: OUTPUT_STOP_PIECES, output: '42' },
  { text: 'Now square it.\nThen add one.\n```python\nprint(x**2 + 1)\n```\n', stop: OUTPUT_STOP_PIECES, output: '1765' },
  { text: 'So the answer is \\boxed{1765}.', stop: 'eos' },
];

async function harness(options: Partial<HarnessOptions> = {}): Promise<PipelineHarness> {
  const h = await createPipelineHarness({ question: QUESTION, rounds: THREE_ROUNDS, ...options });
  await h.engine.load();
  return h;
}

async function run(h: PipelineHarness, options: Partial<SolveOptions> = {}, onEvent?: (e: SolveEvent) => void, question = QUESTION): Promise<SolveResult> {
  let result: SolveResult | null = null;
  for await (const e of solve({ id: 'q', question }, { engine: h.engine, runner, method: 'lce', ...options })) {
    onEvent?.(e);
    if (e.type === 'done') result = e.result;
  }
  if (!result) throw new Error('no done event');
  return result;
}

/** The KV cache now holds a prefix of the ideal transcript, and nothing broke the invariant. */
function expectCleanCache(h: PipelineHarness): void {
  expect(h.model.violations).toEqual([]);
  const kv = h.tokenizer.decode(Int32Array.from(h.worker.tvm!.kvTokens()));
  expect(h.model.transcripts.some((t) => t.startsWith(kv))).toBe(true);
}

describe('the chat continuation over web-llm’s real pipeline', () => {
  describe('should prefill the prompt once, then only each injected output', () => {
    test('for a three-round LCE solve', async () => {
      const h = await harness();
      const result = await run(h);
      expect(result).toMatchObject({ answer: '1765', rounds: 3, stopReason: 'answered' });
      expectCleanCache(h);
      // Every token the model wrote was sampled once, each after a checked KV state.
      expect(h.model.steps).toHaveLength(h.model.writtenTokens);
      expect(h.prefills.map((p) => p.text)).toEqual(h.model.minimalPrefills);
      expect(h.prefills[0]!.text).toBe(h.format.prompt);
      expect(h.prefills[1]!.text).toBe('output\n42\n```\n');
      expect(h.prefills.map((p) => p.clears)).toEqual([1, 0, 0]);
      expect(h.prefills.map((p) => p.usagePromptTokens)).toEqual(h.model.minimalPrefills.map(h.count));
      expect(result.usage.perRound.map((u) => u.promptTokens)).toEqual(h.model.minimalPrefills.map(h.count));
      expect(prefillRatio(h)).toBe(1);
      // The cache ends holding the whole solution but the end-of-turn token.
      expect(h.tokenizer.decode(Int32Array.from(h.worker.tvm!.kvTokens()))).toBe(h.model.transcript.replace(/<\|im_end\|>$/, ''));
      expect(h.worker.reloads[0]).toMatchObject({ conv_config: { roles: { user: '', assistant: '', tool: '' }, role_templates: {} } });
    });

    test('for a stop string split across tokens ("```" + "out" + "put")', async () => {
      const rounds: ScriptRound[] = [{ ...THREE_ROUNDS[0]!, stop: ['```', 'out', 'put'] }, THREE_ROUNDS[1]!, THREE_ROUNDS[2]!];
      const h = await harness({ rounds });
      const result = await run(h);
      expect(result).toMatchObject({ answer: '1765', rounds: 3 });
      expect(result.blocks.map((b) => b.type)).toEqual(['text', 'code', 'output', 'text', 'code', 'output', 'text']);
      expectCleanCache(h);
      expect(h.prefills[1]!.text).toBe('put\n42\n```\n');
      expect(prefillRatio(h)).toBe(1);
    });

    test('for $$ in the question and in the output (no template substitution touches them)', async () => {
      const question = 'Compute $$6 \\times 7$$, then write it as $$x$$.';
      const rounds: ScriptRound[] = [
        { text: 'Compute it.\n```python\nprint("$$" + str(6 * 7) + "$$ and $&")\n```\n', stop: OUTPUT_STOP_PIECES, output: '$$42$$ and $&' },
        { text: 'So $$x = 42$$ and the answer is \\boxed{42}.', stop: 'eos' },
      ];
      const h = await harness({ question, rounds });
      const result = await run(h, {}, undefined, question);
      expect(result).toMatchObject({ answer: '42', rounds: 2 });
      expect(result.blocks[2]).toMatchObject({ type: 'output', content: '$$42$$ and $&' });
      expectCleanCache(h);
      expect(h.prefills.map((p) => p.text)).toEqual(h.model.minimalPrefills);
    });

    test('for log-probabilities carried per token', async () => {
      const h = await harness();
      const events = [];
      for await (const e of h.engine.generate({ prompt: h.format.prompt, stop: h.format.stop, maxTokens: 64, logprobs: true, temperature: 0, seed: 7 })) events.push(e);
      const tokens = events.filter((e) => e.type === 'token');
      expect(tokens.length).toBeGreaterThan(3);
      // FakeTvm gives each picked token probability 0.8; an event may carry several tokens.
      for (const t of tokens) {
        const n = t.logprob! / Math.log(0.8);
        expect(Math.round(n)).toBeGreaterThanOrEqual(1);
        expect(n).toBeCloseTo(Math.round(n), 4);
      }
      expect(tokens[0]!.logprob).toBeCloseTo(Math.log(0.8), 5);
      expect(events.at(-1)).toMatchObject({ type: 'done', finishReason: 'stop', stopString: '```output' });
    });
  });

  describe('should send the canonical history when the cache cannot be continued', () => {
    test('for a solve stopped mid-round, then resumed from its blocks', async () => {
      const h = await harness();
      const controller = new AbortController();
      let round = 0;
      let seen = '';
      const stopped = await run(h, { signal: controller.signal }, (e) => {
        if (e.type === 'round') round = e.round;
        if (e.type === 'token' && round === 2 && (seen += e.text).includes('\n')) controller.abort();
      });
      expect(stopped).toMatchObject({ stopReason: 'aborted', rounds: 2 });
      expect(stopped.blocks.at(-1)).toEqual({ type: 'text', content: 'Now square it.' });
      expectCleanCache(h);

      const resumed = await run(h, { prefix: stopped.blocks });
      expect(resumed).toMatchObject({ answer: '1765', stopReason: 'answered' });
      expectCleanCache(h);
      // The resumed round re-sent everything (web-llm reset its cache), then continued in place.
      const [fresh, next] = h.prefills.slice(2);
      expect(fresh).toMatchObject({ clears: 1 });
      expect(fresh!.text).toBe(fresh!.prompt);
      expect(fresh!.prompt.endsWith('```output\n42\n```\nNow square it.\n')).toBe(true);
      expect(next).toMatchObject({ clears: 0, text: 'output\n1765\n```\n' });
    });

    test('for a round that hit its token cap', async () => {
      const h = await harness();
      let text = '';
      for await (const e of h.engine.generate({ prompt: h.format.prompt, stop: h.format.stop, maxTokens: 4 })) {
        if (e.type === 'token') text += e.text;
        else expect(e.finishReason).toBe('length');
      }
      let done = null;
      for await (const e of h.engine.generate({ prompt: h.format.prompt + text, stop: h.format.stop, maxTokens: 256 })) if (e.type === 'done') done = e;
      expect(done).toMatchObject({ finishReason: 'stop', stopString: '```output' });
      expect(h.prefills[1]).toMatchObject({ clears: 1, text: h.format.prompt + text });
      expectCleanCache(h);
    });

    test('for an edited cell (the prompt no longer extends the cache)', async () => {
      // The edit makes the new prompt longer than the cached text, so only the prefix check can tell.
      const code = 'print(x**2 + 1)  # x squared plus one, as the question asks; x is still 42 from the first cell';
      const edited: ScriptRound[] = [THREE_ROUNDS[0]!, { text: `Now square it.\nThen add one.\n\`\`\`python\n${code}\n\`\`\`\n`, stop: OUTPUT_STOP_PIECES, output: '1765' }, THREE_ROUNDS[2]!];
      const h = await harness({ alternatives: [edited] });
      const first = await run(h);
      expect(first.answer).toBe('1765');
      const prefix: Block[] = [...first.blocks.slice(0, 4), { type: 'code', content: code }];
      const again = await run(h, { prefix });
      expect(again).toMatchObject({ answer: '1765', stopReason: 'answered', rounds: 1 });
      expectCleanCache(h);
      const resent = h.prefills[3]!;
      expect(resent.prompt.length).toBeGreaterThan(h.model.transcript.length);
      expect(resent).toMatchObject({ clears: 1 });
      expect(resent.text).toBe(resent.prompt);
      expect(resent.text.endsWith(`${code}\n\`\`\`\n\`\`\`output\n1765\n\`\`\`\n`)).toBe(true);
    });
  });

  describe('should keep completions.create as the fallback', () => {
    test('for continuation: completions (every round re-prefills the whole prompt)', async () => {
      const h = await harness({ continuation: 'completions' });
      const result = await run(h);
      expect(result).toMatchObject({ answer: '1765', rounds: 3 });
      expectCleanCache(h);
      expect(h.prefills.map((p) => p.text)).toEqual(h.prefills.map((p) => p.prompt));
      expect(h.prefills.map((p) => p.clears)).toEqual([1, 1, 1]);
      expect(h.worker.kinds).not.toContain('chatCompletionStreamInit');
      expect(h.worker.reloads[0]).not.toHaveProperty('conv_config');
      expect(prefillRatio(h)).toBeGreaterThan(2);
    });
  });

  describe('should run web-llm’s own code in the harness', () => {
    test('for the installed 0.2.86 bundle plus one export line and two Node-only loader fixes', async () => {
      const require = createRequire(import.meta.url);
      const original = readFileSync(require.resolve('@mlc-ai/web-llm/lib/index.js'), 'utf8').split('\n');
      const patched = patchedBundle(original.join('\n')).split('\n');
      expect((await loadWebLlmInternals()).version).toBe('0.2.86');
      expect(patched[0]).toBe("import { createRequire } from 'node:module';");
      expect(patched.at(-2)).toMatch(/^export \{ LLMChatPipeline as __LLMChatPipeline, CustomLock as __CustomLock, libExports as __webTokenizers, libExports\$2 as __tvmjs \};$/);
      const body = patched.slice(1, -2);
      const changed = original.slice(0, body.length).flatMap((line, i) => (line === body[i] ? [] : [{ line, now: body[i]! }]));
      // Only the Emscripten loader lines where web-llm's build put "MLC_DUMMY_PATH" for import.meta.url, and the source-map comment.
      expect(changed.length).toBeGreaterThan(0);
      for (const c of changed) expect(c.line.includes('MLC_DUMMY_PATH') || c.line.startsWith('//# sourceMappingURL')).toBe(true);
      expect(body.length).toBe(original.length - 1);
    });
  });
});
