/**
 * The app's state as signals plus the actions the views call. One store per page; the views read
 * signals and never talk to engines or the sandbox themselves.
 */
import { computed, signal } from '@preact/signals';
import { DEFAULT_CAPS, type SolveCaps } from '../../core/lce/events';
import type { LlmEngine, LoadProgress } from '../../core/ports/llm-engine';
import type { Method } from '../../core/transcript';
import type { Problem } from '../../core/problem/types';
import type { AppDeps } from './deps';
import { driveSolve, judgeInto, type DriveHandle } from './run-driver';
import { initialRunState, type RunState } from './run-state';
import { prepareBranch, rerunCell } from './cell-actions';
import { engineKey, type EngineParams } from './engine-params';
import { checkReplayQuestion } from './recordings';
import { askLlmJudgeInto } from '../components/LlmJudgeOffer/ask-llm-judge';

/** A transcript set aside when the user branched from an edited cell. */
export interface Branch {
  label: string;
  state: RunState;
  session: string;
}

const isBusy = (s: RunState) => s.phase === 'running' || s.phase === 'starting';

/** Creates the page's store. `params` are the engine settings read from the URL. */
export function createAppStore(deps: AppDeps, params: EngineParams) {
  const question = signal('');
  const reference = signal('');
  const method = signal<Method>('lce');
  const caps = signal<SolveCaps>({ ...DEFAULT_CAPS });
  const engineParams = signal<EngineParams>(params);
  const run = signal<RunState>(initialRunState());
  const compare = signal(false);
  const compareRuns = { cot: signal<RunState>(initialRunState()), lce: signal<RunState>(initialRunState()) };
  const stepMode = signal(false);
  const visibleCount = signal(0);
  const engineProgress = signal<LoadProgress | null>(null);
  const notice = signal<string | null>(null);
  const branches = signal<Branch[]>([]);
  const busy = computed(() => isBusy(run.value) || isBusy(compareRuns.cot.value) || isBusy(compareRuns.lce.value));

  let handles: DriveHandle[] = [];
  let cancelCompare = false;
  let cached: { key: string; engine: LlmEngine } | null = null;
  let sessionCount = 0;
  let session = 'solution-0';

  /** The engine for the current settings, created once per settings and loaded (idempotent). */
  async function engine(onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<LlmEngine> {
    const key = engineKey(engineParams.value);
    if (cached?.key !== key) {
      const old = cached?.engine;
      cached = null;
      if (old) await old.unload().catch(() => undefined);
      cached = { key, engine: await deps.createEngine(new URLSearchParams(engineParams.value)) };
    }
    const current = cached.engine;
    engineProgress.value = { phase: 'connect', progress: null, text: 'Preparing the engine…' };
    try {
      await current.load((p) => {
        engineProgress.value = p;
        onProgress?.(p);
      }, signal);
    } finally {
      engineProgress.value = null;
    }
    return current;
  }

  /** Switches to `params` and loads that engine now (the models panel's Download). */
  async function loadEngine(params: EngineParams, onProgress: (p: LoadProgress) => void, signal: AbortSignal): Promise<void> {
    engineParams.value = params;
    try {
      await engine(onProgress, signal);
    } catch (err) {
      // A cancelled download leaves a half-loaded engine behind: drop it so the next load starts clean.
      if (cached) await cached.engine.unload().catch(() => undefined);
      cached = null;
      throw err;
    }
  }

  function problem(): Problem {
    return { id: 'playground', question: question.value.trim(), reference: reference.value.trim() || undefined };
  }

  function newSession(): string {
    // solution-0 is a placeholder that never ran: resetting it would start Python for nothing.
    if (sessionCount > 0) void deps.getRunner().reset(session).catch(() => undefined);
    session = `solution-${++sessionCount}`;
    return session;
  }

  function stop(): void {
    cancelCompare = true;
    for (const h of handles) h.stop();
    handles = [];
  }

  async function solve(): Promise<void> {
    if (!problem().question) {
      notice.value = 'Type a problem first, or pick one from the examples.';
      return;
    }
    const mismatch = await checkReplayQuestion(engineParams.value, problem().question);
    if (mismatch) {
      notice.value = mismatch;
      return;
    }
    stop();
    notice.value = null;
    cancelCompare = false;
    // Earlier branches' Python sessions go with them (the worker's memory is shared by all sessions).
    for (const b of branches.value) void deps.getRunner().reset(b.session).catch(() => undefined);
    branches.value = [];
    visibleCount.value = 0;
    if (!compare.value) {
      const h = driveSolve(deps, run, { problem: problem(), method: method.value, caps: caps.value, engine: (signal) => engine(undefined, signal), session: newSession() });
      handles = [h];
      return h.done;
    }
    // One engine generates one stream at a time (web-llm has one GPU queue): run CoT, then LCE.
    for (const m of ['cot', 'lce'] as const) {
      compareRuns[m].value = initialRunState();
    }
    for (const m of ['cot', 'lce'] as const) {
      if (cancelCompare) return;
      const h = driveSolve(deps, compareRuns[m], { problem: problem(), method: m, caps: caps.value, engine: (signal) => engine(undefined, signal), session: newSession() });
      handles = [h];
      await h.done;
    }
  }

  async function runCell(index: number, code: string): Promise<void> {
    await rerunCell(deps, run, session, caps.value, index, code);
  }

  async function continueFrom(index: number, code: string): Promise<void> {
    stop();
    const before = run.value;
    const branchSession = `solution-${++sessionCount}`;
    const prefix = await prepareBranch(deps, run, branchSession, caps.value, index, code);
    if (!prefix) return;
    branches.value = [...branches.value, { label: `Version ${branches.value.length + 1}`, state: before, session }];
    session = branchSession;
    const h = driveSolve(deps, run, { problem: problem(), method: method.value, caps: caps.value, engine: (signal) => engine(undefined, signal), session, prefix });
    handles = [h];
    await h.done;
  }

  /** Swaps the current transcript with a saved branch, so both stay reachable. */
  function showBranch(i: number): void {
    const b = branches.value[i];
    if (!b || busy.value) return;
    const current: Branch = { label: `Version ${branches.value.length + 1}`, state: run.value, session };
    const rest = branches.value.filter((_, j) => j !== i);
    branches.value = [...rest, current].map((x, j) => ({ ...x, label: `Version ${j + 1}` }));
    run.value = b.state;
    session = b.session;
  }

  /** Asks the critic about the shown transcript (e.g. one restored from a share link). */
  function judgeShown(): Promise<void> {
    return judgeInto(deps, run, problem());
  }

  return {
    judgeShown,
    /** Asks the loaded model to judge `target`'s undecided answer (the critic's optional LLM stage). */
    askLlmJudge: (target: typeof run, signal: AbortSignal) => askLlmJudgeInto(target, problem(), (s) => engine(undefined, s), signal),
    question, reference, method, caps, engineParams, run, compare, compareRuns, stepMode, visibleCount,
    engineProgress, notice, branches, busy,
    solve, stop, runCell, continueFrom, showBranch, loadEngine,
    /** Python session of the shown solution (for tests and the share link). */
    currentSession: () => session,
  };
}

/** The store's type, for components' props. */
export type AppStore = ReturnType<typeof createAppStore>;
