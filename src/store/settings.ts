/** Settings: small named values the page keeps across reloads (last engine, caps, filters…). */
import { dbOf, type LceStore } from './open';
import { writeTx } from './write';

/** The stored value, or undefined when never set. */
export async function getSetting<T>(store: LceStore, key: string): Promise<T | undefined> {
  return (await dbOf(store).get('settings', key))?.value as T | undefined;
}

/** Stores plain data under `key` (it is structured-cloned: no functions, no class instances). */
export async function putSetting(store: LceStore, key: string, value: unknown): Promise<void> {
  await writeTx(store, ['settings'], (tx) => tx.objectStore('settings').put({ key, value }));
  store.feed.publish({ type: 'setting', key });
}

export async function deleteSetting(store: LceStore, key: string): Promise<void> {
  await writeTx(store, ['settings'], (tx) => tx.objectStore('settings').delete(key));
  store.feed.publish({ type: 'setting', key });
}
