/**
 * The model's context window as a cap: how many tokens a solution holds so far, estimated from its
 * text alone, and how much of the window is left for the next round. The loop has no tokenizer
 * (the models' differ, and web-llm's lives in its worker), so the estimate counts high on purpose:
 * stopping a little early with a clear sentence beats the engine failing mid-solve
 * (web-llm throws ContextWindowSizeExceededError, vLLM answers 400, llama.cpp silently shifts).
 *
 * Why these weights (measured on 3,416 real prompts, solutions and problems — ToRA and MathCoder
 * solutions, MATH, Gaokao, AIME, AMC, GSM8K, SVAMP — against the Qwen2/2.5/3, Llama-2 and Llama-3
 * tokenizers; BENCHMARKS.md, `bench --only context-estimate`): every digit
 * is its own token in Qwen's and Llama's vocabularies, and so is a space before a digit; a run of
 * letters costs at most one token per 3.5 letters; punctuation and symbols are counted one each
 * (LaTeX and code split them); a character outside ASCII costs its UTF-8 bytes (Llama-2's byte
 * fallback). The estimate never fell below the true count and is 1.38× Qwen's on average (1.28×
 * Llama-2's), so a 4,096-token window holds about 2,960 real Qwen tokens of solution here.
 */

/** The window and how much of it a solution holds, both in tokens (the latter estimated on the safe side). */
export interface ContextBudget {
  /** The model's context window. */
  window: number;
  /** Tokens the next request would hold (template, question, the solution so far), counted high. */
  tokens: number;
}

/** Fewer tokens than this left for a round (or the round cap, if lower) is no room for one. */
export const MIN_ROUND_ROOM = 64;

/** How many letters one token covers at least (see the module comment). */
const LETTERS_PER_TOKEN = 3.5;

// Letters, a digit, a run of spaces, any other ASCII character, a run outside ASCII: every
// character falls in exactly one piece.
const PIECES = /[A-Za-z]+|[0-9]| +|[\x00-\x7f]|[^\x00-\x7f]+/g;
const UTF8 = new TextEncoder();

/** Tokens of `text` for any of the models this app runs, estimated on the safe side (see the module comment). */
export function estimateTokens(text: string): number {
  let tokens = 0;
  for (const match of text.matchAll(PIECES)) {
    const piece = match[0];
    const c = piece.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) tokens += Math.ceil(piece.length / LETTERS_PER_TOKEN);
    else if (c === 32) tokens += spaces(piece.length, text.charCodeAt(match.index + piece.length));
    else if (c > 127) tokens += UTF8.encode(piece).length;
    else tokens += 1;
  }
  return tokens;
}

// A lone space merges into the word after it, but not into a digit; a longer run (indentation)
// takes at most one token per 4 spaces.
function spaces(run: number, next: number): number {
  if (run === 1) return next >= 48 && next <= 57 ? 1 : 0;
  return Math.ceil(run / 4);
}

/** Tokens left in the window for the next round. */
export function roomLeft(budget: ContextBudget): number {
  return budget.window - budget.tokens;
}

/** The most tokens a round may generate: the round cap, or what is left of the window if that is less. */
export function roundTokenLimit(maxTokensPerRound: number, budget: ContextBudget | null): number {
  return budget ? Math.max(0, Math.min(maxTokensPerRound, roomLeft(budget))) : maxTokensPerRound;
}

/** Whether another round fits: at least `MIN_ROUND_ROOM` tokens (or the whole round cap, if lower) are left. */
export function hasRoomForRound(maxTokensPerRound: number, budget: ContextBudget | null): boolean {
  return budget === null || roomLeft(budget) >= Math.min(MIN_ROUND_ROOM, maxTokensPerRound);
}

/** The budget of a request of `text` in a window of `window` tokens (null: the window is unknown). */
export function budgetOf(window: number | undefined, text: string): ContextBudget | null {
  return window !== undefined && window > 0 ? { window, tokens: estimateTokens(text) } : null;
}

/** "3,950" — figures in sentences. */
export function formatTokens(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
