/**
 * Wraps a real engine and records, per generation round, the prompt it was sent and the text it
 * streamed back — the ground truth of what the model saw, for the byte-identical template tests.
 * Not a double: every call goes to the wrapped engine unchanged.
 */
import type { GenerateRequest, LlmEngine, TokenEvent } from '../../../../src/core/ports/llm-engine';

export interface CapturedRound {
  prompt: string;
  emitted: string;
  stopString: string | null;
  finishReason: string | null;
}

export function captureEngine(engine: LlmEngine, family?: string): { engine: LlmEngine; rounds: CapturedRound[] } {
  const rounds: CapturedRound[] = [];
  const wrapped: LlmEngine = {
    info: family ? { ...engine.info, family } : engine.info,
    load: (onProgress, signal) => engine.load(onProgress, signal),
    interrupt: () => engine.interrupt(),
    unload: () => engine.unload(),
    async *generate(request: GenerateRequest): AsyncGenerator<TokenEvent> {
      const round: CapturedRound = { prompt: request.prompt, emitted: '', stopString: null, finishReason: null };
      rounds.push(round);
      for await (const ev of engine.generate(request)) {
        if (ev.type === 'token') round.emitted += ev.text;
        else {
          round.stopString = ev.stopString ?? null;
          round.finishReason = ev.finishReason;
        }
        yield ev;
      }
    },
  };
  return { engine: wrapped, rounds };
}
