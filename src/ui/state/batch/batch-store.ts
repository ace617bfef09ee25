/**
 * The Batch view's state and actions: problem sets (import, shipped sets, delete), the run form,
 * the run this tab drives or watches with its progress and the live transcript of the sample
 * being made, storage, and the results of the chosen set. One closure like the page's store: the
 * actions share the open database and the run in progress.
 */
import { batch, signal } from '@preact/signals';
import type { BatchControl, BatchProgress, CriticPorts } from '../../../core/collect';
import type { LlmEngine } from '../../../core/ports/llm-engine';
import type { PythonRunner } from '../../../core/ports/python-runner';
import type { BundledSet } from '../../../core/problem';
import type { ProblemReader } from '../../../data-io/problem-reader';
import type { EngineSettings } from '../../../engine/registry';
import type { StorageReport } from '../../../engine/webllm/model-cache';
import {
  createRun, deleteProblemSet, getProblems, getRun, getSetting, listProblemSets, listRuns, putSetting, setRunStatus, watchRun,
  type LceStore, type LeaseOptions, type ProblemSetRecord, type RunRecord,
} from '../../../store';
import { errorSentence } from '../error-sentence';
import { bundledSource, loadBundledSets } from './bundled';
import { driveRun } from './drive-run';
import { applyBatchEvent, emptyLiveBoard, type LiveBoard } from './live-sample';
import { createProblemImport } from './problem-import';
import { loadSetResults, type SetResults } from './results';
import { defaultRunForm, newRunId, specOf, type RunForm } from './run-form';

export interface BatchDeps {
  openStore(): Promise<LceStore>;
  /** The page's engine for `settings`, loaded (shared with the solve view: one model in GPU memory). */
  engine(settings: EngineSettings, signal: AbortSignal): Promise<LlmEngine>;
  runner(): PythonRunner;
  critic(): CriticPorts;
  software: Record<string, string>;
  /** URL of the shipped sets' folder (`…/problems/`). */
  problemsBase: string;
  fetch?: typeof fetch;
  now?: () => number;
  lease?: LeaseOptions;
  /** Waits between import chunks when a set is read in this thread (default one macrotask). */
  breathe?: () => Promise<void>;
  /** Where imported sets are read and saved (default: in this thread; the page uses the problem worker). */
  problemReader?: ProblemReader;
}

/** The run shown in the progress panel: driven by this tab, or watched while another tab drives it. */
export interface ShownRun {
  runId: string;
  mode: 'driving' | 'watching';
  run: RunRecord | undefined;
  progress: BatchProgress | null;
}

/** Setting under which a run's engine settings are kept (never a key), so a reload can resume it. */
const engineSettingKey = (runId: string) => `batch.run-engine.${runId}`;

export function createBatchStore(deps: BatchDeps) {
  const sets = signal<ProblemSetRecord[]>([]);
  const runs = signal<RunRecord[]>([]);
  const bundled = signal<BundledSet[] | null>(null);
  const bundledError = signal<string | null>(null);
  const form = signal<RunForm>(defaultRunForm());
  const shown = signal<ShownRun | null>(null);
  const live = signal<LiveBoard>(emptyLiveBoard());
  const questions = signal<ReadonlyMap<string, string>>(new Map());
  const storage = signal<StorageReport | null>(null);
  const notice = signal<string | null>(null);
  const results = signal<SetResults | null>(null);
  const ready = signal(false);

  let storePromise: Promise<LceStore> | null = null;
  const store = () => (storePromise ??= deps.openStore().catch((err) => {
    storePromise = null;
    throw err;
  }));
  const importer = createProblemImport({
    store,
    ...(deps.breathe ? { breathe: deps.breathe } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.problemReader ? { reader: deps.problemReader } : {}),
  });
  let control: BatchControl | null = null;
  let stopWatching: (() => void) | null = null;
  const say = (err: unknown) => {
    const sentence = errorSentence(err);
    if (sentence) notice.value = sentence;
  };

  async function refreshSets(): Promise<void> {
    const list = await listProblemSets(await store());
    sets.value = list;
    const chosen = form.value.setId;
    if (!chosen || !list.some((s) => s.id === chosen)) form.value = { ...form.value, setId: list[0]?.id ?? null };
  }

  async function refreshRuns(): Promise<void> {
    runs.value = await listRuns(await store());
  }

  async function refreshResults(setId = form.value.setId): Promise<void> {
    if (!setId) {
      results.value = null;
      return;
    }
    const loaded = await loadSetResults(await store(), setId);
    if (form.value.setId === setId) results.value = loaded;
  }

  /** Shows `runId` from stored rows and the change feed (this tab does not drive it). */
  async function watch(runId: string): Promise<void> {
    if (control && shown.value?.runId === runId) return;
    stopWatching?.();
    // Keep what is shown of this run until the stored rows are read (no flash of an empty panel).
    const previous = shown.value?.runId === runId ? shown.value.progress : null;
    shown.value = { runId, mode: 'watching', run: runs.value.find((r) => r.id === runId), progress: previous };
    live.value = emptyLiveBoard();
    stopWatching = watchRun(await store(), runId, (view) => {
      const current = shown.value;
      if (current?.runId !== runId || current.mode !== 'watching') return;
      shown.value = { ...current, run: view.run, progress: view.progress };
    });
  }

  /** Drives `run` in this tab, or watches it when another tab holds its lease. */
  async function drive(run: RunRecord, settings: EngineSettings, concurrency: number): Promise<void> {
    if (control) {
      notice.value = 'This tab is already running a batch: pause it before starting another.';
      return;
    }
    const db = await store();
    stopWatching?.();
    stopWatching = null;
    shown.value = { runId: run.id, mode: 'driving', run, progress: null };
    live.value = emptyLiveBoard();
    const now = deps.now ?? Date.now;
    const outcome = await driveRun(
      { store: db, engine: (signal) => deps.engine(settings, signal), runner: deps.runner(), critic: deps.critic(), software: deps.software, now, ...(deps.lease ? { lease: deps.lease } : {}) },
      run,
      {
        concurrency,
        onStarted: (c) => (control = c),
        onStorage: (report) => (storage.value = report),
        onProblems: (problems) => (questions.value = new Map(problems.map((p) => [p.id, p.question]))),
        onEvent: (event) => {
          batch(() => {
            live.value = applyBatchEvent(live.value, event, now());
            const current = shown.value;
            if (event.type === 'progress' && current?.runId === run.id) shown.value = { ...current, progress: event.progress };
          });
        },
      },
    ).catch((err: unknown) => ({ kind: 'error' as const, err }));
    control = null;
    live.value = emptyLiveBoard();
    if (outcome.kind === 'error') say(outcome.err);
    else if (outcome.kind === 'held') notice.value = 'Another tab is running this batch; its progress shows here. Close that tab or pause the run there to run it here.';
    else if (outcome.kind === 'lost') notice.value = 'Another tab took this run over after this tab stalled; its progress shows here.';
    else if (outcome.kind === 'not-started') say(outcome.error);
    else if (outcome.outcome.kind === 'failed') say(outcome.outcome.error);
    await refreshRuns().catch(say);
    // From now on the stored rows tell the run's state (here or in another tab).
    await watch(run.id);
    void refreshResults().catch(say);
  }

  /** Creates a run from the form and starts it. */
  async function start(settings: EngineSettings): Promise<void> {
    notice.value = null;
    try {
      const db = await store();
      const f = form.value;
      const set = sets.value.find((s) => s.id === f.setId);
      const problems = set ? await getProblems(db, set.id) : [];
      const made = specOf(f, settings, problems, newRunId(new Date((deps.now ?? Date.now)())));
      if (made.kind === 'invalid') {
        notice.value = made.reason;
        return;
      }
      const run = await createRun(db, made.spec, { setName: set!.name, total: problems.length * made.spec.methods.length * made.spec.k });
      await putSetting(db, engineSettingKey(run.id), { settings, concurrency: f.concurrency });
      await refreshRuns();
      await drive(run, settings, f.concurrency);
    } catch (err) {
      say(err);
    }
  }

  /** Resumes a paused, failed or interrupted run with the engine it was started with. */
  async function resume(runId: string): Promise<void> {
    notice.value = null;
    try {
      const db = await store();
      const run = await getRun(db, runId);
      if (!run) return;
      const saved = await getSetting<{ settings: EngineSettings; concurrency: number }>(db, engineSettingKey(runId));
      if (!saved) {
        notice.value = 'This run was started without a record of its engine (by the command line or an older version); start a new run instead.';
        return;
      }
      await drive(run, saved.settings, saved.concurrency);
    } catch (err) {
      say(err);
    }
  }

  /** Pauses the run this tab drives: samples in flight are dropped and made again on Resume. */
  function pause(): void {
    control?.pause();
  }

  /** Cancels the run this tab drives, or marks a stopped run cancelled. */
  async function cancel(runId: string): Promise<void> {
    if (control && shown.value?.runId === runId) return void control.cancel();
    await setRunStatus(await store(), runId, 'cancelled').catch(say);
    await refreshRuns().catch(say);
  }

  async function importBundled(set: BundledSet): Promise<void> {
    notice.value = null;
    const result = await importer.read(bundledSource(set, deps.problemsBase));
    if (result && result.counts.kept > 0) await saveImport(set.name);
  }

  async function saveImport(name: string): Promise<void> {
    try {
      const record = await importer.save(name);
      await refreshSets();
      form.value = { ...form.value, setId: record.id };
      await refreshResults(record.id);
    } catch (err) {
      say(err);
    }
  }

  async function removeSet(setId: string): Promise<void> {
    await deleteProblemSet(await store(), setId).catch(say);
    await refreshSets().catch(say);
    void refreshResults().catch(say);
  }

  function chooseSet(setId: string): void {
    form.value = { ...form.value, setId };
    results.value = null;
    void refreshResults(setId).catch(say);
  }

  /** Opens the store, lists what it holds, and resumes a run a reload or a crash interrupted. */
  async function init(): Promise<void> {
    try {
      const db = await store();
      await Promise.all([refreshSets(), refreshRuns()]);
      db.feed.subscribe((change) => {
        if (change.type === 'problem-sets') void refreshSets().catch(() => undefined);
        if (change.type === 'run' || change.type === 'run-deleted') {
          void refreshRuns().catch(() => undefined);
          if (change.type === 'run-deleted' || change.status !== 'running') void refreshResults().catch(() => undefined);
        }
      });
      ready.value = true;
      void refreshResults().catch(say);
      const interrupted = runs.value.find((r) => r.status === 'running');
      if (interrupted) await resume(interrupted.id);
    } catch (err) {
      say(err);
    }
    loadBundledSets(deps.problemsBase, deps.fetch).then((list) => (bundled.value = list), (err) => (bundledError.value = errorSentence(err)));
  }

  return {
    sets, runs, bundled, bundledError, form, shown, live, questions, storage, notice, results, ready, importer,
    init, start, resume, pause, cancel, watch, importBundled, saveImport, removeSet, chooseSet, refreshResults,
    /** Whether this tab is driving a run now. */
    driving: () => control !== null,
  };
}

export type BatchStore = ReturnType<typeof createBatchStore>;
