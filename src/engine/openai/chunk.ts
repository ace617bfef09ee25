/** One streamed `/v1/completions` event, read defensively (servers differ in the optional fields). */
import type { FinishReason } from '../../core/ports/llm-engine';
import { malformedStream, PAGE_WORDING, type ServerWording } from './errors';

export interface CompletionChunk {
  text: string;
  logprob?: number;
  finishReason?: FinishReason;
  /** vLLM names the stop string that matched in `stop_reason`. */
  stopReason?: string;
  usage?: { prompt_tokens?: number; completion_tokens?: number };
  /** The `[DONE]` sentinel. */
  done?: boolean;
}

/** Reads the first choice and the usage of a completion chunk; throws a clear error when it is not one. */
export function readChunk(url: string, json: unknown, w: ServerWording = PAGE_WORDING): CompletionChunk {
  if (!json || typeof json !== 'object') throw malformedStream(url, 'an event is not a JSON object', w);
  const obj = json as { choices?: unknown; usage?: unknown };
  const out: CompletionChunk = { text: '' };
  if (obj.usage && typeof obj.usage === 'object') out.usage = obj.usage as CompletionChunk['usage'];
  if (!Array.isArray(obj.choices)) {
    if (out.usage) return out;
    throw malformedStream(url, 'an event has neither choices nor usage', w);
  }
  const choice = obj.choices[0] as Record<string, unknown> | undefined;
  if (!choice) return out;
  const delta = choice.delta as { content?: unknown } | undefined;
  const text = typeof choice.text === 'string' ? choice.text : typeof delta?.content === 'string' ? delta.content : '';
  out.text = text;
  const lp = sumLogprobs(choice.logprobs);
  if (lp !== undefined) out.logprob = lp;
  if (typeof choice.finish_reason === 'string') out.finishReason = mapFinish(choice.finish_reason);
  if (typeof choice.stop_reason === 'string') out.stopReason = choice.stop_reason;
  return out;
}

function mapFinish(reason: string): FinishReason {
  if (reason === 'length') return 'length';
  if (reason === 'abort' || reason === 'cancelled') return 'abort';
  return 'stop';
}

// Legacy completions: {token_logprobs: number[]}; chat-style servers: {content: [{logprob}]}.
function sumLogprobs(lp: unknown): number | undefined {
  if (!lp || typeof lp !== 'object') return undefined;
  const legacy = (lp as { token_logprobs?: unknown }).token_logprobs;
  const chat = (lp as { content?: unknown }).content;
  const values = Array.isArray(legacy)
    ? legacy
    : Array.isArray(chat)
      ? chat.map((c) => (c as { logprob?: unknown }).logprob)
      : [];
  const nums = values.filter((v): v is number => typeof v === 'number');
  return nums.length > 0 ? nums.reduce((a, b) => a + b, 0) : undefined;
}
