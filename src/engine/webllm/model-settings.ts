/** Between a catalog entry (prebuilt or self-hosted) and the engine settings that run it. */
import type { WebLlmSettings } from './entry';
import { type CatalogModel, CUSTOM_CONTEXT_WINDOW, customModel, findModel } from './model-catalog';

/** The settings that run `model`; a self-hosted one carries its URLs (and its window when not the default). */
export function settingsFor(model: CatalogModel, keep: Pick<WebLlmSettings, 'continuation'> = {}): WebLlmSettings {
  const kept = keep.continuation ? { continuation: keep.continuation } : {};
  if (!model.isCustom) return { kind: 'webllm', model: model.id, ...kept };
  return {
    kind: 'webllm',
    model: model.id,
    modelUrl: model.record.model,
    modelLibUrl: model.record.model_lib,
    ...(model.contextWindow !== CUSTOM_CONTEXT_WINDOW ? { contextWindow: String(model.contextWindow) } : {}),
    ...kept,
  };
}

/**
 * The catalog entry `settings` run: a saved self-hosted model with the same id and weights URL, a
 * prebuilt one by id, or a self-hosted one built from the settings' URLs; null when none applies
 * (an unknown id, or URLs that do not make a model).
 */
export function modelOfSettings(settings: WebLlmSettings, models: readonly CatalogModel[], base?: string): CatalogModel | null {
  if (!settings.modelUrl) return models.find((m) => m.id === settings.model && !m.isCustom) ?? findModel(settings.model) ?? null;
  const url = safeUrl(settings.modelUrl, base);
  const saved = models.find((m) => m.isCustom && m.id === settings.model && m.record.model === url);
  if (saved) return saved;
  const window = Number(settings.contextWindow);
  try {
    return customModel({ modelId: settings.model, modelUrl: settings.modelUrl, modelLibUrl: settings.modelLibUrl ?? '', ...(Number.isInteger(window) && window > 0 ? { contextWindow: window } : {}), base });
  } catch {
    return null;
  }
}

function safeUrl(value: string, base?: string): string | null {
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}
