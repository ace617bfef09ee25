/**
 * A drop-in for web-llm's `completions.create` that continues the KV cache from one LCE round to the
 * next instead of re-prefilling the whole solution (see continuation-plan.ts and conv-template.ts).
 *
 * `chat` mode sends each round through `chat.completions.create` with the text-appender template:
 * a fresh round is one user message holding the raw prompt; a continued round repeats the history
 * web-llm recorded and adds the injected output as a `tool` message, which web-llm's multi-round
 * reuse prefills alone. It keeps everything the chat API offers per request (temperature, top_p,
 * seed, log-probs, usage, the context-window check, the model lock, interrupts). Chunks are handed
 * back in the `completions` shape, so the engine reads both modes the same way.
 *
 * `completions` mode is the fallback: `completions.create` with the raw prompt, which resets the KV
 * cache and prefills everything every round.
 */
import type { ChatCompletionChunk, ChatCompletionMessageParam, ChatCompletionRequestStreaming, Completion, CompletionCreateParamsStreaming, MLCEngineInterface } from '@mlc-ai/web-llm';
import { type ArmedContinuation, type ContinuationMessage, planRound, type RoundPlan, settleRound } from './continuation-plan';

/** How rounds reach web-llm: `chat` continues the KV cache, `completions` re-prefills every round. */
export type ContinuationMode = 'chat' | 'completions';

/** What the continuation needs of web-llm's client (`WebWorkerMLCEngine` or `MLCEngine`). */
export type ContinuationClient = Pick<MLCEngineInterface, 'chat' | 'completions' | 'getMessage'>;

/** Streams one round; see the module comment. */
export interface ContinuingCompletions {
  readonly mode: ContinuationMode;
  create(params: CompletionCreateParamsStreaming): Promise<AsyncIterable<Completion>>;
  /** Forgets what the cache holds: the next round is sent fresh. */
  reset(): void;
  /** How the latest round was sent (null before the first, and always in `completions` mode). */
  readonly lastPlan: RoundPlan | null;
}

/** Wraps a loaded web-llm client; make a new one for every load (a reload empties the cache). */
export function createContinuingCompletions(client: ContinuationClient, mode: ContinuationMode = 'chat'): ContinuingCompletions {
  let armed: ArmedContinuation | null = null;
  let lastPlan: RoundPlan | null = null;
  // A round may arm the next one only if no other request reached web-llm after it started.
  let started = 0;

  async function* relay(stream: AsyncIterable<ChatCompletionChunk>, plan: RoundPlan, id: number, stop: string[]): AsyncGenerator<Completion> {
    const deltas: string[] = [];
    let finishReason: string | null = null;
    for await (const chunk of stream) {
      const choice = chunk.choices[0];
      if (choice?.finish_reason) finishReason = choice.finish_reason;
      else if (choice) deltas.push(choice.delta.content ?? '');
      yield toCompletionChunk(chunk);
    }
    // Reached only when the stream ran to its end; a consumer that stops reading leaves it disarmed.
    const message = await client.getMessage().catch(() => null);
    if (id === started) armed = settleRound(plan, { finishReason, deltas, message, stop });
  }

  return {
    mode,
    get lastPlan() {
      return lastPlan;
    },
    reset() {
      armed = null;
    },
    async create(params) {
      const id = ++started;
      const previous = armed;
      armed = null;
      if (mode === 'completions') return client.completions.create(params);
      const plan = planRound(previous, params.prompt);
      lastPlan = plan;
      const stop = params.stop == null ? [] : Array.isArray(params.stop) ? params.stop : [params.stop];
      const stream = await client.chat.completions.create(chatRequest(params, plan.messages));
      return relay(stream, plan, id, stop);
    },
  };
}

// The per-request fields the engine sets (see completion-params.ts), carried over as they are.
const CARRIED = ['model', 'stream_options', 'max_tokens', 'stop', 'temperature', 'top_p', 'seed', 'logprobs', 'top_logprobs'] as const;

function chatRequest(params: CompletionCreateParamsStreaming, messages: ContinuationMessage[]): ChatCompletionRequestStreaming {
  const request: ChatCompletionRequestStreaming = { stream: true, messages: messages.map(toChatMessage) };
  for (const key of CARRIED) if (params[key] !== undefined) Object.assign(request, { [key]: params[key] });
  return request;
}

function toChatMessage(m: ContinuationMessage): ChatCompletionMessageParam {
  // web-llm ignores tool_call_id; the type requires one.
  return m.role === 'tool' ? { role: 'tool', content: m.content, tool_call_id: 'lce-output' } : { role: m.role, content: m.content };
}

function toCompletionChunk(chunk: ChatCompletionChunk): Completion {
  return {
    id: chunk.id,
    created: chunk.created,
    model: chunk.model,
    object: 'text_completion',
    choices: chunk.choices.map((c) => ({ index: c.index, text: c.delta.content ?? '', finish_reason: c.finish_reason, ...(c.logprobs !== undefined ? { logprobs: c.logprobs } : {}) })),
    ...(chunk.usage ? { usage: chunk.usage } : {}),
  };
}
