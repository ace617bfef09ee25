/**
 * The engine gate: lets several samples be in flight while at most `slots` of them generate at
 * once. web-llm decodes one sequence at a time (slots = 1), so with two samples in flight one
 * generates while the other's Python cell or critic check runs, and the GPU is not left idle
 * between rounds. A server that batches (vLLM, SGLang, llama.cpp with parallel slots) gets
 * slots = N. The gate also measures how much of the wall time the engine was generating.
 */
import { AbortError } from '../errors';
import type { GenerateRequest, LlmEngine, TokenEvent } from '../ports/llm-engine';

export interface EngineGate {
  /** The engine as one sample sees it: `generate` waits for a free slot; `onWait`/`onStart`/`onEnd` tell the caller. */
  engineFor(hooks: GateHooks): LlmEngine;
  /** Milliseconds during which at least one generation held a slot, up to `now`. */
  busyMs(now: number): number;
}

export interface GateHooks {
  onWait?(): void;
  onStart?(): void;
  onEnd?(): void;
}

/** A FIFO counting semaphore whose waits can be cancelled. */
function createSemaphore(slots: number) {
  let free = slots;
  const waiters: Array<{ grant: () => void }> = [];
  return {
    async acquire(signal?: AbortSignal): Promise<void> {
      if (signal?.aborted) throw new AbortError('Waiting for the engine');
      if (free > 0 && waiters.length === 0) {
        free--;
        return;
      }
      await new Promise<void>((resolve, reject) => {
        const waiter = {
          grant: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        const onAbort = () => {
          const at = waiters.indexOf(waiter);
          if (at >= 0) waiters.splice(at, 1);
          reject(new AbortError('Waiting for the engine'));
        };
        waiters.push(waiter);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    },
    release(): void {
      const next = waiters.shift();
      if (next) next.grant();
      else free++;
    },
  };
}

/** Wraps `engine` so at most `slots` generations run at once; `now` is the clock busy time is read from. */
export function createEngineGate(engine: LlmEngine, slots: number, now: () => number): EngineGate {
  if (!Number.isInteger(slots) || slots < 1) throw new RangeError(`An engine needs at least one slot, got ${slots}.`);
  const semaphore = createSemaphore(slots);
  let active = 0;
  let busySince = 0;
  let busyTotal = 0;

  const started = () => {
    if (active++ === 0) busySince = now();
  };
  const ended = () => {
    if (--active === 0) busyTotal += now() - busySince;
  };

  return {
    busyMs: (at) => busyTotal + (active > 0 ? at - busySince : 0),
    engineFor(hooks) {
      let holding = false;
      return {
        info: engine.info,
        load: (onProgress, signal) => engine.load(onProgress, signal),
        async *generate(request: GenerateRequest): AsyncGenerator<TokenEvent> {
          hooks.onWait?.();
          await semaphore.acquire(request.signal);
          holding = true;
          started();
          hooks.onStart?.();
          try {
            yield* engine.generate(request);
          } finally {
            holding = false;
            ended();
            semaphore.release();
            hooks.onEnd?.();
          }
        },
        // Only the sample that holds a slot may stop the engine: another sample's stop must not cut it.
        interrupt: () => {
          if (holding) engine.interrupt();
        },
        // The engine belongs to whoever made the gate; a sample finishing must not unload it.
        unload: async () => undefined,
      };
    },
  };
}
