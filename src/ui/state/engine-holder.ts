/**
 * The page's one engine: created for the current settings and API key, kept while they stay the
 * same (a loaded web-llm model is gigabytes), unloaded when they change, and loaded with its
 * progress shown in `progress`.
 */
import type { Signal } from '@preact/signals';
import type { LlmEngine, LoadProgress } from '../../core/ports/llm-engine';
import { engineKey, type EngineSettings } from '../../engine/registry';
import type { AppDeps } from './deps';

export function createEngineHolder(deps: AppDeps, settings: Signal<EngineSettings>, apiKey: Signal<string>, progress: Signal<LoadProgress | null>) {
  let cached: { key: string; engine: LlmEngine } | null = null;

  /** The engine for the current settings, created once per settings and key, and loaded (idempotent). */
  async function engine(onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<LlmEngine> {
    const key = `${engineKey(settings.value)}\n${apiKey.value}`;
    if (cached?.key !== key) {
      const old = cached?.engine;
      cached = null;
      if (old) await old.unload().catch(() => undefined);
      cached = { key, engine: await deps.createEngine(settings.value, { apiKey: apiKey.value || undefined }) };
    }
    const current = cached.engine;
    progress.value = { phase: 'connect', progress: null, text: 'Preparing the engine…' };
    try {
      await current.load((p) => {
        progress.value = p;
        onProgress?.(p);
      }, signal);
    } finally {
      progress.value = null;
    }
    return current;
  }

  /** Switches to `next` and loads that engine now (the models panel's Download). */
  async function load(next: EngineSettings, onProgress: (p: LoadProgress) => void, signal: AbortSignal): Promise<void> {
    settings.value = next;
    try {
      await engine(onProgress, signal);
    } catch (err) {
      // A cancelled download leaves a half-loaded engine behind: drop it so the next load starts clean.
      if (cached) await cached.engine.unload().catch(() => undefined);
      cached = null;
      throw err;
    }
  }

  return { engine, load };
}
