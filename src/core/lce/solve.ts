/**
 * The LCE solve loop (MathCoder's Language–Code–Execution, run the ToRA / Qwen2.5-Math TIR way):
 * generate until a ```python block is followed by the ```output stop, run that block in the
 * solution's persistent Python session, append its output as ```output\n…\n```\n to the prompt and
 * generate again — until the model ends its turn or a cap is reached. Everything is streamed as
 * `SolveEvent`s; the run always ends with one `done` event.
 */
import { extractAnswer } from '../answer';
import { InvalidInputError, isAbortError } from '../errors';
import type { FinishReason, LlmEngine, Usage } from '../ports/llm-engine';
import type { PythonRunner } from '../ports/python-runner';
import type { Problem } from '../problem/types';
import { buildPrompt, familyOf, isPromptFamily, OUTPUT_STOP, outputBlockText, renderBlocks, type PromptFamily } from '../prompt';
import type { Block, Method } from '../transcript';
import { createBlockParser } from './block-parser';
import { cellOutputBlock } from './cell-output';
import { DEFAULT_CAPS, type RoundUsage, type SolveCaps, type SolveEvent, type SolveResult, type StopReason, type StrategyChoice } from './events';
import { detectStrategy } from './strategy';

/** Sampling parameters passed to the engine on every round. */
export interface Sampling {
  temperature?: number;
  topP?: number;
  seed?: number;
  logprobs?: boolean;
}

/** Everything `solve` needs besides the problem. The ports come in as arguments (src/core is pure). */
export interface SolveOptions {
  engine: LlmEngine;
  runner: PythonRunner;
  method: Method;
  caps?: Partial<SolveCaps>;
  signal?: AbortSignal;
  sampling?: Sampling;
  /** A live runner session to continue in; the caller keeps it. Default: a fresh one, reset at the end. */
  session?: string;
  /** Blocks to start from (an edited transcript branch); the model resumes after them. */
  prefix?: readonly Block[];
  runId?: string;
  /** Prompt family override; default from `engine.info.family`, else from the model id. */
  family?: PromptFamily;
}

class Stop {
  constructor(readonly reason: StopReason, readonly detail: string) {}
}

function newRunId(): string {
  return `run-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

function checkCaps(caps: SolveCaps): string | null {
  for (const [k, v] of Object.entries(caps)) {
    if (!Number.isInteger(v) || v < 1) return `The cap ${k} must be a whole number of at least 1, got ${String(v)}.`;
  }
  return null;
}

/** Solves one problem with the given engine, runner and method, streaming `SolveEvent`s. */
export async function* solve(problem: Problem, options: SolveOptions): AsyncGenerator<SolveEvent> {
  const { engine, runner, method, signal } = options;
  const runId = options.runId ?? newRunId();
  const caps: SolveCaps = { ...DEFAULT_CAPS, ...options.caps };
  const family = options.family ?? (isPromptFamily(engine.info.family) ? engine.info.family : familyOf(engine.info.model));
  const format = buildPrompt(problem.question, family, method);
  const session = options.session ?? `solve-${runId}`;
  const started = Date.now();
  const blocks: Block[] = [];
  const perRound: RoundUsage[] = [];
  let assistant = '';
  let rounds = 0;
  let strategy: StrategyChoice | undefined;
  // Behaviour-policy log-probability of everything the model wrote (AutoCode4Math's M-step needs it).
  const logprob = { sum: 0, tokens: 0, missing: 0 };
  let stop = new Stop('max-rounds', '');
  const onAbort = () => engine.interrupt();
  signal?.addEventListener('abort', onAbort, { once: true });

  yield { type: 'start', runId, method, engine: engine.info, caps };

  /** Runs a code block and records its output right after it (replacing a stale one). */
  async function* execute(codeIndex: number, replaceNext: boolean): AsyncGenerator<SolveEvent> {
    const code = blocks[codeIndex]?.content ?? '';
    yield { type: 'exec-start', runId, index: codeIndex, code };
    const result = await runner.run(code, {
      session,
      timeoutMs: caps.cellTimeoutMs,
      maxOutputBytes: Math.max(65_536, caps.maxOutputChars * 4),
      signal,
    });
    const block = cellOutputBlock(result, caps.maxOutputChars, caps.cellTimeoutMs);
    blocks.splice(codeIndex + 1, replaceNext ? 1 : 0, block);
    yield { type: 'exec-result', runId, index: codeIndex, result, block };
  }

  try {
    const bad = checkCaps(caps);
    if (bad) throw new InvalidInputError('solve', bad);
    if (options.prefix?.length) {
      yield* startFromPrefix();
      assistant = renderBlocks(blocks);
    }
    for (let round = 1; round <= caps.maxRounds; round++) {
      if (signal?.aborted) throw new Stop('aborted', 'Stopped by the user.');
      rounds = round;
      yield { type: 'round', runId, round };
      const parser = createBlockParser(format.stop);
      const firstBlock = blocks.length;
      let finish: FinishReason | 'cut' = 'cut';
      let engineStop: string | null | undefined;
      let usage: Usage | null = null;
      let tokens = 0;
      const forward = function* (events: ReturnType<typeof parser.push>): Generator<SolveEvent> {
        for (const e of events) {
          if (e.kind === 'delta') yield { type: 'token', runId, round, text: e.text };
          else if (e.kind === 'block-start') yield { type: 'block-start', runId, index: blocks.length, blockType: e.blockType };
          else {
            blocks.push(e.block);
            yield { type: 'block-end', runId, index: blocks.length - 1, block: e.block };
          }
        }
      };
      const stream = engine.generate({
        prompt: format.prompt + assistant,
        stop: format.stop,
        maxTokens: caps.maxTokensPerRound,
        temperature: options.sampling?.temperature,
        topP: options.sampling?.topP,
        seed: options.sampling?.seed,
        logprobs: options.sampling?.logprobs,
        signal,
      });
      let failure: unknown = null;
      try {
        for await (const ev of stream) {
          if (ev.type === 'token') {
            tokens++;
            if (ev.logprob === undefined) {
              logprob.missing++;
            } else {
              logprob.sum += ev.logprob;
              logprob.tokens++;
            }
            yield* forward(parser.push(ev.text));
            // The engine ignored or echoed a stop string: stop reading it (this cancels the request).
            if (parser.stopped) break;
          } else {
            finish = ev.finishReason;
            engineStop = ev.stopString;
            usage = ev.usage;
          }
        }
      } catch (err) {
        failure = err;
      }
      // Even an aborted or failed round keeps what was streamed so far.
      const stoppedOn = finish === 'stop' ? (engineStop ? [engineStop] : format.stop) : [];
      const { events, round: parsed } = parser.finish(stoppedOn);
      yield* forward(events);
      assistant += parsed.raw;
      if (failure !== null) throw failure;
      // Cut off before the engine's `done` (it ignored a stop string): estimate the prompt at ~4 characters a token, as the engines do.
      const prompt = format.prompt.length + assistant.length - parsed.raw.length;
      const roundUsage: RoundUsage = { round, ...(usage ?? { promptTokens: Math.ceil(prompt / 4), completionTokens: tokens }) };
      perRound.push(roundUsage);
      yield { type: 'usage', runId, usage: roundUsage };
      if (method === 'auto') {
        const next = detectStrategy(assistant, blocks.some((b) => b.type === 'code'));
        if (JSON.stringify(next) !== JSON.stringify(strategy)) yield { type: 'strategy', runId, strategy: (strategy = next) };
      }

      if (finish === 'abort' || signal?.aborted) throw new Stop('aborted', 'Stopped by the user.');
      const codeIndex = blocks.findLastIndex((b, i) => i >= firstBlock && b.type === 'code');
      const wantsOutput =
        parsed.stop === OUTPUT_STOP ||
        engineStop === OUTPUT_STOP ||
        (finish === 'stop' && parsed.stop === null && !engineStop && parsed.endsWithCode);
      if (method !== 'cot' && wantsOutput && codeIndex >= 0 && !parsed.unterminatedCode) {
        yield* execute(codeIndex, false);
        if (!assistant.endsWith('\n')) assistant += '\n';
        assistant += outputBlockText(blocks[codeIndex + 1]?.content ?? '');
        if (method === 'code') {
          stop = new Stop('answered', 'The program ran; its output is the answer.');
          break;
        }
        if (round === caps.maxRounds) {
          stop = new Stop('max-rounds', `Stopped after ${round} rounds (the round cap); the model did not see the last output. Raise the round cap to let it continue.`);
        }
        continue;
      }
      if (method !== 'cot' && wantsOutput && codeIndex < 0) {
        stop = new Stop('answered', 'The model asked for an execution output without writing a code block in this round; nothing was run.');
        break;
      }
      if (finish === 'length' && parsed.stop === null) {
        const inCode = parsed.unterminatedCode ? ' inside an unfinished code block, which was not run' : '';
        stop = new Stop('max-tokens', `Stopped: round ${round} reached the cap of ${caps.maxTokensPerRound} tokens${inCode}. Raise the token cap to let the model finish.`);
        break;
      }
      stop = new Stop('answered', 'The model finished its answer.');
      break;
    }
  } catch (err) {
    if (err instanceof Stop) stop = err;
    else if (signal?.aborted || isAbortError(err)) stop = new Stop('aborted', 'Stopped by the user.');
    else {
      const e = err as { name?: string; message?: string };
      const error = { name: e.name ?? 'Error', message: e.message ?? String(err) };
      yield { type: 'error', runId, error };
      stop = new Stop('error', error.message);
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // A session we opened is ours to free; a named one belongs to the caller (e.g. for branching).
    if (!options.session) await runner.reset(session).catch(() => undefined);
  }

  const extracted = extractAnswer(assistant);
  // An exception is not an answer: the output fallback must not pick up "ZeroDivisionError: …".
  const lastOutput = blocks.findLast((b) => b.type === 'output' || b.type === 'error');
  const answer = extracted.source === 'output' && lastOutput?.type === 'error' ? null : extracted.answer;
  yield { type: 'answer', runId, answer };
  const result: SolveResult = {
    method,
    engine: engine.info,
    blocks: [...blocks],
    answer,
    rounds,
    stopReason: stop.reason,
    stopDetail: stop.detail,
    usage: {
      promptTokens: perRound.reduce((s, u) => s + u.promptTokens, 0),
      completionTokens: perRound.reduce((s, u) => s + u.completionTokens, 0),
      perRound,
    },
    ...(strategy ? { strategy } : {}),
    ...(logprob.tokens > 0 && logprob.missing === 0 ? { logprob: logprob.sum } : {}),
    ms: Date.now() - started,
  };
  yield { type: 'done', runId, result };

  /**
   * Rebuilds a branch: the prefix's blocks are replayed and its code cells re-run in order so the
   * session holds the same state (only the last, output-less cell when continuing a live session).
   */
  async function* startFromPrefix(): AsyncGenerator<SolveEvent> {
    const prefix = options.prefix ?? [];
    for (const block of prefix) {
      const index = blocks.length;
      blocks.push({ ...block });
      yield { type: 'block-start', runId, index, blockType: block.type };
      yield { type: 'block-end', runId, index, block: { ...block } };
    }
    for (let i = 0; i < blocks.length; i++) {
      if (blocks[i]?.type !== 'code') continue;
      const next = blocks[i + 1]?.type;
      const hasOutput = next === 'output' || next === 'error';
      if (options.session && hasOutput) continue;
      if (signal?.aborted) throw new Stop('aborted', 'Stopped by the user.');
      yield* execute(i, hasOutput);
    }
  }
}
