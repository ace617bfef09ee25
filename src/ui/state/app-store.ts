/**
 * The app's state as signals plus the actions the views call. One store per page; the views read
 * signals and never talk to engines or the sandbox themselves.
 */
import { computed, signal } from '@preact/signals';
import { DEFAULT_CAPS, type SolveCaps } from '../../core/lce/events';
import type { LoadProgress } from '../../core/ports/llm-engine';
import type { Block, Method } from '../../core/transcript';
import type { Problem } from '../../core/problem/types';
import type { AppDeps } from './deps';
import { driveSolve, judgeInto, type DriveHandle, type RunBox } from './run-driver';
import { initialRunState, type RunState } from './run-state';
import { branchPrefix, rerunCell } from './cell-actions';
import type { EngineSettings } from '../../engine/registry';
import { createEngineHolder } from './engine-holder';
import { checkReplayQuestion } from './recordings';
import { askLlmJudgeInto } from '../components/LlmJudgeOffer/ask-llm-judge';

/** A transcript set aside when the user branched from an edited cell. */
export interface Branch {
  label: string;
  state: RunState;
  session: string;
}

const isBusy = (s: RunState) => s.phase === 'running' || s.phase === 'starting';

/**
 * Creates the page's store with the engine `settings` read from the URL (or the default). One
 * closure on purpose, though longer than our 80-line aim: its actions (each a few lines) share the
 * running handles and the current Python session, which would otherwise be passed around.
 */
export function createAppStore(deps: AppDeps, settings: EngineSettings) {
  const question = signal('');
  const reference = signal('');
  const method = signal<Method>('lce');
  const caps = signal<SolveCaps>({ ...DEFAULT_CAPS });
  const engineSettings = signal<EngineSettings>(settings);
  /** Typed in the page, kept in memory only: never in the settings, the address bar or a link. */
  const apiKey = signal('');
  const run = signal<RunState>(initialRunState());
  const compare = signal(false);
  const compareRuns = { cot: signal<RunState>(initialRunState()), lce: signal<RunState>(initialRunState()) };
  const stepMode = signal(false);
  const visibleCount = signal(0);
  const engineProgress = signal<LoadProgress | null>(null);
  const notice = signal<string | null>(null);
  const branches = signal<Branch[]>([]);
  const busy = computed(() => isBusy(run.value) || isBusy(compareRuns.cot.value) || isBusy(compareRuns.lce.value));
  const engines = createEngineHolder(deps, engineSettings, apiKey, engineProgress);

  let handles: DriveHandle[] = [];
  let cancelCompare = false;
  let sessionCount = 0;
  let session = 'solution-0';

  function problem(): Problem {
    return { id: 'playground', question: question.value.trim(), reference: reference.value.trim() || undefined };
  }

  function newSession(): string {
    // solution-0 is a placeholder that never ran: resetting it would start Python for nothing.
    if (sessionCount > 0) void deps.getRunner().reset(session).catch(() => undefined);
    session = `solution-${++sessionCount}`;
    return session;
  }

  /** Starts one solve into `box` in `runSession`; it becomes the run Stop ends. */
  function start(box: RunBox, runMethod: Method, runSession: string, prefix?: Block[]): Promise<void> {
    const h = driveSolve(deps, box, { problem: problem(), method: runMethod, caps: caps.value, engine: (signal) => engines.engine(undefined, signal), session: runSession, prefix });
    handles = [h];
    return h.done;
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
    const mismatch = await checkReplayQuestion(engineSettings.value, problem().question);
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
    if (!compare.value) return start(run, method.value, newSession());
    // One engine generates one stream at a time (web-llm has one GPU queue): run CoT, then LCE.
    for (const m of ['cot', 'lce'] as const) {
      compareRuns[m].value = initialRunState();
    }
    for (const m of ['cot', 'lce'] as const) {
      if (cancelCompare) return;
      await start(compareRuns[m], m, newSession());
    }
  }

  async function runCell(index: number, code: string): Promise<void> {
    await rerunCell(deps, run, session, caps.value, index, code);
  }

  async function continueFrom(index: number, code: string): Promise<void> {
    const prefix = branchPrefix(run.value.blocks, index, code);
    if (!prefix) return;
    stop();
    branches.value = [...branches.value, { label: `Version ${branches.value.length + 1}`, state: run.value, session }];
    session = `solution-${++sessionCount}`;
    await start(run, method.value, session, prefix);
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
    askLlmJudge: (target: RunBox, signal: AbortSignal) => askLlmJudgeInto(target, problem(), (s) => engines.engine(undefined, s), signal),
    question, reference, method, caps, engineSettings, apiKey, run, compare, compareRuns, stepMode, visibleCount,
    engineProgress, notice, branches, busy,
    solve, stop, runCell, continueFrom, showBranch,
    /** Switches to `next` and loads that engine now (the models panel's Download). */
    loadEngine: engines.load,
    /** The engine for the current settings, loaded (the Batch view generates with it too). */
    loadCurrentEngine: engines.engine,
    /** Python session of the shown solution (for tests and the share link). */
    currentSession: () => session,
  };
}

/** The store's type, for components' props. */
export type AppStore = ReturnType<typeof createAppStore>;
