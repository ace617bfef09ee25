/**
 * `LlmEngine` that plays recorded transcripts back, deterministically: the same prompt always
 * yields the same pieces. Each call resumes where the recording's model resumed after an execution
 * output, so the real loop, parser and sandbox run around it. The UI labels it as a recording.
 */
import { AbortError, EngineRequestError } from '../../core/errors';
import type { FinishReason, GenerateRequest, LlmEngine, TokenEvent } from '../../core/ports/llm-engine';
import { createStopScanner, stopPiecesToDrop } from '../../core/lce/stop-scanner';
import { estimateTokens } from '../shared/usage-clock';
import { questionKey } from './pick';
import { OUTPUT_STOP, type Recording, renderRecording, tokenLikePieces } from './recording';

export interface ReplayOptions {
  /** Pace playback for demos; 0 or absent plays as fast as the consumer reads. */
  tokensPerSecond?: number;
  /** Injected wait, for pacing without timers in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Creates a replay engine over one recording, or several picked by the question found in the prompt. */
export function createReplayEngine(recordings: Recording | readonly Recording[], options: ReplayOptions = {}): LlmEngine {
  const list = Array.isArray(recordings) ? (recordings as readonly Recording[]) : [recordings as Recording];
  if (list.length === 0) throw new Error('createReplayEngine needs at least one recording.');
  const rendered = new Map(list.map((r) => [r.id, renderRecording(r.blocks)]));
  const locate = createLocator(list);
  const sleep = options.sleep ?? defaultSleep;
  const delayMs = options.tokensPerSecond ? 1000 / options.tokensPerSecond : 0;
  let interruptCurrent: (() => void) | null = null;

  async function* generate(request: GenerateRequest): AsyncGenerator<TokenEvent> {
    const { signal } = request;
    if (signal?.aborted) throw new AbortError('Generation');
    let interrupted = false;
    interruptCurrent = () => (interrupted = true);
    try {
      const { recording, segment } = locate(request.prompt);
      const { text, segmentStarts } = rendered.get(recording.id)!;
      const start = segmentStarts[segment] ?? text.length;
      const scanner = createStopScanner(request.stop);
      let emitted = 0;
      let finish: FinishReason = 'stop';
      let stopString: string | null = null;
      for (const piece of tokenLikePieces(text.slice(start))) {
        if (signal?.aborted) throw new AbortError('Generation');
        if (interrupted) {
          finish = 'abort';
          break;
        }
        if (emitted >= request.maxTokens) {
          finish = 'length';
          break;
        }
        if (delayMs > 0) await sleep(delayMs, signal);
        emitted++;
        const scan = scanner.push(piece);
        if (scan.emit) yield { type: 'token', text: scan.emit };
        if (scan.stop !== null) {
          stopString = scan.stop;
          break;
        }
      }
      const rest = scanner.end(stopPiecesToDrop(finish, stopString));
      if (rest) yield { type: 'token', text: rest };
      // Counts only: a recording has no speed of its own (its pace is the playback's), so none is made up.
      const usage = { promptTokens: estimateTokens(request.prompt), completionTokens: emitted };
      yield { type: 'done', finishReason: finish, stopString, usage };
    } finally {
      interruptCurrent = null;
    }
  }

  const models = [...new Set(list.map((r) => r.model))];
  return {
    info: { kind: 'replay', model: models.length === 1 ? models[0]! : models.join(', '), isRecording: true },
    async load(onProgress) {
      onProgress?.({ phase: 'ready', progress: 1, text: `Replaying ${list.length} recorded solution${list.length === 1 ? '' : 's'} by ${models.join(', ')}` });
    },
    generate,
    interrupt() {
      interruptCurrent?.();
    },
    async unload() {
      interruptCurrent?.();
    },
  };
}

/** Which recording of `list`, and which segment of it, a prompt asks for. */
function createLocator(list: readonly Recording[]) {
  // With a single recording and a prompt that lacks its question, calls advance through it in order.
  let fallbackCursor = 0;
  return function locate(prompt: string): { recording: Recording; segment: number } {
    // Whitespace, quotes or case may differ after a text box, a shell or a prompt template.
    const text = questionKey(prompt);
    let best: { recording: Recording; at: number; question: string } | null = null;
    for (const r of list) {
      const question = questionKey(r.question);
      const at = question ? text.lastIndexOf(question) : -1;
      if (at !== -1 && (best === null || at > best.at || (at === best.at && question.length > best.question.length))) best = { recording: r, at, question };
    }
    if (best === null) {
      if (list.length > 1) {
        throw new EngineRequestError('replay', 'there is no recorded solution for this problem: the replay demo only plays back the problems it recorded. Pick one of the recorded problems, or choose a live engine');
      }
      // One recording chosen explicitly: play it. A prompt not ending in an output block starts over.
      fallbackCursor = endsWithOutput(prompt) ? fallbackCursor + 1 : 0;
      return { recording: list[0]!, segment: fallbackCursor };
    }
    const after = text.slice(best.at + best.question.length);
    return { recording: best.recording, segment: after.split(OUTPUT_STOP).length - 1 };
  };
}

function endsWithOutput(prompt: string): boolean {
  const at = prompt.lastIndexOf(OUTPUT_STOP);
  return at !== -1 && /^[^`]*\n```\s*$/.test(prompt.slice(at + OUTPUT_STOP.length));
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
