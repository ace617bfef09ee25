/**
 * The LCE solve loop (MathCoder's Language–Code–Execution, run the ToRA / Qwen2.5-Math TIR way):
 * generate until a ```python block is followed by the ```output stop, run that block in the
 * solution's persistent Python session, append its output as ```output\n…\n```\n to the prompt and
 * generate again — until the model ends its turn or a cap is reached. Everything is streamed as
 * `SolveEvent`s; the run always ends with one `done` event.
 *
 * The loop reads as: stream a round (`streamRound`), ask what comes next (`nextStep`: execute,
 * continue or stop), do it. Every way a run ends is a `Stop` value; only real failures (an engine
 * or the sandbox breaking) are exceptions, and they end the run with an `error` event.
 */
import { extractAnswer } from '../answer';
import { InvalidInputError, isAbortError } from '../errors';
import type { EngineInfo, LlmEngine } from '../ports/llm-engine';
import type { PythonRunner } from '../ports/python-runner';
import type { Problem } from '../problem/types';
import { buildPrompt, familyOf, isPromptFamily, outputBlockText, renderBlocks, type PromptFamily, type PromptFormat } from '../prompt';
import { copyBlock, isCellResult, withCellResult, type Block, type Method } from '../transcript';
import { cellOutputBlock } from './cell-output';
import { budgetOf, roundTokenLimit, type ContextBudget } from './context-budget';
import { DEFAULT_CAPS, type RoundUsage, type SolveCaps, type SolveEvent, type SolveResult, type StrategyChoice } from './events';
import { nextStep, STOPPED_BY_USER, type Stop } from './next-step';
import { streamRound, type LogprobTally, type RoundOutcome } from './round';
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
  /**
   * A runner session the caller keeps: it is not reset at the end, and of the `prefix` only the
   * code cells without an output are run (the session is taken to hold the others' state).
   * Default: a fresh session of the run's own, where every prefix cell is re-run, reset at the end.
   */
  session?: string;
  /** Blocks to start from (an edited transcript branch); the model resumes after them. */
  prefix?: readonly Block[];
  runId?: string;
  /** Prompt family override; default from `engine.info.family`, else from the model id. */
  family?: PromptFamily;
}

/** One run's state while it is solved. */
interface Run {
  readonly runId: string;
  readonly options: SolveOptions;
  readonly caps: SolveCaps;
  readonly format: PromptFormat;
  readonly session: string;
  readonly started: number;
  blocks: Block[];
  /** The assistant text so far, as the model reads it back (text, code and injected outputs). */
  assistant: string;
  rounds: number;
  perRound: RoundUsage[];
  strategy?: StrategyChoice;
  /** Behaviour-policy log-probability of everything the model wrote (AutoCode4Math's M-step needs it). */
  logprob: LogprobTally;
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

function openRun(problem: Problem, options: SolveOptions): Run {
  const { engine, method } = options;
  const runId = options.runId ?? newRunId();
  const family = options.family ?? (isPromptFamily(engine.info.family) ? engine.info.family : familyOf(engine.info.model));
  return {
    runId,
    options,
    caps: { ...DEFAULT_CAPS, ...options.caps },
    format: buildPrompt(problem.question, family, method),
    session: options.session ?? `solve-${runId}`,
    started: Date.now(),
    blocks: [],
    assistant: '',
    rounds: 0,
    perRound: [],
    logprob: { sum: 0, tokens: 0, missing: 0 },
  };
}

/** Solves one problem with the given engine, runner and method, streaming `SolveEvent`s. */
export async function* solve(problem: Problem, options: SolveOptions): AsyncGenerator<SolveEvent> {
  const { engine, runner, signal } = options;
  const run = openRun(problem, options);
  const onAbort = () => engine.interrupt();
  signal?.addEventListener('abort', onAbort, { once: true });
  yield { type: 'start', runId: run.runId, method: options.method, engine: engine.info, caps: run.caps };
  let stop: Stop;
  try {
    stop = yield* drive(run);
  } catch (err) {
    if (signal?.aborted || isAbortError(err)) stop = STOPPED_BY_USER;
    else {
      const e = err as { name?: string; message?: string };
      const error = { name: e.name ?? 'Error', message: e.message ?? String(err) };
      yield { type: 'error', runId: run.runId, error };
      stop = { kind: 'stop', reason: 'error', detail: error.message };
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    // A session we opened is ours to free; a named one belongs to the caller (e.g. for branching).
    if (!options.session) await runner.reset(run.session).catch(() => undefined);
  }
  const result = resultOf(run, engine.info, stop);
  yield { type: 'answer', runId: run.runId, answer: result.answer };
  yield { type: 'done', runId: run.runId, result };
}

/** Rounds until `nextStep` says stop. Throws only for real failures (engine, sandbox, bad caps). */
async function* drive(run: Run): AsyncGenerator<SolveEvent, Stop> {
  const { engine, method, signal, sampling } = run.options;
  const bad = checkCaps(run.caps);
  if (bad) throw new InvalidInputError('solve', bad);
  if (run.options.prefix?.length) {
    const stopped = yield* replayPrefix(run, run.options.prefix);
    if (stopped) return stopped;
    run.assistant = renderBlocks(run.blocks);
  }
  if (signal?.aborted) return STOPPED_BY_USER;
  const first = nextStep({ after: 'start', caps: run.caps, context: budget(run) });
  if (first.kind === 'stop') return first;
  for (let round = 1; ; round++) {
    run.rounds = round;
    const context = budget(run);
    yield { type: 'round', runId: run.runId, round, ...(context ? { context } : {}) };
    const maxTokens = roundTokenLimit(run.caps.maxTokensPerRound, context);
    const request = {
      prompt: run.format.prompt + run.assistant,
      stop: run.format.stop,
      maxTokens,
      temperature: sampling?.temperature,
      topP: sampling?.topP,
      seed: sampling?.seed,
      logprobs: sampling?.logprobs,
      signal,
    };
    const outcome = yield* streamRound(engine, request, { runId: run.runId, round, firstIndex: run.blocks.length });
    const firstBlock = run.blocks.length;
    run.blocks.push(...outcome.parsed.blocks);
    run.assistant += outcome.parsed.raw;
    if (outcome.failure) throw outcome.failure.error;
    yield* recordRound(run, round, outcome.usage, outcome.logprob);
    const codeIndex = run.blocks.findLastIndex((b, i) => i >= firstBlock && b.type === 'code');
    let step = nextStep({ after: 'round', method, round, caps: run.caps, maxTokens, context, aborted: signal?.aborted === true, ...outcome, codeIndex });
    if (step.kind === 'execute') {
      yield* execute(run, step.codeIndex);
      if (!run.assistant.endsWith('\n')) run.assistant += '\n';
      run.assistant += outputBlockText(run.blocks[step.codeIndex + 1]?.content ?? '');
      step = nextStep({ after: 'cell', method, round, caps: run.caps, aborted: signal?.aborted === true, context: budget(run) });
    }
    if (step.kind === 'stop') return step;
  }
}

/** The next request (prompt and solution so far) against the engine's window; null when it does not know one. */
function budget(run: Run): ContextBudget | null {
  // Read each time: a server engine learns its window when it loads.
  return budgetOf(run.options.engine.info.contextWindow, run.format.prompt + run.assistant);
}

/** Usage of the round, the log-probability tally and (for `auto`) the strategy seen so far. */
function* recordRound(run: Run, round: number, usage: RoundOutcome['usage'], logprob: LogprobTally): Generator<SolveEvent> {
  const roundUsage: RoundUsage = { round, ...usage };
  run.perRound.push(roundUsage);
  run.logprob = { sum: run.logprob.sum + logprob.sum, tokens: run.logprob.tokens + logprob.tokens, missing: run.logprob.missing + logprob.missing };
  yield { type: 'usage', runId: run.runId, usage: roundUsage };
  if (run.options.method !== 'auto') return;
  const next = detectStrategy(run.assistant, run.blocks.some((b) => b.type === 'code'));
  if (JSON.stringify(next) !== JSON.stringify(run.strategy)) yield { type: 'strategy', runId: run.runId, strategy: (run.strategy = next) };
}

/** Runs the code block at `codeIndex` and puts its output right after it (replacing a stale one). */
async function* execute(run: Run, codeIndex: number): AsyncGenerator<SolveEvent> {
  const { runner, signal } = run.options;
  const code = run.blocks[codeIndex]?.content ?? '';
  yield { type: 'exec-start', runId: run.runId, index: codeIndex, code };
  const result = await runner.run(code, {
    session: run.session,
    timeoutMs: run.caps.cellTimeoutMs,
    maxOutputBytes: Math.max(65_536, run.caps.maxOutputChars * 4),
    signal,
  });
  const block = cellOutputBlock(result, run.caps.maxOutputChars, run.caps.cellTimeoutMs);
  run.blocks = withCellResult(run.blocks, codeIndex, block);
  yield { type: 'exec-result', runId: run.runId, index: codeIndex, result, block };
}

/**
 * Rebuilds a branch: the prefix's blocks are replayed and its code cells re-run in order so the
 * session holds the same state (in a caller's live session, only the cells without an output).
 */
async function* replayPrefix(run: Run, prefix: readonly Block[]): AsyncGenerator<SolveEvent, Stop | null> {
  for (const block of prefix) {
    const index = run.blocks.length;
    run.blocks.push(copyBlock(block));
    yield { type: 'block-start', runId: run.runId, index, blockType: block.type };
    yield { type: 'block-end', runId: run.runId, index, block: copyBlock(block) };
  }
  for (let i = 0; i < run.blocks.length; i++) {
    if (run.blocks[i]?.type !== 'code') continue;
    if (run.options.session && isCellResult(run.blocks[i + 1])) continue;
    if (run.options.signal?.aborted) return STOPPED_BY_USER;
    yield* execute(run, i);
  }
  return null;
}

function resultOf(run: Run, engine: EngineInfo, stop: Stop): SolveResult {
  const extracted = extractAnswer(run.assistant);
  // An exception is not an answer: the output fallback must not pick up "ZeroDivisionError: …".
  const lastOutput = run.blocks.findLast(isCellResult);
  const answer = extracted.source === 'output' && lastOutput?.type === 'error' ? null : extracted.answer;
  const { perRound, logprob } = run;
  const context = budget(run);
  return {
    method: run.options.method,
    engine,
    blocks: [...run.blocks],
    answer,
    rounds: run.rounds,
    stopReason: stop.reason,
    stopDetail: stop.detail,
    usage: {
      promptTokens: perRound.reduce((s, u) => s + u.promptTokens, 0),
      completionTokens: perRound.reduce((s, u) => s + u.completionTokens, 0),
      perRound,
    },
    ...(context ? { context } : {}),
    ...(run.strategy ? { strategy: run.strategy } : {}),
    ...(logprob.tokens > 0 && logprob.missing === 0 ? { logprob: logprob.sum } : {}),
    ms: Date.now() - run.started,
  };
}
