/** The OpenAI `/completions` request fields both the HTTP engine and web-llm take, from one `GenerateRequest`. */
import type { GenerateRequest } from '../../core/ports/llm-engine';

export interface CompletionParams {
  model: string;
  prompt: string;
  stream: true;
  stream_options: { include_usage: true };
  max_tokens: number;
  stop?: string[];
  temperature?: number;
  top_p?: number;
  seed?: number;
}

/** Streaming request with usage; optional sampling fields only when set (servers differ on defaults). Log-prob fields differ per engine and are added by the caller. */
export function completionParams(model: string, r: GenerateRequest): CompletionParams {
  const params: CompletionParams = {
    model,
    prompt: r.prompt,
    stream: true,
    stream_options: { include_usage: true },
    max_tokens: r.maxTokens,
  };
  if (r.stop.length > 0) params.stop = r.stop;
  if (r.temperature !== undefined) params.temperature = r.temperature;
  if (r.topP !== undefined) params.top_p = r.topP;
  if (r.seed !== undefined) params.seed = r.seed;
  return params;
}
