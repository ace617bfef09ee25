/**
 * FakeTvm — a test double of the TVM WebGPU runtime under web-llm's `LLMChatPipeline`: the only part
 * of the in-browser engine that needs a GPU. It stands in for the compiled model library (embed,
 * prefill and decode kernels), the paged KV cache (clear, add sequence, begin/end forward) and the
 * GPU sampling kernels (softmax, argsort, top-p sampling), plus scopes and device sync.
 *
 * The "weights" are a function: `nextToken(kvTokens)` returns the token the model picks given every
 * token in the KV cache, and the logits are that token with probability `choiceProb`. Penalties,
 * logit bias and grammar masks are accepted and ignored. Everything above these kernels — prompt
 * rendering, tokenisation, chunking, the context-window check, stop strings, KV reuse between chat
 * rounds, finish reasons, usage — is web-llm's own code, run unchanged.
 */

/** The model: the next token id, given every token id the KV cache holds. */
export type NextToken = (kvTokens: readonly number[]) => number;

/** One forward pass: the token ids appended to the KV cache, and the token sampled after it (null when its logits were not sampled, e.g. a prefill chunk before the last). */
export interface Forward {
  tokens: number[];
  picked: number | null;
}

type Payload =
  | { kind: 'array'; data: number[] }
  | { kind: 'embedding'; tokens: number[] }
  // Logits are resolved when sampled, so the model is asked only at real sampling steps.
  | { kind: 'logits'; pick: () => number; prob: number }
  | { kind: 'scores'; choice: number; prob: number };

class FakeTensor {
  constructor(
    readonly shape: number[],
    readonly dtype: string,
    private payload: Payload,
    private readonly vocab: number,
  ) {}
  view(shape: number[]): FakeTensor {
    return new FakeTensor(shape, this.dtype, this.payload, this.vocab);
  }
  copyFrom(src: FakeTensor | ArrayLike<number>): this {
    this.payload = src instanceof FakeTensor ? src.payload : { kind: 'array', data: Array.from(src) };
    return this;
  }
  toArray(): ArrayLike<number> {
    const p = this.payload;
    if (p.kind === 'array') return this.dtype.startsWith('float') ? Float32Array.from(p.data) : Int32Array.from(p.data);
    if (p.kind === 'embedding') return Int32Array.from(p.tokens);
    // Probabilities over the vocabulary (read for log-probs): the choice and one runner-up.
    const choice = this.choice;
    const probs = new Float32Array(this.vocab);
    probs[choice] = p.prob;
    probs[(choice + 1) % this.vocab] = 1 - p.prob;
    return probs;
  }
  get tokens(): number[] {
    const p = this.payload;
    if (p.kind === 'embedding') return p.tokens;
    if (p.kind === 'array') return p.data;
    throw new Error('FakeTvm: not a token tensor');
  }
  get choice(): number {
    if (this.payload.kind === 'logits') this.payload = { kind: 'scores', choice: this.payload.pick(), prob: this.payload.prob };
    if (this.payload.kind !== 'scores') throw new Error('FakeTvm: not a score tensor');
    return this.payload.choice;
  }
  get prob(): number {
    return this.payload.kind === 'scores' || this.payload.kind === 'logits' ? this.payload.prob : 1;
  }
  dispose(): void {}
}

class FakeKvState {
  tokens: number[] = [];
  pending = 0;
  constructor(readonly capacity: number) {}
  dispose(): void {}
}

type Fn = ((...args: never[]) => unknown) & { dispose(): void };

function fn<A extends unknown[], R>(f: (...args: A) => R): Fn {
  return Object.assign(f, { dispose() {} }) as unknown as Fn;
}

export interface FakeTvmOptions {
  nextToken: NextToken;
  /** The model's vocabulary size (logit rows). */
  vocabSize: number;
  /** The library's prefill chunk size (web-llm splits longer prefills). */
  prefillChunkSize?: number;
  /** Probability of the picked token (what log-probs report). */
  choiceProb?: number;
}

/** A fake TVM instance to hand to `new LLMChatPipeline(tvm, …)`; `forwards` records every pass. */
export function createFakeTvm(options: FakeTvmOptions) {
  const { nextToken, vocabSize } = options;
  const choiceProb = options.choiceProb ?? 0.8;
  const forwards: Forward[] = [];
  const clears = { count: 0 };
  const device = { async sync() {} };
  const tensor = (shape: number[], dtype: string, payload: Payload) => new FakeTensor(shape, dtype, payload, vocabSize);
  let kv: FakeKvState | null = null;

  function forward(embeddings: FakeTensor, state: FakeKvState) {
    const tokens = embeddings.tokens;
    if (tokens.length !== state.pending) throw new Error(`FakeTvm: forward of ${tokens.length} tokens after begin_forward(${state.pending})`);
    if (state.tokens.length + tokens.length > state.capacity) throw new Error('FakeTvm: KV cache overflow');
    state.tokens.push(...tokens);
    const record: Forward = { tokens: [...tokens], picked: null };
    forwards.push(record);
    const kvTokens = [...state.tokens];
    const pick = () => (record.picked = nextToken(kvTokens));
    const logits = tensor([1, 1, vocabSize], 'float32', { kind: 'logits', pick, prob: choiceProb });
    return { get: (i: number) => (i === 0 ? logits : undefined), dispose() {} };
  }

  const kernels: Record<string, Fn> = {
    _metadata: fn(() => ({ toString: () => JSON.stringify({ params: [], prefill_chunk_size: options.prefillChunkSize ?? 2048, kv_state_kind: 'kv_cache' }) })),
    embed: fn((ids: FakeTensor) => tensor([ids.tokens.length, 8], 'float16', { kind: 'embedding', tokens: [...ids.tokens] })),
    prefill: fn((emb: FakeTensor, state: FakeKvState) => forward(emb, state)),
    decode: fn((emb: FakeTensor, state: FakeKvState) => forward(emb, state)),
    create_tir_paged_kv_cache: fn((_seqs: number[], maxLen: number[]) => (kv = new FakeKvState(maxLen[0]!))),
    softmax_with_temperature: fn((logits: FakeTensor) => tensor([1, 1, vocabSize], 'float32', { kind: 'scores', choice: logits.choice, prob: logits.prob })),
    argsort_probs: fn((probs: FakeTensor) => ({ get: () => probs, dispose() {} })),
    sample_with_top_p: fn((sorted: FakeTensor) => tensor([1], 'int32', { kind: 'array', data: [sorted.choice] })),
    apply_penalty_inplace: fn(() => undefined),
    apply_logit_bias_inplace: fn(() => undefined),
    apply_bitmask_inplace: fn(() => undefined),
  };

  const builtins: Record<string, Fn> = {
    'vm.builtin.kv_state_clear': fn((state: FakeKvState) => {
      state.tokens = [];
      clears.count++;
    }),
    'vm.builtin.kv_state_add_sequence': fn(() => undefined),
    'vm.builtin.kv_state_remove_sequence': fn(() => undefined),
    'vm.builtin.kv_state_begin_forward': fn((state: FakeKvState, _seqs: number[], lens: number[]) => void (state.pending = lens[0]!)),
    'vm.builtin.kv_state_end_forward': fn((state: FakeKvState) => void (state.pending = 0)),
    'vm.builtin.attention_kv_cache_enable_sliding_window_for_seq': fn(() => undefined),
  };

  const tvm = {
    webgpu: () => device,
    cpu: () => 'cpu',
    beginScope() {},
    endScope() {},
    detachFromCurrentScope: <T>(x: T) => x,
    attachToCurrentScope: <T>(x: T) => x,
    createVirtualMachine: () => ({
      getFunction(name: string) {
        const k = kernels[name];
        if (!k) throw new Error(`FakeTvm: no function ${name}`);
        return k;
      },
      getInternalModule: () => ({}),
      dispose() {},
    }),
    getGlobalFunc(name: string) {
      const f = builtins[name];
      if (!f) throw new Error(`FakeTvm: no global ${name}`);
      return f;
    },
    getParamsFromCacheByName: () => ({ dispose() {} }),
    makeShapeTuple: (xs: number[]) => [...xs],
    empty: (shape: number[], dtype: string) => tensor(shape, dtype, { kind: 'array', data: [] }),
    uniform: (shape: number[]) => tensor(shape, 'float32', { kind: 'array', data: [0.5] }),
    concatEmbeddings: (parts: FakeTensor[]) => tensor([parts.reduce((n, p) => n + p.tokens.length, 0), 8], 'float16', { kind: 'embedding', tokens: parts.flatMap((p) => p.tokens) }),
    setSeed() {},
    async asyncLoadWebGPUPipelines() {},
    dispose() {},
  };

  return {
    tvm,
    /** Every forward pass since the pipeline was created, in order. */
    forwards,
    /** How many times the KV cache was cleared (web-llm resets it for every fresh request). */
    clears,
    /** The token ids the KV cache holds now. */
    kvTokens: (): readonly number[] => kv?.tokens ?? [],
  };
}

/** A fake TVM runtime and its records. */
export type FakeTvm = ReturnType<typeof createFakeTvm>;
