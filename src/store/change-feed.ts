/**
 * Tells every tab on the same database what changed: a BroadcastChannel per database name, plus
 * the listeners of this tab (a channel does not echo to its sender). Where BroadcastChannel is
 * missing only this tab hears; `watchRun` then polls the database instead.
 */
import type { RunStatus, SampleRow } from './schema';

export type StoreChange =
  | { type: 'sample'; row: SampleRow }
  /** Many samples at once (a loaded file): listeners re-read instead of counting one by one. */
  | { type: 'samples-added'; count: number }
  | { type: 'run'; runId: string; status: RunStatus }
  | { type: 'run-deleted'; runId: string }
  | { type: 'problem-sets' }
  | { type: 'setting'; key: string };

export interface ChangeFeed {
  /** Whether other tabs hear this feed (false: poll). */
  readonly crossTab: boolean;
  publish(change: StoreChange): void;
  /** Calls `listener` for every change from this tab or another; returns the unsubscribe. */
  subscribe(listener: (change: StoreChange) => void): () => void;
  close(): void;
}

export function createChangeFeed(dbName: string): ChangeFeed {
  const listeners = new Set<(change: StoreChange) => void>();
  const deliver = (change: StoreChange) => {
    for (const l of [...listeners]) l(change);
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`lce-store:${dbName}`) : null;
  channel?.addEventListener('message', (event) => deliver((event as MessageEvent<StoreChange>).data));
  // Node keeps a process alive while a channel is open; a tab does not care. Listening must not pin a CLI or a test run.
  (channel as { unref?: () => void } | null)?.unref?.();
  return {
    crossTab: channel !== null,
    publish(change) {
      channel?.postMessage(change);
      deliver(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}
