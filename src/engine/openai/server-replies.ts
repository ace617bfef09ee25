/**
 * Reading what an OpenAI-compatible server answers: the streamed completion (SSE events, or one JSON
 * body from a server that ignores `stream: true`) and the model list of `GET /models`. Split from
 * openai-engine.ts.
 */
import { EngineRequestError } from '../../core/errors';
import { ENGINE_NAME, malformedStream, serverMessage, type ServerWording } from './errors';
import { readSseData } from './sse';
import { type CompletionChunk, readChunk } from './chunk';

/**
 * The context window the server runs `model` with: vLLM and SGLang list it as `max_model_len`. Not
 * llama.cpp's `meta.n_ctx_train`: that is the window the model was trained with, which the server's
 * `-c` may cut (set it in the engine settings instead).
 */
export function reportedWindow(json: unknown, model: string): number | null {
  const data = (json as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return null;
  const entries = data as Array<{ id?: unknown; max_model_len?: unknown }>;
  const entry = entries.find((m) => m.id === model) ?? (entries.length === 1 ? entries[0] : undefined);
  const len = entry?.max_model_len;
  return typeof len === 'number' && Number.isInteger(len) && len > 0 ? len : null;
}

export async function* sseChunks(url: string, res: Response, w: ServerWording): AsyncGenerator<CompletionChunk> {
  if (!res.body) throw malformedStream(url, 'the response has no body', w);
  for await (const data of readSseData(res.body)) {
    if (data.trim() === '[DONE]') {
      yield { text: '', done: true };
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      throw malformedStream(url, `an event is not JSON: ${JSON.stringify(data.slice(0, 80))}`, w);
    }
    if (json && typeof json === 'object' && 'error' in json) {
      throw new EngineRequestError(ENGINE_NAME, `the server reported an error mid-stream: ${serverMessage(data)}`);
    }
    yield readChunk(url, json, w);
  }
}

// Some servers ignore `stream: true` and answer with one JSON completion.
export async function* oneJsonChunk(url: string, res: Response, w: ServerWording): AsyncGenerator<CompletionChunk> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw malformedStream(url, 'the JSON body does not parse', w);
  }
  yield readChunk(url, json, w);
  yield { text: '', done: true };
}

export function isJson(res: Response): boolean {
  return (res.headers.get('content-type') ?? '').includes('application/json');
}

export function modelIds(json: unknown): string[] | null {
  const data = (json as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return null;
  return data.map((m) => (m as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
}
