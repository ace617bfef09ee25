/** Where the service worker stands, as the page sees it (plain types, shared with the readiness summary). */

export type OfflinePhase =
  | { kind: 'off'; reason: string } // dev server, or a browser/context without service workers
  | { kind: 'installing'; cached: number; total: number | null }
  | { kind: 'ready' } // it controls this page
  | { kind: 'failed'; reason: string };

export interface OfflineState {
  phase: OfflinePhase;
  /** A new version is installed and waits for the user's go-ahead. */
  updateReady: boolean;
  /** Another tab switched to a new version while this one kept the old: it should reload. */
  updatedElsewhere: boolean;
}
