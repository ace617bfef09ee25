/**
 * Self-hosted models the user added, as plain records the page can keep across reloads (e.g. in
 * localStorage). Pure: serialising, parsing with validation, adding and removing. Parsing never
 * throws and loses nothing it can read: each stored entry is rebuilt through `customModel`, and one
 * that no longer validates is reported with its reason while the others load.
 */
import { isPromptFamily, type PromptFamily } from '../../core/prompt';
import { type CatalogModel, customModel, type CustomModelSpec } from './model-catalog';

/** The storage format's version; a different one is reported, not guessed at. */
export const CUSTOM_MODELS_VERSION = 1;

/** One stored self-hosted model: absolute URLs, so the page's location does not matter. */
export interface StoredCustomModel {
  modelId: string;
  modelUrl: string;
  modelLibUrl: string;
  vramRequiredMB?: number;
  contextWindow?: number;
  family?: PromptFamily;
}

/** A stored entry that no longer makes a model: where it was, its id if it has one, why, and the entry itself (kept, so saving loses nothing). */
export interface SkippedCustomModel {
  index: number;
  id: string | null;
  reason: string;
  entry: unknown;
}

/** What parsing stored custom models gave. */
export type CustomModelsParse =
  | { kind: 'ok'; models: CatalogModel[]; skipped: SkippedCustomModel[] }
  | { kind: 'unreadable'; reason: string };

/** The stored form (plain data, for IndexedDB or JSON): the version, the models, and any skipped entries kept as they were. */
export interface StoredCustomModels {
  version: number;
  models: unknown[];
}

/** The record to store for a custom catalog entry. */
export function toStoredCustomModel(model: CatalogModel): StoredCustomModel {
  return {
    modelId: model.id,
    modelUrl: model.record.model,
    modelLibUrl: model.record.model_lib,
    ...(model.vramRequiredMB !== null ? { vramRequiredMB: model.vramRequiredMB } : {}),
    contextWindow: model.contextWindow,
    family: model.family,
  };
}

/** The plain record to store for `models` (custom entries only; prebuilt ones are skipped), followed by `kept` entries that were skipped on load. */
export function storedCustomModels(models: readonly CatalogModel[], kept: readonly SkippedCustomModel[] = []): StoredCustomModels {
  return { version: CUSTOM_MODELS_VERSION, models: [...models.filter((m) => m.isCustom).map(toStoredCustomModel), ...kept.map((k) => k.entry)] };
}

/** Text to store for `models` (custom entries only; prebuilt ones are skipped). */
export function serializeCustomModels(models: readonly CatalogModel[]): string {
  return JSON.stringify(storedCustomModels(models));
}

/** Rebuilds the stored custom models from JSON text; `null` (nothing stored) is an empty list. */
export function parseCustomModels(text: string | null): CustomModelsParse {
  if (text === null || text.trim() === '') return { kind: 'ok', models: [], skipped: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'The saved custom models are not valid JSON; add them again.' };
  }
  return readCustomModels(data);
}

/** Rebuilds the stored custom models from their plain record; `undefined` or `null` (nothing stored) is an empty list. */
export function readCustomModels(data: unknown): CustomModelsParse {
  if (data === undefined || data === null) return { kind: 'ok', models: [], skipped: [] };
  const root = data as { version?: unknown; models?: unknown } | null;
  if (typeof root !== 'object' || root === null || !Array.isArray(root.models)) return { kind: 'unreadable', reason: 'The saved custom models have an unknown shape; add them again.' };
  if (root.version !== CUSTOM_MODELS_VERSION) return { kind: 'unreadable', reason: `The saved custom models use format version ${String(root.version)}; this page reads version ${CUSTOM_MODELS_VERSION}.` };
  const models: CatalogModel[] = [];
  const skipped: SkippedCustomModel[] = [];
  root.models.forEach((entry: unknown, index) => {
    const id = typeof (entry as { modelId?: unknown } | null)?.modelId === 'string' ? (entry as { modelId: string }).modelId : null;
    const skip = (reason: string) => void skipped.push({ index, id, reason, entry });
    const spec = toSpec(entry);
    if (typeof spec === 'string') return skip(spec);
    try {
      const model = customModel(spec);
      if (models.some((m) => m.id === model.id)) return skip(`a second model with the id ${model.id}`);
      models.push(model);
    } catch (err) {
      skip((err as Error).message);
    }
  });
  return { kind: 'ok', models, skipped };
}

/** `models` with `model` added, replacing a custom model of the same id. */
export function upsertCustomModel(models: readonly CatalogModel[], model: CatalogModel): CatalogModel[] {
  return [...models.filter((m) => m.id !== model.id), model];
}

/** `models` without the custom model `id`. */
export function removeCustomModel(models: readonly CatalogModel[], id: string): CatalogModel[] {
  return models.filter((m) => m.id !== id);
}

// A spec from one stored entry, or the reason it cannot be one.
function toSpec(entry: unknown): CustomModelSpec | string {
  if (typeof entry !== 'object' || entry === null) return 'not an object';
  const e = entry as Record<string, unknown>;
  for (const key of ['modelId', 'modelUrl', 'modelLibUrl'] as const) {
    if (typeof e[key] !== 'string' || (e[key] as string).trim() === '') return `${key} is missing`;
  }
  const positive = (key: string) => e[key] === undefined || (Number.isInteger(e[key]) && (e[key] as number) > 0);
  if (!positive('vramRequiredMB')) return 'vramRequiredMB is not a positive whole number';
  if (!positive('contextWindow')) return 'contextWindow is not a positive whole number';
  if (e.family !== undefined && !isPromptFamily(e.family)) return `family ${JSON.stringify(e.family)} is not a known prompt family`;
  return {
    modelId: e.modelId as string,
    modelUrl: e.modelUrl as string,
    modelLibUrl: e.modelLibUrl as string,
    ...(e.vramRequiredMB !== undefined ? { vramRequiredMB: e.vramRequiredMB as number } : {}),
    ...(e.contextWindow !== undefined ? { contextWindow: e.contextWindow as number } : {}),
    ...(e.family !== undefined ? { family: e.family as PromptFamily } : {}),
  };
}
