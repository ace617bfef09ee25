/** The language model as the core sees it. Implemented by src/engine (web-llm, OpenAI-compatible HTTP, replay). */

export interface EngineInfo {
  /**
   * Which kind of engine made it: an engine registry kind (`webllm`, `openai`, `replay`; see
   * src/engine/registry.ts), or a test double's own name. Kept as plain text so the core and stored
   * samples need no change when an engine is added.
   */
  kind: string;
  /** Model id as the engine names it, e.g. `Qwen2-Math-7B-Instruct-q4f16_1-MLC`. */
  model: string;
  /** Prompt family used to format prompts for this model (see src/core/prompt). */
  family?: string;
  /** Quantisation, when known (e.g. `q4f16_1`). */
  quantization?: string;
  /** True for replayed recordings: the UI must always label them as such. */
  isRecording: boolean;
  /**
   * The model's context window in tokens, when the engine knows it (web-llm's model record; a
   * server that reports it once loaded, or the user's setting). The solve loop treats it as a cap.
   */
  contextWindow?: number;
}

/** Progress while loading weights or connecting. */
export interface LoadProgress {
  phase: 'fetch' | 'cache' | 'compile' | 'ready' | 'connect';
  /** 0..1, or null when unknown. */
  progress: number | null;
  text: string;
  bytesLoaded?: number;
  bytesTotal?: number;
  /** Estimated seconds until this phase ends, from its rate so far (absent until known). */
  secondsLeft?: number;
}

export interface GenerateRequest {
  /** The full raw prompt, template already applied by src/core/prompt, ending with the partial assistant turn. */
  prompt: string;
  stop: string[];
  maxTokens: number;
  temperature?: number;
  topP?: number;
  seed?: number;
  /** Ask for per-token log-probabilities (needed for AutoCode behaviour-policy records). */
  logprobs?: boolean;
  signal?: AbortSignal;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  prefillTokensPerS?: number;
  decodeTokensPerS?: number;
  timeToFirstTokenMs?: number;
  totalMs?: number;
}

export type FinishReason = 'stop' | 'length' | 'abort';

export type TokenEvent =
  | { type: 'token'; text: string; logprob?: number }
  | {
      type: 'done';
      finishReason: FinishReason;
      /** Which stop string ended generation, when the engine says so. */
      stopString?: string | null;
      usage: Usage;
    };

export interface LlmEngine {
  readonly info: EngineInfo;
  /** Loads weights or checks the server; idempotent. */
  load(onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<void>;
  /** Streams one completion. Ends with exactly one `done` event unless it throws. */
  generate(request: GenerateRequest): AsyncIterable<TokenEvent>;
  /** Cooperatively stops the current generation; the loaded model stays. */
  interrupt(): void;
  /** Frees the model. */
  unload(): Promise<void>;
}
