/**
 * Deciding, round by round, whether web-llm's KV cache can be continued in place, and what it holds
 * afterwards. Pure: the engine feeds it the raw prompt of each round and what web-llm streamed.
 *
 * With the template of conv-template.ts a chat request renders as the concatenation of its
 * messages. A fresh request is one user message holding the whole raw prompt. After a round that
 * web-llm ended on a stop, the KV cache holds the prompt plus every sampled token but the last one
 * (the token that completed the stop string, or the end-of-turn token, is never forwarded). Those
 * tokens are exactly the text web-llm streamed before its last step, which for a stop string
 * includes the part of it already sampled ("```" of "```output"). The next round continues only if
 * its raw prompt starts with that KV text: then the rest of the prompt goes as one `tool` message
 * and only it is prefilled. Otherwise (an abort, a length stop, an error, an edited cell, another
 * question) the whole prompt is sent fresh, which web-llm prefills after resetting its cache.
 */

/** A chat message as the continuation sends it. */
export interface ContinuationMessage {
  role: 'user' | 'assistant' | 'tool';
  content: string;
}

/** The state after a round that can be continued in place. */
export interface ArmedContinuation {
  /** The history web-llm's conversation holds now: the last request's messages plus its reply. */
  messages: ContinuationMessage[];
  /** The text in the KV cache: all prefilled text plus every sampled token that was forwarded. */
  kvText: string;
}

/** Why a round is sent fresh (the whole prompt prefilled). */
export type FreshReason =
  /** Nothing to continue: the first round, or the previous one ended on abort, length or an error. */
  | 'not-armed'
  /** The prompt does not extend what the KV cache holds (an edited cell, another problem). */
  | 'diverged'
  /** The prompt adds nothing to what the KV cache holds. */
  | 'nothing-new';

/** How one round reaches web-llm. */
export type RoundPlan =
  | { kind: 'continue'; messages: ContinuationMessage[]; prefill: string; kvText: string }
  | { kind: 'fresh'; reason: FreshReason; messages: ContinuationMessage[]; prefill: string; kvText: string };

/** Plans a round for `prompt` (the full raw prompt) given what the cache holds, if anything. */
export function planRound(armed: ArmedContinuation | null, prompt: string): RoundPlan {
  const fresh = (reason: FreshReason): RoundPlan => ({ kind: 'fresh', reason, messages: [{ role: 'user', content: prompt }], prefill: prompt, kvText: prompt });
  if (!armed) return fresh('not-armed');
  if (!prompt.startsWith(armed.kvText)) return fresh('diverged');
  const injection = prompt.slice(armed.kvText.length);
  if (injection === '') return fresh('nothing-new');
  return { kind: 'continue', messages: [...armed.messages, { role: 'tool', content: injection }], prefill: injection, kvText: prompt };
}

/** What web-llm reported for a round. */
export interface RoundOutcome {
  /** The final chunk's finish reason, or null when the stream did not finish (broken off, failed). */
  finishReason: string | null;
  /** The text delta of each generation step, in order (one streamed chunk per step, empty ones included). */
  deltas: readonly string[];
  /** web-llm's final message (`getMessage()`): the reply without the stop string. */
  message: string | null;
  /** The stop strings the request sent. */
  stop: readonly string[];
}

// web-llm holds back a step whose text ends in an incomplete UTF-8 sequence (U+FFFD), so a
// replacement character means the streamed steps may not line up with the forwarded tokens.
const REPLACEMENT = '\uFFFD';

/**
 * The state after `plan` ran with `outcome`, or null when the next round must be sent fresh.
 * Armed only after a `stop` whose last step streamed nothing (the stop string or end-of-turn token
 * was cut away), whose earlier steps start with the final message and whose remainder is a proper
 * prefix of a stop string: then the KV text is known to the character.
 */
export function settleRound(plan: RoundPlan, outcome: RoundOutcome): ArmedContinuation | null {
  if (outcome.finishReason !== 'stop' || outcome.message === null || outcome.deltas.length === 0) return null;
  if (outcome.deltas.at(-1) !== '') return null;
  const streamed = outcome.deltas.join('');
  const message = outcome.message;
  if (streamed.includes(REPLACEMENT) || message.includes(REPLACEMENT) || !streamed.startsWith(message)) return null;
  const tail = streamed.slice(message.length);
  if (tail !== '' && !outcome.stop.some((s) => s.length > tail.length && s.startsWith(tail))) return null;
  return { messages: [...plan.messages, { role: 'assistant', content: message }], kvText: plan.kvText + streamed };
}
