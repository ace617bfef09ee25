/**
 * Stop strings in streamed text, the same way everywhere: the three engines and the loop's block
 * parser all scan with this one piece. Engines differ — some servers ignore `stop`, some echo the
 * stop string, web-llm streams the start of it before trimming — so any tail of the stream that
 * could still become a stop string is held back until it cannot; the text is cut at the earliest
 * stop string that shows up; and at the end, a held tail that is the start of the stop string the
 * generation stopped on (a piece streamed before the engine noticed) is dropped, never shown.
 */
import type { FinishReason } from '../ports/llm-engine';

export interface StopScan {
  /** Text that is safe to pass on now. */
  emit: string;
  /** The stop string that matched, once one has; `emit` then ends right before it. */
  stop: string | null;
}

export interface StopScanner {
  /** Scans one piece of streamed text. After a match, everything is swallowed. */
  push(text: string): StopScan;
  /** The stop string found in the text, or null. */
  readonly stop: string | null;
  /**
   * Ends the scan and returns the held-back tail that is text after all — minus its longest end
   * that is the start of one of `drop` (see `stopPiecesToDrop`). Empty after a match.
   */
  end(drop: readonly string[]): string;
}

/** Length of the longest end of `text` that is a proper prefix of one of `stops`. */
export function stopPrefixLength(text: string, stops: readonly string[]): number {
  let best = 0;
  for (const s of stops) {
    for (let n = Math.min(s.length - 1, text.length); n > best; n--) {
      if (text.endsWith(s.slice(0, n))) {
        best = n;
        break;
      }
    }
  }
  return best;
}

/**
 * The stop strings whose start a generation that ended with `finish` may have streamed: the one
 * the engine names when it stopped on one. When it stopped without naming it, `ifUnnamed` — an
 * engine passes nothing (the tail is the model's text as far as it can tell), the loop passes every
 * stop string it sent (a tail that could begin one is not an answer).
 */
export function stopPiecesToDrop(finish: FinishReason | 'cut', stopString: string | null | undefined, ifUnnamed: readonly string[] = []): readonly string[] {
  if (finish !== 'stop') return [];
  return stopString ? [stopString] : ifUnnamed;
}

/** Creates a scanner over `stops` (empty strings are ignored). */
export function createStopScanner(stops: readonly string[]): StopScanner {
  const active = stops.filter((s) => s.length > 0);
  let pending = '';
  let matched: string | null = null;
  return {
    get stop() {
      return matched;
    },
    push(text) {
      if (matched !== null) return { emit: '', stop: matched };
      pending += text;
      let best = -1;
      for (const s of active) {
        const i = pending.indexOf(s);
        if (i !== -1 && (best === -1 || i < best)) [best, matched] = [i, s];
      }
      if (matched !== null) {
        const emit = pending.slice(0, best);
        pending = '';
        return { emit, stop: matched };
      }
      const hold = stopPrefixLength(pending, active);
      const emit = pending.slice(0, pending.length - hold);
      pending = pending.slice(pending.length - hold);
      return { emit, stop: null };
    },
    end(drop) {
      const rest = pending;
      pending = '';
      return rest.slice(0, rest.length - stopPrefixLength(rest, drop));
    },
  };
}
