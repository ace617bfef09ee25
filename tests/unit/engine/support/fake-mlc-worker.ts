/**
 * FakeMlcWorker — a test double of web-llm's worker (the GPU side we cannot run here). It speaks
 * web-llm 0.2.86's worker protocol to the REAL `WebWorkerMLCEngine` client: requests
 * `{kind, uuid, content}`; replies `return` / `throw` (errors as "ClassName: message" strings, as
 * `WebWorkerMLCEngineHandler` sends them) and `initProgressCallback`. Generation mimics the real
 * pipeline: one delta per token, and on a stop string the message is trimmed while the deltas
 * already sent (the start of the stop string) stay sent.
 */

export interface FakeReply {
  /** Everything the "model" would write; cut at a stop string or max_tokens like web-llm does. */
  text: string;
  /** Per-token log-probabilities are reported as -0.25 each when requested. */
  promptTokens?: number;
  /** Fails the stream with `error` (e.g. "DeviceLostError: …") once this many tokens were sent. */
  failAfterTokens?: number;
  error?: string;
}

export interface FakeMlcOptions {
  /** Progress reports sent during `reload`, in order. */
  progress?: { progress: number; timeElapsed: number; text: string }[];
  /** Makes `reload` fail with this string (e.g. "DeviceLostError: …"). */
  reloadError?: string;
  /** Leaves `reload` pending forever (to test cancelling a load). */
  reloadHangs?: boolean;
  /** The completion for each request; a string starting with an error class name makes the request throw. */
  script: (request: { prompt: string; [k: string]: unknown }) => FakeReply | { throws: string };
}

interface Stream {
  tokens: string[];
  failAfter: { tokens: number; error: string } | null;
  at: number;
  message: string;
  request: Record<string, unknown>;
  finish: 'stop' | 'length' | 'abort' | null;
  finishSent: boolean;
  usageSent: boolean;
  promptTokens: number;
  done: boolean;
}

export class FakeMlcWorker {
  onmessage: ((event: unknown) => void) | null = null;
  readonly received: { kind: string; content: unknown }[] = [];
  terminated = false;
  private streams = new Map<string, Stream>();
  private interrupted = false;
  private lastMessage = '';
  /** After a lost GPU device web-llm unloads the model: every request fails until the next reload. */
  private deviceLost = false;

  constructor(private readonly options: FakeMlcOptions) {}

  kinds(): string[] {
    return this.received.map((m) => m.kind);
  }

  terminate(): void {
    this.terminated = true;
  }

  postMessage(raw: unknown): void {
    if (this.terminated) return;
    const msg = structuredClone(raw) as { kind: string; uuid: string; content: Record<string, unknown> };
    this.received.push({ kind: msg.kind, content: msg.content });
    // A real worker answers asynchronously.
    setTimeout(() => this.handle(msg), 0);
  }

  private reply(kind: 'return' | 'throw' | 'initProgressCallback', uuid: string, content: unknown): void {
    if (this.terminated) return;
    const data = structuredClone({ kind, uuid, content });
    this.onmessage?.(typeof MessageEvent === 'function' ? new MessageEvent('message', { data }) : data);
  }

  private handle(msg: { kind: string; uuid: string; content: Record<string, unknown> }): void {
    const { kind, uuid, content } = msg;
    switch (kind) {
      case 'setAppConfig':
      case 'setLogLevel':
        return;
      case 'reload':
        for (const p of this.options.progress ?? []) this.reply('initProgressCallback', '', p);
        if (this.options.reloadHangs) return;
        return this.options.reloadError ? this.reply('throw', uuid, this.options.reloadError) : this.reply('return', uuid, null);
      case 'completionStreamInit':
        return this.initStream(uuid, content);
      case 'completionStreamNextChunk': {
        const s = this.streams.get(content.streamId as string);
        if (s?.failAfter && s.at >= s.failAfter.tokens) {
          if (s.failAfter.error.startsWith('DeviceLostError')) this.deviceLost = true;
          return this.reply('throw', uuid, s.failAfter.error);
        }
        return this.reply('return', uuid, this.nextChunk(content.streamId as string));
      }
      case 'completionStreamReturn':
        this.streams.delete(content.streamId as string);
        return this.reply('return', uuid, null);
      case 'interruptGenerate':
        this.interrupted = true;
        return this.reply('return', uuid, null);
      case 'getMessage':
        return this.reply('return', uuid, this.lastMessage);
      case 'unload':
        return this.reply('return', uuid, null);
      default:
        return this.reply('throw', uuid, `UnknownMessageKindError: ${kind}`);
    }
  }

  private initStream(uuid: string, content: Record<string, unknown>): void {
    const request = content.request as { prompt: string; [k: string]: unknown };
    if (this.deviceLost) return this.reply('throw', uuid, 'ModelNotLoadedError: Model not loaded before trying to complete ChatCompletionRequest. Please ensure you have called `MLCEngine.reload(model)` to load the model before initiating chat operations.');
    const reply = this.options.script(request);
    if ('throws' in reply) return this.reply('throw', uuid, reply.throws);
    this.interrupted = false;
    this.lastMessage = '';
    this.streams.set(content.streamId as string, {
      tokens: reply.text.match(/ ?[A-Za-z]+| ?\d|\s+|[^\sA-Za-z\d]/g) ?? [],
      failAfter: reply.failAfterTokens !== undefined && reply.error ? { tokens: reply.failAfterTokens, error: reply.error } : null,
      at: 0,
      message: '',
      request,
      finish: null,
      finishSent: false,
      usageSent: false,
      promptTokens: reply.promptTokens ?? Math.ceil(request.prompt.length / 4),
      done: false,
    });
    this.reply('return', uuid, null);
  }

  private nextChunk(streamId: string): unknown {
    const s = this.streams.get(streamId);
    if (!s || s.done) return undefined;
    const base = { id: 'cmpl-fake', object: 'text_completion', model: 'fake', created: 0 };
    if (s.finish === null) {
      const token = s.tokens[s.at];
      if (this.interrupted || token === undefined) return this.finishChunk(s, this.interrupted ? 'abort' : 'stop', base);
      s.at++;
      const before = s.message;
      let message = before + token;
      const stops = ((s.request.stop as string[] | undefined) ?? []).filter(Boolean);
      const hits = stops.map((x) => message.indexOf(x)).filter((i) => i !== -1);
      if (hits.length > 0) message = message.slice(0, Math.min(...hits));
      s.message = this.lastMessage = message;
      if (hits.length > 0) return this.finishChunk(s, 'stop', base);
      if (s.at >= (s.request.max_tokens as number)) s.finish = 'length';
      const logprobs = s.request.logprobs ? { content: [{ token, logprob: -0.25, bytes: null, top_logprobs: [] }] } : null;
      return { ...base, choices: [{ index: 0, text: message.slice(before.length), finish_reason: null, logprobs }] };
    }
    if (!s.finishSent) return this.finishChunk(s, s.finish, base);
    if (!s.usageSent) {
      s.usageSent = true;
      return {
        ...base,
        choices: [],
        usage: {
          prompt_tokens: s.promptTokens,
          completion_tokens: s.at,
          total_tokens: s.promptTokens + s.at,
          extra: { e2e_latency_s: 0.5, prefill_tokens_per_s: 400, decode_tokens_per_s: 30, time_to_first_token_s: 0.1, time_per_output_token_s: 0.033 },
        },
      };
    }
    s.done = true;
    return undefined;
  }

  private finishChunk(s: Stream, finish: Stream['finish'], base: object): unknown {
    s.finish = finish;
    s.finishSent = true;
    return { ...base, choices: [{ index: 0, text: '', finish_reason: finish }] };
  }
}
