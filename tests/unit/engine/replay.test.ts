import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { GenerateRequest, LlmEngine, TokenEvent } from '../../../src/core/ports/llm-engine';
import { fromMathCoderLine, fromToraLine } from '../../../src/engine/replay/convert';
import { type Recording, parseRecording, renderRecording } from '../../../src/engine/replay/recording';
import { createReplayEngine } from '../../../src/engine/replay/replay-engine';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const PUBLIC_REPLAY = join(import.meta.dirname, '..', '..', '..', 'public', 'replay');
const TORA = { idPrefix: 'tora', source: 'ToRA', licence: 'MIT', model: 'ToRA-Code-34B' };
const MATHCODER = { idPrefix: 'mc', source: 'MathCoder', licence: 'Apache-2.0', model: 'MathCoder-L-7B' };
const STOP = ['```output'];

function jsonl(file: string): Record<string, unknown>[] {
  return readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const toraLines = jsonl('tora-code-34b.gsm8k.excerpt.jsonl');
const toraRecordings = toraLines.map((l) => fromToraLine(l, TORA));
const mathLines = jsonl('mathcoder-l-7b.math.correct.excerpt.jsonl');

async function play(engine: LlmEngine, req: GenerateRequest) {
  const events: TokenEvent[] = [];
  for await (const e of engine.generate(req)) events.push(e);
  const tokens = events.flatMap((e) => (e.type === 'token' ? [e.text] : []));
  const done = events.at(-1);
  if (done?.type !== 'done') throw new Error('no done event');
  return { tokens, text: tokens.join(''), done };
}

/** Plays a recording the way the LCE loop drives an engine: stop at ```output, inject the recorded output, continue. */
async function playAsLoop(engine: LlmEngine, recording: Recording) {
  let prompt = `<|im_start|>user\n${recording.question}<|im_end|>\n<|im_start|>assistant\n`;
  const outputs = recording.blocks.filter((b) => b.type === 'output').map((b) => b.content);
  const segments: string[] = [];
  for (let round = 0; round < 10; round++) {
    const { text, done } = await play(engine, { prompt, stop: STOP, maxTokens: 4096 });
    segments.push(text);
    prompt += text;
    if (done.stopString !== '```output') break;
    prompt += `\`\`\`output\n${outputs[round] ?? ''}\n\`\`\`\n`;
  }
  return { segments, transcript: prompt };
}

describe('fromToraLine', () => {
  describe('should keep the response exactly', () => {
    test.each(toraLines.map((l, i) => [i, l] as const))('for excerpt line %i', (_i, line) => {
      const rec = fromToraLine(line, TORA);
      expect(renderRecording(rec.blocks).text.trimEnd()).toBe(((line.code as string[])[0] ?? '').trimEnd());
    });
  });

  describe('should read the answer and its correctness', () => {
    test('for a right and a wrong GSM8K solution', () => {
      const [right, , wrong] = toraRecordings;
      expect(right).toMatchObject({ id: 'tora-0', reference: '18', recordedAnswer: '18', recordedCorrect: true, method: 'lce', licence: 'MIT' });
      expect(right?.blocks.map((b) => b.type)).toEqual(['code', 'output', 'text']);
      expect(wrong).toMatchObject({ reference: '70000', recordedAnswer: '10000', recordedCorrect: false });
    });
  });
});

describe('fromMathCoderLine', () => {
  describe('should map roles to blocks', () => {
    test('for a multi-round MATH solution', () => {
      const line = mathLines[0]!;
      const rec = fromMathCoderLine(line, MATHCODER, true);
      const roles = (line.debug_result as { role: string }[]).map((b) => b.role).filter((r) => r !== 'system' && r !== 'user');
      // The last text block is the evaluation's extracted answer, not model text.
      expect(rec.blocks.map((b) => b.type)).toEqual(roles.slice(0, -1).map((r) => (r === 'execution' ? 'output' : r)));
      expect(rec.blocks.some((b) => b.content.includes('\r'))).toBe(false);
      expect(rec).toMatchObject({ reference: '\\frac{6}{5}', recordedAnswer: '1.2', recordedCorrect: true, question: expect.stringContaining('Compute $a+b+c,$') });
    });

    test('for a wrong GSM8K solution', () => {
      const rec = fromMathCoderLine(jsonl('mathcoder-l-7b.gsm8k.wrong.excerpt.jsonl')[0], MATHCODER, false);
      expect(rec).toMatchObject({ reference: '1600', recordedAnswer: '800', recordedCorrect: false });
    });
  });

  describe('should reject a line of another format', () => {
    test('for a ToRA line', () => {
      expect(() => fromMathCoderLine(toraLines[0], MATHCODER, true)).toThrow(/not a MathCoder output line/);
    });
  });
});

describe('createReplayEngine', () => {
  describe('should play a recording segment by segment', () => {
    test('for a multi-round MathCoder solution driven like the loop', async () => {
      const rec = fromMathCoderLine(mathLines[0], MATHCODER, true);
      const engine = createReplayEngine(rec);
      expect(engine.info).toMatchObject({ kind: 'replay', isRecording: true, model: 'MathCoder-L-7B' });
      const { segments, transcript } = await playAsLoop(engine, rec);
      const codeBlocks = rec.blocks.filter((b) => b.type === 'code').length;
      expect(segments).toHaveLength(codeBlocks + 1);
      for (const s of segments.slice(0, -1)) expect(s).toMatch(/```python\n[\s\S]*\n```\n$/);
      expect(transcript.endsWith(renderRecording(rec.blocks).text)).toBe(true);
    });

    test('for the same prompt giving the same pieces', async () => {
      const engine = createReplayEngine(toraRecordings);
      const req = { prompt: `Question: ${toraRecordings[1]!.question}\n`, stop: STOP, maxTokens: 500 };
      const a = await play(engine, req);
      const b = await play(engine, req);
      expect(a.tokens.length).toBeGreaterThan(10);
      expect(b.tokens).toEqual(a.tokens);
      expect(a.text.startsWith('```python\n')).toBe(true);
      expect(a.done).toMatchObject({ finishReason: 'stop', stopString: '```output' });
    });

    test('for a question whose whitespace changed on the way into the prompt', async () => {
      const engine = createReplayEngine(toraRecordings);
      const q = toraRecordings[1]!.question;
      expect(q).toMatch(/ {2}/);
      const { text } = await play(engine, { prompt: `Question:\n${q.replace(/\s+/g, ' ').trim()}\n`, stop: STOP, maxTokens: 500 });
      expect(text).toBe(`\`\`\`python\n${toraRecordings[1]!.blocks[0]!.content}\n\`\`\`\n`);
    });

    test('for the recording whose question is in the prompt', async () => {
      const engine = createReplayEngine(toraRecordings);
      const { text } = await play(engine, { prompt: toraRecordings[3]!.question, stop: STOP, maxTokens: 500 });
      expect(text).toBe(`\`\`\`python\n${toraRecordings[3]!.blocks[0]!.content}\n\`\`\`\n`);
    });
  });

  describe('should refuse to play an unrelated recording', () => {
    test('for a question none of several recordings has', async () => {
      const engine = createReplayEngine(toraRecordings);
      await expect(play(engine, { prompt: 'What is 1+1?', stop: STOP, maxTokens: 50 })).rejects.toMatchObject({ name: 'EngineRequestError', message: expect.stringMatching(/no recorded solution for this problem/) });
    });

    test('for a single chosen recording, which plays whatever the prompt', async () => {
      const { text } = await play(createReplayEngine(toraRecordings[0]!), { prompt: 'What is 1+1?', stop: STOP, maxTokens: 500 });
      expect(text.startsWith('```python')).toBe(true);
    });
  });

  describe('should honour the request', () => {
    const rec = toraRecordings[0]!;

    test('for no stop strings (the whole transcript)', async () => {
      const { text } = await play(createReplayEngine(rec), { prompt: rec.question, stop: [], maxTokens: 10_000 });
      expect(text).toBe(renderRecording(rec.blocks).text);
    });

    test('for maxTokens', async () => {
      const { text, done } = await play(createReplayEngine(rec), { prompt: rec.question, stop: STOP, maxTokens: 5 });
      // Five pieces: the three backticks, "python" and the newline.
      expect(text).toBe('```python\n');
      expect(done).toMatchObject({ finishReason: 'length', usage: { completionTokens: 5 } });
    });

    test('for interrupt()', async () => {
      const engine = createReplayEngine(rec);
      const tokens: string[] = [];
      let last: TokenEvent | undefined;
      for await (const e of engine.generate({ prompt: rec.question, stop: STOP, maxTokens: 500 })) {
        last = e;
        if (e.type === 'token') tokens.push(e.text);
        if (tokens.length === 3) engine.interrupt();
      }
      expect(tokens).toHaveLength(3);
      expect(last).toMatchObject({ type: 'done', finishReason: 'abort' });
    });

    test('for an AbortSignal', async () => {
      const controller = new AbortController();
      const run = (async () => {
        for await (const e of createReplayEngine(rec).generate({ prompt: rec.question, stop: STOP, maxTokens: 500, signal: controller.signal })) {
          if (e.type === 'token') controller.abort();
        }
      })();
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    });

    test('for pacing through the injected sleep', async () => {
      const waits: number[] = [];
      const engine = createReplayEngine(rec, { tokensPerSecond: 50, sleep: async (ms) => void waits.push(ms) });
      const { done } = await play(engine, { prompt: rec.question, stop: STOP, maxTokens: 8 });
      expect(waits).toEqual(Array.from({ length: done.usage.completionTokens }, () => 20));
      expect(waits).toHaveLength(8);
    });
  });
});

describe('public/replay demo set', () => {
  const files = readdirSync(PUBLIC_REPLAY).filter((f) => f.endsWith('.json') && f !== 'index.json');
  const index = JSON.parse(readFileSync(join(PUBLIC_REPLAY, 'index.json'), 'utf8')) as { recordings: { id: string }[] };

  describe('should hold valid recordings with provenance', () => {
    test('for every file listed in the index', () => {
      expect(index.recordings.map((r) => `${r.id}.json`).sort()).toEqual(files.sort());
      for (const f of files) {
        const rec = parseRecording(JSON.parse(readFileSync(join(PUBLIC_REPLAY, f), 'utf8')), f);
        expect(rec.source).toMatch(/ToRA|MathCoder/);
        expect(rec.licence).toMatch(/MIT|Apache-2.0/);
        expect(rec.blocks.some((b) => b.type === 'code')).toBe(true);
      }
    });
  });
});
