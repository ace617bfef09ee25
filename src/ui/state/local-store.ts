/**
 * The page's connection to the local database, opened once at start. Where it cannot be opened
 * (no IndexedDB in some private windows, a newer app version holding it) the page still solves;
 * the storage features show the reason instead.
 */
import { signal, type ReadonlySignal } from '@preact/signals';
import { openStore, type LceStore } from '../../store';
import { errorSentence } from './error-sentence';

export type LocalStore = { kind: 'opening' } | { kind: 'ready'; store: LceStore } | { kind: 'off'; reason: string };

/** Opens the database in the background; the signal says how it went. */
export function openLocalStore(open?: (onVersionChange: () => void) => Promise<LceStore>): ReadonlySignal<LocalStore> {
  const state = signal<LocalStore>({ kind: 'opening' });
  // A newer version of the app opened the database in another tab: this connection was closed.
  const onVersionChange = () => (state.value = { kind: 'off', reason: 'A newer version of this app opened the local database in another tab. Reload this page to use it.' });
  (open ?? ((onChange) => openStore({ onVersionChange: onChange })))(onVersionChange).then(
    (store) => (state.value = { kind: 'ready', store }),
    (err: unknown) => (state.value = { kind: 'off', reason: errorSentence(err) ?? 'The local database could not be opened.' }),
  );
  return state;
}
