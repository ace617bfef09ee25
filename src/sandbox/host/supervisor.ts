/**
 * The host half of the sandbox, shared by the browser bridge and the Node runner: owns one worker's
 * life (lazy start, queued calls, respawn), and the watchdog that keeps every cell within its limit:
 * interrupt first (SharedArrayBuffer), then terminate and respawn if the cell has not stopped.
 */
import { AbortError, SandboxError, isAbortError } from '../../core/errors';
import type { CellResult, PythonRunner, RunOptions } from '../../core/ports/python-runner';
import type { PythonWorkerApi, RawCellResult, RunOutcome, WorkerInfo } from '../python-worker.api';
import { interruptedResult, killedResult, crashedResult, toCellResult } from './results';
import { bufferInterrupter, DEFAULT_MAX_OUTPUT_BYTES, DEFAULT_TIMEOUT_MS, DEFAULT_GRACE_MS, PREPARE_LIMIT_MS, REPEAT_INTERRUPT_MS, START_LIMIT_MS, type Interrupter, type SpawnedWorker, type SupervisorOptions } from './supervisor-options';

export type { Interrupter, SpawnedWorker, SupervisorOptions } from './supervisor-options';

interface Generation {
  id: number;
  worker: SpawnedWorker;
  ready: Promise<WorkerInfo>;
  dead: boolean;
  /** Its own interrupt: a standby worker's start-up must never touch the running one's. */
  interrupt: Interrupter | null;
  /** Calls in flight that must hear of the worker's death (one listener per call, removed when it settles). */
  onExit: Set<(reason: string) => void>;
}

type Watched<T> = { kind: 'done'; value: T } | { kind: 'stopped'; why: 'timeout' | 'abort'; value: T | null; killed: boolean } | { kind: 'died'; reason: string };

/** sessionGen marker: the loss was already reported on a result. */
const TOLD = -1;

/** A PythonRunner over any worker that speaks PythonWorkerApi. */
export class PythonSupervisor implements PythonRunner {
  private gen: Generation | null = null;
  private spare: Generation | null = null;
  private nextId = 1;
  private queue: Promise<unknown> = Promise.resolve();
  /** Session → generation its globals live in; a later generation means they were lost. */
  private readonly sessionGen = new Map<string, number>();
  private disposed = false;

  constructor(private readonly options: SupervisorOptions) {}

  /** Starts the worker now rather than at the first cell; resolves when Python is ready. */
  async start(): Promise<WorkerInfo> {
    if (this.disposed) throw new SandboxError('the runner was disposed; create a new one');
    return this.current().ready;
  }

  /** Resolves once the standby worker (if one is being started) is ready: for benchmarks that must not measure its start-up. */
  async standbyReady(): Promise<void> {
    await this.spare?.ready.catch(() => undefined);
  }

  run(code: string, options: RunOptions = {}): Promise<CellResult> {
    return this.enqueue(options.signal, () => this.runNow(code, options));
  }

  reset(session: string): Promise<void> {
    return this.enqueue(undefined, async () => {
      this.sessionGen.delete(session);
      const gen = this.gen;
      // Watched like a cell: a worker that dies (or hangs) meanwhile must not leave the caller waiting forever.
      if (gen && !gen.dead) await this.watch(gen, () => gen.worker.api.reset(session), this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, undefined);
    });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    for (const gen of [this.gen, this.spare]) if (gen) this.kill(gen);
    this.gen = null;
    this.spare = null;
  }

  private enqueue<T>(signal: AbortSignal | undefined, task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(() => {
      if (this.disposed) throw new SandboxError('the runner was disposed; create a new one');
      if (signal?.aborted) throw new AbortError('The Python cell');
      return task();
    });
    // A failed call must not block the ones queued after it.
    this.queue = next.catch(() => undefined);
    return next;
  }

  private current(): Generation {
    if (this.gen && !this.gen.dead) return this.gen;
    const spare = this.spare;
    this.spare = null;
    this.gen = spare && !spare.dead ? spare : this.spawnGeneration();
    return this.gen;
  }

  /** Starts the standby worker if wanted and missing (in the background). */
  private ensureSpare(): void {
    if (this.disposed || this.options.standby === false || (this.spare && !this.spare.dead)) return;
    this.spare = this.spawnGeneration();
  }

  private spawnGeneration(): Generation {
    const worker = this.options.spawn();
    // A page served without COOP/COEP has no SharedArrayBuffer: then terminate is the only stop.
    const shared = !worker.interrupter && typeof SharedArrayBuffer === 'function' && (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated !== false;
    const buffer = shared ? new Uint8Array(new SharedArrayBuffer(1)) : null;
    const interrupt = worker.interrupter ?? (buffer ? bufferInterrupter(buffer) : null);
    const gen: Generation = { id: this.nextId++, worker, dead: false, interrupt, onExit: new Set(), ready: Promise.resolve() as unknown as Promise<WorkerInfo> };
    let startTimer: ReturnType<typeof setTimeout> | undefined;
    const limitMs = this.options.startLimitMs ?? START_LIMIT_MS;
    gen.ready = Promise.race([
      worker.api.init({ ...this.options.init, interruptBuffer: buffer }),
      worker.exited.then((reason) => Promise.reject(new Error(reason))),
      // A worker the browser killed silently (out of memory) never answers: never wait forever.
      new Promise<never>((_, reject) => {
        startTimer = setTimeout(() => reject(new Error(`no answer within ${limitMs / 1000} s`)), limitMs);
      }),
    ]).finally(() => clearTimeout(startTimer)).catch((err: unknown) => {
      this.kill(gen);
      throw new SandboxError(`Python did not start (${err instanceof Error ? err.message : String(err)}). Reload the page or check that the Pyodide files are served.`);
    });
    gen.ready.catch(() => undefined);
    void worker.exited.then((reason) => {
      gen.dead = true;
      for (const notify of gen.onExit) notify(reason);
    });
    return gen;
  }

  private kill(gen: Generation): void {
    if (gen.dead) return;
    gen.dead = true;
    gen.worker.terminate();
  }

  /** Replaces a killed worker (by the standby one when there is one) and starts the next standby. */
  private respawn(): void {
    if (this.disposed) return;
    this.current().ready.catch(() => undefined);
    this.ensureSpare();
  }

  /** The live worker once Python is ready; a failed start is retried once with a fresh worker. */
  private async readyGeneration(signal: AbortSignal | undefined): Promise<Generation> {
    const first = this.current();
    try {
      await untilAborted(first.ready, signal);
      return first;
    } catch (err) {
      if (isAbortError(err)) throw err;
      // The failed one was killed, so this is a new worker (or the standby).
      const second = this.current();
      await untilAborted(second.ready, signal);
      return second;
    }
  }

  private async runNow(code: string, options: RunOptions): Promise<CellResult> {
    const session = options.session ?? 'default';
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxOutputBytes = options.maxOutputBytes ?? this.options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const gen = await this.readyGeneration(options.signal);
    const seen = this.sessionGen.get(session);
    const lostBefore = seen !== undefined && seen !== TOLD && seen !== gen.id;
    this.sessionGen.set(session, gen.id);

    let ran = await this.watch(gen, () => gen.worker.api.run(code, { session, maxOutputBytes }), timeoutMs, options.signal);
    if (ran.kind === 'done' && ran.value.kind === 'needs-packages') {
      // Loading packages has its own, long limit; the cell's limit starts again after it.
      const prepareLimit = this.options.prepareLimitMs ?? PREPARE_LIMIT_MS;
      const prepared = await this.watch(gen, () => gen.worker.api.prepare(code), prepareLimit, options.signal);
      if (prepared.kind !== 'done') return this.afterStop(gen, session, prepared, prepareLimit, options.signal, lostBefore, null);
      ran = await this.watch(gen, () => gen.worker.api.run(code, { session, maxOutputBytes, prepared: true }), timeoutMs, options.signal);
    }
    if (ran.kind !== 'done') return this.afterStop(gen, session, ran, timeoutMs, options.signal, lostBefore, ran.kind === 'stopped' ? ranResult(ran.value) : null);
    const raw = ranResult(ran.value);
    if (!raw) return crashedResult('the worker asked for packages again after loading them');
    // Only now: the standby's start-up must not compete with the first start and the first cell.
    this.ensureSpare();
    const result = toCellResult(raw, lostBefore);
    if (raw.recycle) {
      this.kill(gen);
      this.respawn();
      result.sessionLost = true;
      // Reported now; the session's next cell starts fresh without saying it again.
      this.sessionGen.set(session, TOLD);
    }
    return result;
  }

  private afterStop(gen: Generation, session: string, outcome: Exclude<Watched<unknown>, { kind: 'done' }>, timeoutMs: number, signal: AbortSignal | undefined, lostBefore: boolean, partial: RawCellResult | null): CellResult {
    const lost = outcome.kind === 'died' || outcome.killed;
    if (lost) {
      this.kill(gen);
      this.respawn();
    }
    // An aborted call returns no result, so the loss is left for the session's next result to report.
    if (outcome.kind !== 'died' && (outcome.why === 'abort' || signal?.aborted)) throw new AbortError('The Python cell');
    if (lost) this.sessionGen.set(session, TOLD);
    if (outcome.kind === 'died') return crashedResult(outcome.reason);
    return outcome.killed ? killedResult(timeoutMs) : interruptedResult(timeoutMs, partial, lostBefore);
  }

  /** Runs `call` under a deadline: at the deadline (or on abort) interrupt, then terminate after the grace period. */
  private watch<T>(gen: Generation, call: () => Promise<T>, limitMs: number, signal: AbortSignal | undefined): Promise<Watched<T>> {
    return new Promise((resolve) => {
      let stopping: 'timeout' | 'abort' | null = null;
      let settled = false;
      const timers: ReturnType<typeof setTimeout>[] = [];
      let repeat: ReturnType<typeof setInterval> | undefined;
      const finish = (w: Watched<T>): void => {
        if (settled) return;
        settled = true;
        for (const t of timers) clearTimeout(t);
        clearInterval(repeat);
        gen.onExit.delete(onExit);
        // A late interrupt must not hit this worker's next call.
        gen.interrupt?.clear();
        signal?.removeEventListener('abort', onAbort);
        resolve(w);
      };
      const stop = (why: 'timeout' | 'abort'): void => {
        if (stopping || settled) return;
        stopping = why;
        const interrupt = gen.interrupt;
        interrupt?.raise();
        const grace = interrupt ? (this.options.graceMs ?? DEFAULT_GRACE_MS) : 0;
        timers.push(
          setTimeout(() => {
            this.kill(gen);
            finish({ kind: 'stopped', why, value: null, killed: true });
          }, grace),
        );
        // Pyodide takes the interrupt byte by reading it and then writing 0, not atomically: a raise
        // that lands between the two is lost and the cell runs on (measured: 1 in 40 interrupts of
        // a busy loop on a loaded machine). Raising again until the call settles makes a lost raise
        // cost one period, not the worker and every session; finish() clears the byte after the last
        // one. Registered after the terminate timer, so at the end of the grace the terminate wins.
        if (interrupt) repeat = setInterval(() => interrupt.raise(), REPEAT_INTERRUPT_MS);
      };
      const onAbort = (): void => stop('abort');
      const onExit = (reason: string): void => finish({ kind: 'died', reason });
      call().then(
        (value) => finish(stopping ? { kind: 'stopped', why: stopping, value, killed: false } : { kind: 'done', value }),
        (err: unknown) => finish({ kind: 'died', reason: err instanceof Error ? err.message : String(err) }),
      );
      gen.onExit.add(onExit);
      // Settled already: a limit or an abort listener set up now would outlive the call (a pending
      // timer keeps a Node process alive, a listener on the caller's signal keeps this worker).
      if (gen.dead) return onExit('the worker had already stopped');
      timers.push(setTimeout(() => stop('timeout'), limitMs));
      if (signal?.aborted) stop('abort');
      else signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

/** The cell's result from a run outcome, if it ran. */
function ranResult(outcome: RunOutcome | null): RawCellResult | null {
  return outcome?.kind === 'ran' ? outcome.result : null;
}

/** `promise`, or an AbortError as soon as `signal` aborts (waiting for a worker's start is cancellable too). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new AbortError('The Python cell'));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
