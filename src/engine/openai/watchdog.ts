/**
 * Time limits of one HTTP request, in its three stages: until the server answers (connect), until
 * the first token, and between tokens (idle). A server that accepts the connection and then says
 * nothing would otherwise hang a solve or a batch forever.
 */
import type { TimeoutKind } from './errors';

/** Milliseconds each stage may take. */
export interface RequestTimeouts {
  connectMs: number;
  firstTokenMs: number;
  idleMs: number;
}

/**
 * Generous on purpose: Ollama loads a model before it answers, a busy vLLM or a llama.cpp without a
 * free slot queues a request before its first token, and vLLM may pause a preempted sequence.
 */
export const DEFAULT_TIMEOUTS: RequestTimeouts = { connectMs: 60_000, firstTokenMs: 300_000, idleMs: 120_000 };

export interface Watchdog {
  /** Starts (or restarts) the clock of `kind`; when it runs out, `onFire` is called once. */
  arm(kind: TimeoutKind): void;
  /** Which limit ran out, or null. */
  readonly fired: { kind: TimeoutKind; ms: number } | null;
  stop(): void;
}

const LIMIT: Record<TimeoutKind, keyof RequestTimeouts> = { connect: 'connectMs', 'first-token': 'firstTokenMs', idle: 'idleMs' };

/** A watchdog that calls `onFire` (which aborts the request) when the armed stage runs out. */
export function createWatchdog(timeouts: RequestTimeouts, onFire: () => void): Watchdog {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let fired: Watchdog['fired'] = null;
  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    arm(kind) {
      clear();
      if (fired) return;
      const ms = timeouts[LIMIT[kind]];
      timer = setTimeout(() => {
        timer = null;
        fired = { kind, ms };
        onFire();
      }, ms);
    },
    get fired() {
      return fired;
    },
    stop: clear,
  };
}
