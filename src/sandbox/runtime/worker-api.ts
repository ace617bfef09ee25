/** The PythonWorkerApi object both workers expose, around an environment-specific start-up. */
import type { PythonWorkerApi, WorkerInit } from '../python-worker.api';
import type { SandboxRuntime } from './runtime';

/** What a worker's start-up produces. */
export interface Started {
  runtime: SandboxRuntime;
  pythonVersion: string;
  pyodideVersion: string;
}

/** Tries to compile a string, as model-written code would to rebuild what the lockdown removed. */
function codeFromStrings(): 'blocked' | 'allowed' {
  try {
    new Function('return 1');
    return 'allowed';
  } catch {
    return 'blocked';
  }
}

/** Builds the exposed API: `init` runs `start` once, the other methods need it done. */
export function createWorkerApi(start: (init: WorkerInit) => Promise<Started>): PythonWorkerApi {
  let runtime: SandboxRuntime | null = null;
  const ready = (): SandboxRuntime => {
    if (!runtime) throw new Error('init() must be called first');
    return runtime;
  };
  return {
    async init(init) {
      if (runtime) throw new Error('init() was already called');
      const t0 = performance.now();
      // Before any Python runs: the answer cannot be influenced by a cell.
      const codegen = codeFromStrings();
      const started = await start(init);
      runtime = started.runtime;
      return { pythonVersion: started.pythonVersion, pyodideVersion: started.pyodideVersion, startMs: performance.now() - t0, codeFromStrings: codegen };
    },
    async prepare(code) {
      return ready().prepare(code);
    },
    async run(code, limits) {
      return ready().run(code, limits);
    },
    async reset(session) {
      ready().reset(session);
    },
  };
}
