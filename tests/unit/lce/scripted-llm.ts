/**
 * ScriptedLlm — an in-process test double of the language model (the edge we cannot run here).
 * Each `generate` call asks the script for the full completion given the prompt, then streams it in
 * small pieces the way a server would: cut at the first stop string (unless told to ignore or echo
 * it), cut at `maxTokens` with finish reason `length`, and honour `interrupt()` and the signal.
 */
import { AbortError } from '../../../src/core/errors';
import type { EngineInfo, GenerateRequest, LlmEngine, TokenEvent } from '../../../src/core/ports/llm-engine';

export interface ScriptedTurn {
  text: string;
  /**
   * 'ignore': stream past stop strings (a careless engine); 'echo': include the stop string;
   * 'leak-prefix': stream its first three characters, then stop on it (web-llm does this).
   */
  stopHandling?: 'honour' | 'ignore' | 'echo' | 'leak-prefix';
  /** Report no stop string in `done` (some servers do not say which one matched). */
  hideStopString?: boolean;
  /** Throw this after the text was streamed (an engine failure). */
  throwAfter?: Error;
  /** Wait for this promise before each piece (lets a test abort mid-stream). */
  gate?: () => Promise<void>;
  /** Log-probability reported with every piece (an engine asked for log-probs). */
  logprobPerPiece?: number;
  /** Send the whole text as one piece (a server that ignores `stream: true` and answers at once). */
  onePiece?: boolean;
}

export type LlmScript = (prompt: string, call: number) => string | ScriptedTurn;

/** Pieces of 1–3 characters so stop strings and fences always straddle pieces. */
export function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0, n = 1; i < text.length; i += n, n = (n % 3) + 1) out.push(text.slice(i, i + n));
  return out;
}

export class ScriptedLlm implements LlmEngine {
  readonly prompts: string[] = [];
  readonly requests: GenerateRequest[] = [];
  interrupts = 0;
  private interrupted = false;
  readonly info: EngineInfo;

  constructor(private readonly script: LlmScript, model = 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC') {
    this.info = { kind: 'scripted-llm', model, isRecording: false };
  }

  async load(): Promise<void> {}

  async *generate(request: GenerateRequest): AsyncGenerator<TokenEvent> {
    this.interrupted = false;
    this.prompts.push(request.prompt);
    this.requests.push(request);
    const raw = this.script(request.prompt, this.prompts.length - 1);
    const turn: ScriptedTurn = typeof raw === 'string' ? { text: raw } : raw;
    let text = turn.text;
    let stopString: string | null = null;
    if (turn.stopHandling !== 'ignore') {
      for (const s of request.stop) {
        const at = text.indexOf(s);
        if (at >= 0 && (stopString === null || at < text.indexOf(stopString))) stopString = s;
      }
      const kept = turn.stopHandling === 'echo' ? stopString : turn.stopHandling === 'leak-prefix' ? stopString?.slice(0, 3) : '';
      if (stopString !== null) text = text.slice(0, text.indexOf(stopString)) + kept;
    }
    let sent = 0;
    for (const piece of turn.onePiece ? [text] : pieces(text)) {
      if (turn.gate) await turn.gate();
      if (request.signal?.aborted) throw new AbortError('Generation');
      if (this.interrupted) {
        yield { type: 'done', finishReason: 'abort', usage: { promptTokens: request.prompt.length, completionTokens: sent } };
        return;
      }
      if (sent >= request.maxTokens) {
        yield { type: 'done', finishReason: 'length', stopString: null, usage: { promptTokens: request.prompt.length, completionTokens: sent } };
        return;
      }
      sent++;
      yield turn.logprobPerPiece === undefined ? { type: 'token', text: piece } : { type: 'token', text: piece, logprob: turn.logprobPerPiece };
    }
    if (turn.throwAfter) throw turn.throwAfter;
    yield {
      type: 'done',
      finishReason: 'stop',
      stopString: turn.hideStopString ? undefined : stopString,
      usage: { promptTokens: request.prompt.length, completionTokens: sent },
    };
  }

  interrupt(): void {
    this.interrupts++;
    this.interrupted = true;
  }

  async unload(): Promise<void> {}
}
