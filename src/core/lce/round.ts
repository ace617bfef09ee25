/**
 * One generation round: the engine's tokens go through the block parser and come out as
 * `SolveEvent`s; the round's outcome (parsed text, how the engine finished, usage) is returned for
 * `nextStep` to decide on. An engine failure mid-stream is returned too, after what was streamed so
 * far has been kept.
 */
import type { FinishReason, GenerateRequest, LlmEngine, Usage } from '../ports/llm-engine';
import { createBlockParser, type ParsedRound, type ParserEvent } from './block-parser';
import type { SolveEvent } from './events';
import { stopPiecesToDrop } from './stop-scanner';

/** Log-probabilities seen in a round: their sum, and how many tokens came with and without one. */
export interface LogprobTally {
  sum: number;
  tokens: number;
  missing: number;
}

export interface RoundOutcome {
  /** The round's text (cut before a stop string) and its closed blocks. */
  parsed: ParsedRound;
  /** The engine's finish reason; `cut` when the loop stopped reading because a stop string showed up in the text. */
  finish: FinishReason | 'cut';
  engineStop: string | null | undefined;
  /** The engine's usage, or an estimate when the loop cut the stream before the engine's `done`. */
  usage: Usage;
  logprob: LogprobTally;
  /** What the engine threw mid-stream, if it did. */
  failure: { error: unknown } | null;
}

/** Where the round's events belong: the run, the round number, and the index its first block takes. */
export interface RoundPlace {
  runId: string;
  round: number;
  firstIndex: number;
}

/** Streams one completion for `request`, yielding token and block events; returns the outcome. */
export async function* streamRound(engine: LlmEngine, request: GenerateRequest, at: RoundPlace): AsyncGenerator<SolveEvent, RoundOutcome> {
  const { runId, round } = at;
  const parser = createBlockParser(request.stop);
  let closed = 0;
  const forward = function* (events: ParserEvent[]): Generator<SolveEvent> {
    for (const e of events) {
      if (e.kind === 'delta') yield { type: 'token', runId, round, text: e.text };
      else if (e.kind === 'block-start') yield { type: 'block-start', runId, index: at.firstIndex + closed, blockType: e.blockType };
      else yield { type: 'block-end', runId, index: at.firstIndex + closed++, block: e.block };
    }
  };
  let finish: FinishReason | 'cut' = 'cut';
  let engineStop: string | null | undefined;
  let usage: Usage | null = null;
  let tokens = 0;
  const logprob: LogprobTally = { sum: 0, tokens: 0, missing: 0 };
  let failure: RoundOutcome['failure'] = null;
  try {
    for await (const ev of engine.generate(request)) {
      if (ev.type === 'done') {
        [finish, engineStop, usage] = [ev.finishReason, ev.stopString, ev.usage];
        continue;
      }
      tokens++;
      if (ev.logprob === undefined) logprob.missing++;
      else [logprob.sum, logprob.tokens] = [logprob.sum + ev.logprob, logprob.tokens + 1];
      yield* forward(parser.push(ev.text));
      // The engine ignored or echoed a stop string: stop reading it (this cancels the request).
      if (parser.stopped) break;
    }
  } catch (error) {
    failure = { error };
  }
  // Even an aborted or failed round keeps what was streamed so far. A piece of the stop string the
  // engine stopped on (web-llm streams "```" of "```output" first) is dropped, never shown.
  const { events, round: parsed } = parser.finish(stopPiecesToDrop(finish, engineStop, request.stop));
  yield* forward(events);
  // Cut off before the engine's `done`: estimate the prompt at ~4 characters a token, as the engines do.
  return { parsed, finish, engineStop, usage: usage ?? { promptTokens: Math.ceil(request.prompt.length / 4), completionTokens: tokens }, logprob, failure };
}
