/** The real implementations behind the app's ports: the loop, the critic, the engines, the sandbox. */
import { solve } from '../core/lce';
import { createSympyChecker, judge } from '../core/critic';
import { createEngine } from '../engine/registry';
import { loadRecordings, recordingsOverHttp } from '../engine/replay/load';
import type { Recording } from '../engine/replay/recording';
import { createBrowserPythonRunner } from '../sandbox/browser/python-worker-bridge';
import { guardSandbox, type SandboxGuardOptions, type StartableRunner } from './offline/sandbox-guard';
import { deleteCachedModel, modelAvailability, requestPersistentStorage, storageEstimate } from '../engine/webllm/model-cache';
import type { AppDeps } from './state/deps';
import type { ModelCache } from './state/models-store';
import { storeRepo } from './state/custom-models-store';
import { openStore } from '../store';

/** Demo playback speed: fast enough to watch, slow enough to read along. */
const REPLAY_TOKENS_PER_SECOND = 120;

/**
 * Wires the page: one Python worker (started on first use, once its CSP is verified: see
 * offline/sandbox-guard.ts), engines from the registry.
 */
export function createAppDeps(sandbox: Omit<SandboxGuardOptions, 'create'>): AppDeps {
  let runner: StartableRunner | null = null;
  const getRunner = () => (runner ??= guardSandbox({ ...sandbox, create: () => createBrowserPythonRunner() }));
  // Every solve builds a fresh engine; the recordings it replays are static files, fetched once.
  const recordingLoads = new Map<string, Promise<Recording[]>>();
  const loadRecordingsOnce = (id?: string): Promise<Recording[]> => {
    const key = id ?? '';
    const cached = recordingLoads.get(key);
    if (cached) return cached;
    const load = loadRecordings(recordingsOverHttp(`${import.meta.env.BASE_URL}replay/`), id);
    load.catch(() => recordingLoads.delete(key)); // a failed fetch is tried again next time
    recordingLoads.set(key, load);
    return load;
  };
  return {
    solve,
    // The critic's symbolic check runs sympy in the page's sandbox, in a session of its own.
    judge: (pred, gold, options) => judge(pred, gold, { ...options, symbolic: createSympyChecker(getRunner()) }),
    // The API key typed in the page reaches the engine here only; it is never part of the settings.
    createEngine: (settings, { apiKey }) =>
      createEngine(settings, { apiKey, loadRecordings: loadRecordingsOnce, replayTokensPerSecond: REPLAY_TOKENS_PER_SECOND, base: location.href }),
    getRunner,
    // A failed start is reported again, as a sentence, by the first real cell.
    warmUp: () => void getRunner().start().catch(() => undefined),
    // Self-hosted models are remembered in the app's IndexedDB store (its settings repository).
    customModels: () => storeRepo(() => openStore()),
    now: () => performance.now(),
  };
}

/** The browser's web-llm cache and storage, for the models tab. */
export function createModelCache(): ModelCache {
  return { availability: (m) => modelAvailability(m), remove: (m) => deleteCachedModel(m), storage: () => storageEstimate(), persist: () => requestPersistentStorage() };
}
