/**
 * One solution's view state, built from the `SolveEvent`s of `solve()`. Pure: the app keeps the
 * current value in a signal and replaces it with `applySolveEvent(state, event, now)`.
 */
import type { EngineInfo } from '../../core/ports/llm-engine';
import type { SolveEvent, SolveResult, StopReason, StrategyChoice } from '../../core/lce/events';
import type { ContextBudget } from '../../core/lce/context-budget';
import { withCellResult, type Block, type Method } from '../../core/transcript';
import type { Verdict } from '../../core/critic/types';
import type { StreamingBlock } from '../components/Transcript/types';
import { errorSentence } from './error-sentence';

/** Where a run is: waiting for its first event, streaming, or over (and how it ended). */
export type RunPhase = 'idle' | 'starting' | 'running' | 'done' | 'stopped' | 'failed' | 'restored';

export interface RunState {
  phase: RunPhase;
  /** The run whose events are accepted; null until its `start` event arrives. */
  runId: string | null;
  /** Runs that were stopped or replaced: their late events are dropped. */
  retired: readonly string[];
  method: Method | null;
  engine: EngineInfo | null;
  blocks: readonly Block[];
  streaming: StreamingBlock | null;
  runningIndex: number | null;
  round: number;
  /** Token events seen in the current round and when the round started, for a live speed figure. */
  roundTokens: number;
  roundStartedAt: number | null;
  tokensPerSecond: number | null;
  answer: string | null;
  stopReason: StopReason | null;
  stopDetail: string | null;
  /** A sentence for the user; never set for a cancellation. */
  error: string | null;
  strategy: StrategyChoice | null;
  /** The solution so far against the model's context window (estimated on the safe side), when the engine knows its window. */
  context: ContextBudget | null;
  result: SolveResult | null;
  verdict: Verdict | null;
  verdictPending: boolean;
}

/** The state before anything was solved. */
export function initialRunState(): RunState {
  return {
    phase: 'idle',
    runId: null,
    retired: [],
    method: null,
    engine: null,
    blocks: [],
    streaming: null,
    runningIndex: null,
    round: 0,
    roundTokens: 0,
    roundStartedAt: null,
    tokensPerSecond: null,
    answer: null,
    stopReason: null,
    stopDetail: null,
    error: null,
    strategy: null,
    context: null,
    result: null,
    verdict: null,
    verdictPending: false,
  };
}

function retire(state: RunState): readonly string[] {
  // Keep the list short: only recent runs can still have events in flight.
  return state.runId ? [...state.retired.slice(-15), state.runId] : state.retired;
}

/** A fresh run is about to start; `blocks` seeds it when it continues from an edited cell. */
export function beginRun(state: RunState, blocks: readonly Block[] = []): RunState {
  return { ...initialRunState(), phase: 'starting', retired: retire(state), blocks };
}

/** The user pressed Stop: keep what was shown, drop whatever the run still sends. */
export function stopRun(state: RunState): RunState {
  if (state.phase !== 'running' && state.phase !== 'starting') return state;
  const blocks = state.streaming?.text.trim()
    ? [...state.blocks, { type: state.streaming.type, content: state.streaming.text }]
    : state.blocks;
  return {
    ...state,
    phase: 'stopped',
    retired: retire(state),
    runId: null,
    blocks,
    streaming: null,
    runningIndex: null,
    stopReason: 'aborted',
    stopDetail: 'Stopped by you before the model finished.',
  };
}

/** A run that failed before its first event (e.g. the engine could not load). */
export function failRun(state: RunState, error: unknown): RunState {
  const sentence = errorSentence(error);
  if (sentence === null) return stopRun(state);
  return { ...state, phase: 'failed', retired: retire(state), runId: null, streaming: null, runningIndex: null, error: sentence };
}

function setBlock(blocks: readonly Block[], index: number, block: Block): Block[] {
  const next = blocks.slice(0, Math.max(0, Math.min(index, blocks.length)));
  next.push(block);
  return next.concat(blocks.slice(index + 1));
}

/** Folds one event into the state; events of another run are ignored. */
export function applySolveEvent(state: RunState, event: SolveEvent, now: number): RunState {
  if (event.type === 'start') {
    if (state.phase !== 'starting' || state.retired.includes(event.runId)) return state;
    return { ...state, phase: 'running', runId: event.runId, method: event.method, engine: event.engine, roundStartedAt: now };
  }
  if (event.runId !== state.runId || state.phase !== 'running') return state;
  switch (event.type) {
    case 'round':
      return { ...state, round: event.round, roundTokens: 0, roundStartedAt: now, context: event.context ?? state.context };
    case 'token': {
      const streaming = state.streaming ?? { type: 'text' as const, text: '' };
      const roundTokens = state.roundTokens + 1;
      const seconds = state.roundStartedAt === null ? 0 : (now - state.roundStartedAt) / 1000;
      // Below a quarter second the rate is noise; keep the last figure until then.
      const tokensPerSecond = seconds >= 0.25 ? roundTokens / seconds : state.tokensPerSecond;
      return { ...state, streaming: { type: streaming.type, text: streaming.text + event.text }, roundTokens, tokensPerSecond };
    }
    case 'block-start':
      return { ...state, streaming: { type: event.blockType, text: '' } };
    case 'block-end':
      return { ...state, blocks: setBlock(state.blocks, event.index, event.block), streaming: null };
    case 'exec-start':
      return { ...state, runningIndex: event.index };
    case 'exec-result':
      return { ...state, runningIndex: null, blocks: withCellResult(state.blocks, event.index, event.block) };
    case 'usage':
      return { ...state, tokensPerSecond: event.usage.decodeTokensPerS ?? state.tokensPerSecond };
    case 'strategy':
      return { ...state, strategy: event.strategy };
    case 'answer':
      return { ...state, answer: event.answer };
    case 'done':
      return {
        ...state,
        phase: 'done',
        blocks: event.result.blocks,
        streaming: null,
        runningIndex: null,
        round: event.result.rounds,
        answer: event.result.answer,
        stopReason: event.result.stopReason,
        stopDetail: event.result.stopDetail,
        strategy: event.result.strategy ?? state.strategy,
        context: event.result.context ?? state.context,
        result: event.result,
      };
    case 'error': {
      const sentence = errorSentence(event.error);
      if (sentence === null) return stopRun(state);
      return { ...state, phase: 'failed', streaming: null, runningIndex: null, error: sentence, stopReason: 'error' };
    }
  }
}

/** The critic is about to judge the final answer. */
export function verdictPending(state: RunState): RunState {
  return { ...state, verdictPending: true };
}

/** The critic's verdict arrived (null when it could not judge). */
export function setVerdict(state: RunState, verdict: Verdict | null): RunState {
  return { ...state, verdict, verdictPending: false };
}
