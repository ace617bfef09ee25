/** The real implementations behind the app's ports: the loop, the critic, the engines, the sandbox. */
import { solve } from '../core/lce';
import { createSympyChecker, judge } from '../core/critic';
import { createEngine, loadRecordingsOverHttp, parseEngineSettings } from '../engine/create-engine';
import type { Recording } from '../engine/replay/recording';
import { createBrowserPythonRunner } from '../sandbox/browser/python-worker-bridge';
import { guardSandbox, type SandboxGuardOptions, type StartableRunner } from './offline/sandbox-guard';
import type { AppDeps } from './state/deps';

/** Demo playback speed: fast enough to watch, slow enough to read along. */
const REPLAY_TOKENS_PER_SECOND = 120;

/**
 * Wires the page: one Python worker (started on first use, once its CSP is verified: see
 * offline/sandbox-guard.ts), engines from URL-style settings.
 */
export function createAppDeps(sandbox: Omit<SandboxGuardOptions, 'create'>): AppDeps {
  let runner: StartableRunner | null = null;
  const getRunner = () => (runner ??= guardSandbox({ ...sandbox, create: () => createBrowserPythonRunner() }));
  // Every solve builds a fresh engine; the recordings it replays are static files, fetched once.
  const recordingLoads = new Map<string, Promise<Recording[]>>();
  const loadRecordings = (id?: string): Promise<Recording[]> => {
    const key = id ?? '';
    let load = recordingLoads.get(key);
    if (!load) {
      load = loadRecordingsOverHttp(`${import.meta.env.BASE_URL}replay/`, id);
      load.catch(() => recordingLoads.delete(key)); // a failed fetch is tried again next time
      recordingLoads.set(key, load);
    }
    return load;
  };
  return {
    solve,
    // The critic's symbolic check runs sympy in the page's sandbox, in a session of its own.
    judge: (pred, gold, options) => judge(pred, gold, { ...options, symbolic: createSympyChecker(getRunner()) }),
    createEngine: (params) => {
      const settings = parseEngineSettings(params) ?? { kind: 'replay' as const };
      // Settings parsed from URLs never carry a key; one typed into the page is added here only.
      const apiKey = params.get('apiKey');
      return createEngine(settings.kind === 'openai' && apiKey ? { ...settings, apiKey } : settings, {
        loadRecordings,
        replayTokensPerSecond: REPLAY_TOKENS_PER_SECOND,
        base: location.href,
      });
    },
    getRunner,
    // A failed start is reported again, as a sentence, by the first real cell.
    warmUp: () => void getRunner().start().catch(() => undefined),
    now: () => performance.now(),
  };
}
