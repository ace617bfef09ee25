/**
 * Client-side stop-string matching for streamed text. Engines differ: some servers ignore `stop`,
 * some echo the stop string, web-llm streams a prefix of it before trimming. Holding back any tail
 * that could still become a stop string means callers never see text the model did not "say".
 */
import { stopPrefixLength } from '../../core/lce/block-parser';

export interface StopScan {
  /** Text that is safe to emit now. */
  emit: string;
  /** The stop string that matched, once one has; `emit` then ends right before it. */
  stop: string | null;
}

export interface StopScanner {
  push(text: string): StopScan;
  /** The held-back tail (a proper prefix of a stop string) when generation ends without a match. */
  flush(): string;
  /** Text currently held back. */
  readonly pending: string;
}

/** Creates a scanner over `stops` (empty strings are ignored). */
export function createStopScanner(stops: readonly string[]): StopScanner {
  const active = stops.filter((s) => s.length > 0);
  let pending = '';
  let matched: string | null = null;
  return {
    get pending() {
      return pending;
    },
    push(text) {
      if (matched !== null) return { emit: '', stop: matched };
      pending += text;
      let best = -1;
      let bestStop: string | null = null;
      for (const s of active) {
        const i = pending.indexOf(s);
        if (i !== -1 && (best === -1 || i < best)) [best, bestStop] = [i, s];
      }
      if (bestStop !== null) {
        const emit = pending.slice(0, best);
        pending = '';
        matched = bestStop;
        return { emit, stop: bestStop };
      }
      const hold = stopPrefixLength(pending, active);
      const emit = pending.slice(0, pending.length - hold);
      pending = pending.slice(pending.length - hold);
      return { emit, stop: null };
    },
    flush() {
      const rest = pending;
      pending = '';
      return rest;
    },
  };
}
