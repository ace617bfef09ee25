import type { Interrupter, SpawnedWorker, SupervisorOptions } from '../../../src/sandbox/host/supervisor';
import type { RawCellResult, RunOutcome, WorkerInfo, WorkerInit } from '../../../src/sandbox/python-worker.api';

/**
 * A stand-in for a Pyodide worker, for the supervisor's own logic (queueing, standby, watchdog,
 * messages) without starting Python: the real worker is tested in the other sandbox files, and
 * these cases (a worker dying between calls, a page without SharedArrayBuffer) cannot be staged there.
 */
export interface FakeWorker {
  readonly worker: SpawnedWorker;
  /** What the supervisor passed to `init` (null until it is called). */
  init: WorkerInit | null;
  /** The code of every `run` call, in order. */
  readonly runs: string[];
  terminated: boolean;
  /** Ends the worker on its own, as a crash would. */
  die(reason: string): void;
}

export interface FakeBehaviour {
  /** Default: ready at once. */
  init?: (init: WorkerInit, fake: FakeWorker) => Promise<WorkerInfo>;
  /** Default: the cell ran and printed nothing. */
  run?: (code: string, fake: FakeWorker) => Promise<RunOutcome>;
  interrupter?: Interrupter;
}

export const INFO: WorkerInfo = { pythonVersion: '3.12', pyodideVersion: '0.27', startMs: 1, codeFromStrings: 'blocked' };

export function ran(over: Partial<RawCellResult> = {}): RunOutcome {
  return { kind: 'ran', result: { stdout: '', stderr: '', value: null, error: null, ms: 1, truncated: false, recycle: false, ...over } };
}

export function fakeWorker(behaviour: FakeBehaviour = {}): FakeWorker {
  let exit: (reason: string) => void = () => undefined;
  const exited = new Promise<string>((resolve) => (exit = resolve));
  const fake: FakeWorker = {
    init: null,
    runs: [],
    terminated: false,
    die: (reason) => exit(reason),
    worker: {
      api: {
        init: (init) => {
          fake.init = init;
          return behaviour.init ? behaviour.init(init, fake) : Promise.resolve(INFO);
        },
        prepare: () => Promise.resolve({ loaded: [], missing: [], ms: 1 }),
        run: (code) => {
          fake.runs.push(code);
          return behaviour.run ? behaviour.run(code, fake) : Promise.resolve(ran());
        },
        reset: () => Promise.resolve(),
      },
      terminate: () => {
        fake.terminated = true;
      },
      exited,
      interrupter: behaviour.interrupter,
    },
  };
  return fake;
}

/** Supervisor options whose `spawn` hands out fake workers (each made by `next`) and records them. */
export function fakeSpawn(next: (index: number) => FakeWorker = () => fakeWorker()): { spawned: FakeWorker[]; options: SupervisorOptions } {
  const spawned: FakeWorker[] = [];
  const options: SupervisorOptions = {
    init: { onlinePackagesUrl: null },
    spawn: () => {
      const fake = next(spawned.length);
      spawned.push(fake);
      return fake.worker;
    },
  };
  return { spawned, options };
}

/** Lets every pending promise callback run (several rounds: the supervisor chains a few). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
