/** The real parts behind the Batch view: the app's database, the page's engine and sandbox, sympy for the critic. */
import { createSympyChecker } from '../core/critic';
import { createWorkerProblemReader } from '../data-io/problem-jobs';
import { PYODIDE_VERSION } from '../sandbox/runtime/packages';
import { openStore } from '../store';
import { dependencies, version as APP_VERSION } from '../../package.json';
import type { AppStore } from './state/app-store';
import type { AppDeps } from './state/deps';
import type { BatchDeps } from './state/batch/batch-store';


/** web-llm's version as pinned in package.json. */
const WEBLLM_VERSION = dependencies['@mlc-ai/web-llm'];

export function createBatchDeps(app: AppStore, deps: AppDeps): BatchDeps {
  return {
    openStore: () =>
      openStore({
        // A newer version of the app opened the database in another tab: this one must reload.
        onVersionChange: () => (app.notice.value = 'A newer version of this app was opened in another tab. Reload this page to go on.'),
      }),
    // One engine per page: a batch uses (and switches) the page's engine, so a loaded model is shared with Solve.
    engine: (settings, signal) => {
      app.engineSettings.value = settings;
      return app.loadCurrentEngine(undefined, signal);
    },
    runner: () => deps.getRunner(),
    critic: () => ({ symbolic: createSympyChecker(deps.getRunner()) }),
    software: { app: APP_VERSION, pyodide: PYODIDE_VERSION, webllm: WEBLLM_VERSION },
    problemsBase: new URL(`${import.meta.env.BASE_URL}problems/`, location.href).href,
    // Parsing and saving a large set off the main thread: the page only gets progress and a summary.
    problemReader: createWorkerProblemReader(),
  };
}
