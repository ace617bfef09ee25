/**
 * The self-hosted models the user added, remembered across reloads. They live in the app's
 * IndexedDB store as one setting (src/store's settings repository: versioned, written in one
 * transaction, and announced to other tabs through its change feed, so a model added in one tab
 * shows in the others). Where the store cannot open (a private window without IndexedDB) they
 * last until the page is closed, and the panel says so.
 *
 * Loading loses nothing: an entry that no longer makes a model is shown with its reason and kept
 * in the stored list until the user forgets it; stored data this page cannot read (another
 * version's) is never overwritten unless the user asks.
 */
import { signal } from '@preact/signals';
import { readCustomModels, removeCustomModel, storedCustomModels, upsertCustomModel, type SkippedCustomModel } from '../../engine/webllm/custom-models';
import { type CatalogModel, customModel, type CustomModelSpec } from '../../engine/webllm/model-catalog';
import { getSetting, putSetting, type LceStore } from '../../store';
import { errorSentence } from './error-sentence';

/** The setting's key in the app's store. */
export const CUSTOM_MODELS_SETTING = 'webllm.customModels';

/** Where the list is kept: the store's settings repository, or nowhere. */
export interface CustomModelsRepo {
  read(): Promise<unknown>;
  write(value: unknown): Promise<void>;
  /** Calls `listener` when another tab changed the list; returns the unsubscribe. */
  watch?(listener: () => void): () => void;
}

/** A sentence for the panel, and whether it reports a failure. */
export interface Notice {
  text: string;
  failed: boolean;
}

/** Creates the list over `repo` (a promise of one, so the page need not wait for the store to open). */
export function createCustomModels(repo: Promise<CustomModelsRepo>) {
  const models = signal<readonly CatalogModel[]>([]);
  const skipped = signal<readonly SkippedCustomModel[]>([]);
  /** Stored data this page cannot read: why, until the user replaces it. */
  const unreadable = signal<string | null>(null);
  const notice = signal<Notice | null>(null);
  const say = (text: string, failed = false) => (notice.value = { text, failed });
  let store: CustomModelsRepo | null = null;
  // The change feed also tells this tab of its own writes, while they are made: those are not re-read
  // (a late re-read would put back a list older than the edits made since).
  let saving = 0;

  function apply(data: unknown): void {
    const parsed = readCustomModels(data);
    if (parsed.kind === 'unreadable') return void (unreadable.value = parsed.reason);
    [models.value, skipped.value, unreadable.value] = [parsed.models, parsed.skipped, null];
  }

  async function load(): Promise<void> {
    try {
      store = await repo;
      apply(await store.read());
    } catch (err) {
      store = null;
      say(`Self-hosted models cannot be remembered in this browser (${errorSentence(err) ?? 'its storage is unavailable'}): the ones you add last until the page is closed.`, true);
    }
  }

  async function save(): Promise<boolean> {
    if (!store) return false;
    if (unreadable.value) {
      say(`Not saved: ${unreadable.value} Replace the saved list to keep these models.`, true);
      return false;
    }
    try {
      saving++;
      await store.write(storedCustomModels(models.value, skipped.value));
      return true;
    } catch (err) {
      say(`Could not save the self-hosted models: ${errorSentence(err) ?? 'the storage refused'}.`, true);
      return false;
    } finally {
      saving = Math.max(0, saving - 1);
    }
  }

  /** Adds (or replaces, by id) the model `spec` describes; returns why it cannot be added, or null. */
  async function add(spec: CustomModelSpec): Promise<string | null> {
    let model: CatalogModel;
    try {
      model = customModel(spec);
    } catch (err) {
      return errorSentence(err) ?? String(err);
    }
    const replaced = models.value.some((m) => m.id === model.id);
    models.value = upsertCustomModel(models.value, model);
    if (await save()) say(`${model.id} ${replaced ? 'was updated' : 'was added'}; it is remembered in this browser.`);
    return null;
  }

  async function remove(id: string): Promise<void> {
    models.value = removeCustomModel(models.value, id);
    if (await save()) say(`${id} was removed from your self-hosted models (its cached weights, if any, stay until deleted).`);
  }

  /** Drops the stored entries that could not be read. */
  async function forgetSkipped(): Promise<void> {
    skipped.value = [];
    if (await save()) say('The entries that could not be read were removed.');
  }

  /** Overwrites stored data of another format with the models shown now. */
  async function replaceUnreadable(): Promise<void> {
    unreadable.value = null;
    if (await save()) say('The saved list was replaced with the models shown.');
  }

  /** Another tab changed the list: show its version. */
  async function changed(): Promise<void> {
    if (saving > 0 || !store) return;
    const data = await store.read().catch(() => undefined);
    if (data !== undefined) apply(data);
  }

  const loaded = load();
  void repo.then((r) => r.watch?.(() => void changed())).catch(() => undefined);

  return { models, skipped, unreadable, notice, loaded, add, remove, forgetSkipped, replaceUnreadable, reload: load };
}

/** The self-hosted models' state, for the panel's props. */
export type CustomModels = ReturnType<typeof createCustomModels>;

/** The repository over the app's store (src/store settings); rejects with a StorageError when the store cannot open. */
export async function storeRepo(open: () => Promise<LceStore>): Promise<CustomModelsRepo> {
  const store = await open();
  return {
    read: () => getSetting(store, CUSTOM_MODELS_SETTING),
    write: (value) => putSetting(store, CUSTOM_MODELS_SETTING, value),
    watch: (listener) => store.feed.subscribe((change) => change.type === 'setting' && change.key === CUSTOM_MODELS_SETTING && listener()),
  };
}

/** A repository that keeps the list in memory only (tests; pages without the store). */
export function memoryRepo(initial?: unknown): CustomModelsRepo {
  let value = initial;
  return { read: async () => structuredClone(value), write: async (next) => void (value = structuredClone(next)) };
}
