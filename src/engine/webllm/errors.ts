/**
 * web-llm's errors reach the page as strings ("DeviceLostError: …") because its worker flattens
 * them with `toString()`, and only `IntegrityError` is exported at run time; so match the class-name
 * prefix (or, for plain Errors, the known sentence) and rebuild one of our named errors.
 */
import { AbortError, ContextWindowError, EngineRequestError, EngineUnavailableError, LceError, ModelLoadError } from '../../core/errors';
import { f32Variant, findModel } from './model-catalog';

const ENGINE = 'web-llm';
const SMALL = 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC';

/** The error class name and message of whatever web-llm threw, string or Error. */
export function splitWebLlmError(err: unknown): { name: string; message: string } {
  if (typeof err === 'string') {
    const m = /^([A-Z][A-Za-z0-9]*Error): ?([\s\S]*)$/.exec(err);
    return m ? { name: m[1]!, message: m[2]! } : { name: 'Error', message: err };
  }
  if (err instanceof Error) return { name: err.name, message: err.message };
  const o = err as { name?: unknown; message?: unknown } | null;
  if (o && typeof o.message === 'string') return { name: typeof o.name === 'string' ? o.name : 'Error', message: o.message };
  return { name: 'Error', message: String(err) };
}

/** Maps a web-llm error (as thrown in-thread or as the string from its worker) to one of ours. */
export function mapWebLlmError(err: unknown, model: string): Error {
  if (err instanceof LceError) return err;
  const { name, message } = splitWebLlmError(err);
  switch (name) {
    case 'AbortError':
      return new AbortError('Loading the model');
    case 'WebGPUNotAvailableError':
    case 'WebGPUNotFoundError':
      return new EngineUnavailableError(ENGINE, 'this browser has no WebGPU', 'Use a recent Chrome or Edge with hardware acceleration on; the OpenAI-compatible server and the replay demo work without WebGPU.');
    case 'ShaderF16SupportError': {
      const entry = findModel(model);
      const twin = entry ? f32Variant(entry) : undefined;
      return new EngineUnavailableError(ENGINE, `${model} needs the GPU feature shader-f16, which this browser or GPU does not offer`, `Pick ${twin ? twin.id : 'a q4f32_1 model'}, which does not need it.`);
    }
    case 'FeatureSupportError':
      return new EngineUnavailableError(ENGINE, message, 'Pick a model without that requirement (a q4f32_1 version).');
    case 'DeviceLostError':
      return new EngineUnavailableError(ENGINE, 'the GPU device was lost, most often because the model did not fit in GPU memory', `Close other GPU-heavy tabs, or pick a smaller model such as ${SMALL}.`);
    case 'ContextWindowSizeExceededError': {
      const tokens = /prompt tokens: (\d+)/.exec(message);
      const window = /context window size: (\d+)/.exec(message);
      return new ContextWindowError(Number(tokens?.[1] ?? 0), Number(window?.[1] ?? 0));
    }
    case 'ModelNotFoundError':
    case 'SpecifiedModelNotFoundError':
    case 'UnsupportedModelIdError':
      return new ModelLoadError(model, 'web-llm has no record of this model id. Pick one from the list or add it as a custom model with its weights and library URLs.');
    case 'MissingModelWasmError':
      return new ModelLoadError(model, 'the model library (.wasm) URL is missing or wrong. Check the custom model\'s library URL.');
    case 'IntegrityError':
    case 'ArtifactManifestError':
      return new ModelLoadError(model, `a downloaded file failed its check (${message}). Delete the model from the cache and download it again.`);
    case 'QuotaExceededError':
      return new ModelLoadError(model, 'the browser ran out of storage for the model. Delete cached models you do not use, or allow persistent storage, and try again.');
    case 'ModelNotLoadedError':
    case 'WorkerEngineModelNotLoadedError':
    case 'EngineNotLoadedError':
      return new EngineRequestError(ENGINE, `${model} is not loaded (a GPU error may have unloaded it). Load the model again.`);
    default:
      return plainError(name, message, model);
  }
}

// web-llm throws plain Errors for a missing adapter and for GPU limits; downloads fail as TypeErrors.
function plainError(name: string, message: string, model: string): Error {
  if (/Unable to find a compatible GPU/i.test(message)) {
    return new EngineUnavailableError(ENGINE, 'WebGPU found no usable GPU adapter', 'Turn on hardware acceleration in the browser settings, or use the OpenAI-compatible server or the replay demo.');
  }
  const limit = /requested (max\w+) exceeds limit/.exec(message);
  if (limit) {
    return new EngineUnavailableError(ENGINE, `this GPU's ${limit[1]} is below what web-llm needs`, `Pick ${SMALL}, which web-llm builds for small GPUs, or use the OpenAI-compatible server.`);
  }
  if (/Failed to fetch|NetworkError|Load failed|fetch failed|ERR_/i.test(message) || name === 'TypeError') {
    return new ModelLoadError(model, `a download failed (${message}). Check the connection and try again; files already downloaded stay cached.`);
  }
  return new EngineRequestError(ENGINE, `${name === 'Error' ? '' : `${name}: `}${message}`);
}
