/**
 * One factory for every engine, from plain settings that fit in a URL, so a setup can be shared as
 * a link (`?engine=openai&baseUrl=…&model=…`, `?engine=webllm&model=…`, `?engine=replay`). Used by
 * the page and the CLI: nothing here needs the DOM or Node; web-llm is imported only when chosen.
 */
import { EngineUnavailableError, InvalidInputError } from '../core/errors';
import type { LlmEngine } from '../core/ports/llm-engine';
import { createOpenAiEngine } from './openai/openai-engine';
import { parseRecording, type Recording, type RecordingSummary } from './replay/recording';
import { createReplayEngine } from './replay/replay-engine';
import { DEFAULT_MODEL_ID } from './webllm/catalog-ids';
import { customModel } from './webllm/model-catalog';
import type { LlmWorkerLike } from './webllm/webllm-engine';

export type EngineSettings =
  | { kind: 'openai'; baseUrl: string; model: string; apiKey?: string }
  | { kind: 'webllm'; model: string; modelUrl?: string; modelLibUrl?: string }
  | { kind: 'replay'; recordingId?: string };

const SOURCE = 'Engine settings';

/** Reads engine settings from URL parameters; null when none are given. API keys are never read from URLs. */
export function parseEngineSettings(params: URLSearchParams): EngineSettings | null {
  const kind = params.get('engine');
  if (kind === null || kind === '') return null;
  const get = (k: string) => params.get(k)?.trim() || undefined;
  switch (kind) {
    case 'openai': {
      const baseUrl = get('baseUrl');
      const model = get('model');
      if (!baseUrl) throw new InvalidInputError(SOURCE, 'engine=openai needs baseUrl, e.g. ?engine=openai&baseUrl=http://127.0.0.1:8080/v1&model=qwen2.5-math-1.5b');
      if (!model) throw new InvalidInputError(SOURCE, 'engine=openai needs model, the name the server serves (see its /v1/models)');
      return { kind, baseUrl, model };
    }
    case 'webllm': {
      const modelUrl = get('modelUrl');
      const modelLibUrl = get('modelLibUrl');
      if ((modelUrl === undefined) !== (modelLibUrl === undefined)) {
        throw new InvalidInputError(SOURCE, 'a custom web-llm model needs both modelUrl (weights) and modelLibUrl (the .wasm library)');
      }
      return { kind, model: get('model') ?? DEFAULT_MODEL_ID, ...(modelUrl && modelLibUrl ? { modelUrl, modelLibUrl } : {}) };
    }
    case 'replay': {
      const recordingId = get('recording');
      return recordingId ? { kind, recordingId } : { kind };
    }
    default:
      throw new InvalidInputError(SOURCE, `engine must be openai, webllm or replay, not "${kind}"`);
  }
}

/** The URL parameters for `settings` (the API key is left out: links get shared). */
export function engineSettingsToParams(settings: EngineSettings): URLSearchParams {
  const p = new URLSearchParams({ engine: settings.kind });
  if (settings.kind === 'openai') {
    p.set('baseUrl', settings.baseUrl);
    p.set('model', settings.model);
  } else if (settings.kind === 'webllm') {
    p.set('model', settings.model);
    if (settings.modelUrl && settings.modelLibUrl) {
      p.set('modelUrl', settings.modelUrl);
      p.set('modelLibUrl', settings.modelLibUrl);
    }
  } else if (settings.recordingId) p.set('recording', settings.recordingId);
  return p;
}

export interface EngineDeps {
  /** web-llm worker factory; defaults to workers/llm.worker.ts. */
  createWorker?: () => LlmWorkerLike;
  /** Recordings for replay; defaults to fetching `replayBaseUrl` (public/replay/). */
  loadRecordings?: (recordingId?: string) => Promise<Recording[]>;
  /** Where public/replay/ is served; defaults to `replay/` next to the page. */
  replayBaseUrl?: string;
  /** Pacing for the replay demo. */
  replayTokensPerSecond?: number;
  fetch?: typeof fetch;
  /** Base for relative custom-model URLs (the page's location). */
  base?: string;
}

/** Builds the engine `settings` describe. Nothing is loaded until `engine.load()`. */
export async function createEngine(settings: EngineSettings, deps: EngineDeps = {}): Promise<LlmEngine> {
  switch (settings.kind) {
    case 'openai':
      return createOpenAiEngine({ baseUrl: settings.baseUrl, model: settings.model, apiKey: settings.apiKey, fetch: deps.fetch });
    case 'replay': {
      const load = deps.loadRecordings ?? ((id?: string) => loadRecordingsOverHttp(deps.replayBaseUrl ?? 'replay/', id, deps.fetch));
      const recordings = await load(settings.recordingId);
      return createReplayEngine(recordings, { tokensPerSecond: deps.replayTokensPerSecond });
    }
    case 'webllm': {
      const { createWebLlmEngine } = await import('./webllm/webllm-engine');
      const createWorker = deps.createWorker ?? (await import('./webllm/worker-factory')).createLlmWorker;
      const model =
        settings.modelUrl && settings.modelLibUrl
          ? customModel({ modelId: settings.model, modelUrl: settings.modelUrl, modelLibUrl: settings.modelLibUrl, base: deps.base })
          : settings.model;
      return createWebLlmEngine({ model, createWorker });
    }
  }
}

/** Fetches the replay index and its recordings (or only `recordingId`) from `baseUrl`. */
export async function loadRecordingsOverHttp(baseUrl: string, recordingId?: string, doFetch: typeof fetch = (i, o) => globalThis.fetch(i, o)): Promise<Recording[]> {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, (globalThis as { location?: { href: string } }).location?.href);
  const getJson = async (name: string): Promise<unknown> => {
    const url = new URL(name, base).href;
    const res = await doFetch(url).catch((err: unknown) => {
      throw new EngineUnavailableError('replay', `the recordings at ${url} could not be fetched (${(err as Error).message})`, 'Serve the app with its public/ folder, or rebuild the recordings with scripts/build-replay-demo.ts.');
    });
    if (!res.ok) throw new EngineUnavailableError('replay', `the recordings at ${url} answered HTTP ${res.status}`, 'Serve the app with its public/ folder, or rebuild the recordings with scripts/build-replay-demo.ts.');
    return res.json();
  };
  const index = (await getJson('index.json')) as { recordings?: RecordingSummary[] };
  const ids = (index.recordings ?? []).map((r) => r.id);
  if (recordingId !== undefined && !ids.includes(recordingId)) {
    throw new InvalidInputError(SOURCE, `there is no recording "${recordingId}"; available: ${ids.join(', ')}`);
  }
  const wanted = recordingId !== undefined ? [recordingId] : ids;
  return Promise.all(wanted.map(async (id) => parseRecording(await getJson(`${encodeURIComponent(id)}.json`), `${id}.json`)));
}
