/** Timing and token counting for engines whose server does not report usage itself. */
import type { Usage } from '../../core/ports/llm-engine';

/** Measures time to first token, decode speed and total time of one generation. */
export function createUsageClock(now: () => number = () => performance.now()) {
  const start = now();
  let first: number | null = null;
  let pieces = 0;
  return {
    /** Call for every piece of generated text as it arrives. */
    piece() {
      if (first === null) first = now();
      pieces++;
    },
    /** Number of generated pieces seen, a stand-in for tokens when the server reports none. */
    get pieces() {
      return pieces;
    },
    /** Merges measured timings with the counts the engine knows. */
    finish(counts: { promptTokens: number; completionTokens: number }): Usage {
      const end = now();
      const usage: Usage = { ...counts, totalMs: end - start };
      if (first !== null) {
        usage.timeToFirstTokenMs = first - start;
        const decodeMs = end - first;
        if (decodeMs > 0 && counts.completionTokens > 1) usage.decodeTokensPerS = ((counts.completionTokens - 1) * 1000) / decodeMs;
      }
      return usage;
    },
  };
}

/** Rough token estimate (4 characters a token) for servers that report no prompt usage. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
