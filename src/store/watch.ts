/**
 * Follows a run from any tab: the stored rows first, then each sample as the change feed reports
 * it — or, where there is no cross-tab feed, by polling the run's count in its index.
 */
import { addOutcome, startProgress, viewProgress, type BatchProgress, type ProgressState } from '../core/collect';
import type { LceStore } from './open';
import { getRun } from './runs';
import { countRunSamples, storedOutcomes } from './samples';
import type { RunRecord, SampleRow } from './schema';

export interface RunView {
  /** Undefined once the run was deleted. */
  run: RunRecord | undefined;
  progress: BatchProgress;
}

export interface WatchOptions {
  /** Poll this often even with a feed (default: 5 s without a cross-tab feed, never with one). */
  pollMs?: number;
  now?: () => number;
}

/** Calls `listener` with the run's progress now and on every change; returns the stop function. */
export function watchRun(store: LceStore, runId: string, listener: (view: RunView) => void, options: WatchOptions = {}): () => void {
  const now = options.now ?? Date.now;
  let run: RunRecord | undefined;
  let state: ProgressState | null = null;
  const seen = new Set<string>();
  // Rows heard about while the stored ones are being read; applied once they are (duplicates skipped).
  let heardWhileLoading: SampleRow[] = [];
  let stopped = false;
  const emit = () => {
    if (!stopped && state) listener({ run, progress: viewProgress(state, now(), [], null) });
  };

  const add = (row: SampleRow) => {
    if (!state || seen.has(row.id)) return;
    seen.add(row.id);
    state = addOutcome(state, row, { made: true, at: now() });
  };

  const reload = async () => {
    state = null;
    run = await getRun(store, runId);
    const outcomes = await storedOutcomes(store, runId);
    seen.clear();
    for (const o of outcomes) seen.add(o.id);
    state = startProgress(run?.total ?? outcomes.length, outcomes, now());
    for (const row of heardWhileLoading) add(row);
    heardWhileLoading = [];
    emit();
  };

  const unsubscribe = store.feed.subscribe((change) => {
    if (change.type === 'sample' && change.row.runId === runId) {
      if (!state) heardWhileLoading.push(change.row);
      else {
        add(change.row);
        emit();
      }
    } else if (!state) {
      return;
    } else if (change.type === 'samples-added') {
      void reload();
    } else if ((change.type === 'run' && change.runId === runId) || (change.type === 'run-deleted' && change.runId === runId)) {
      void getRun(store, runId).then((r) => {
        run = r;
        emit();
      });
    }
  });

  const pollMs = options.pollMs ?? (store.feed.crossTab ? 0 : 5000);
  const timer = pollMs > 0
    ? setInterval(() => {
        void countRunSamples(store, runId).then((n) => (n !== seen.size ? reload() : undefined)).catch(() => undefined);
      }, pollMs)
    : null;
  void reload();
  return () => {
    stopped = true;
    unsubscribe();
    if (timer) clearInterval(timer);
  };
}
