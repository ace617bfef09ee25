/**
 * Registry entry of the in-browser web-llm engine (src/engine/registry.ts). The engine and its 6 MB
 * library are imported only when one is created, so listing the kind costs nothing.
 */
import { InvalidInputError } from '../../core/errors';
import { checkedContextWindow, CONTEXT_WINDOW_FIELD, readContextWindow, type EngineEntry, type EngineField, type SettingsBase } from '../entry';
import { DEFAULT_MODEL_ID } from './catalog-ids';
import type { ContinuationMode } from './chat-continuation';
import { customModel, CUSTOM_CONTEXT_WINDOW, findModel } from './model-catalog';

export interface WebLlmSettings extends SettingsBase<'webllm'> {
  model: string;
  /** A self-hosted MLC model: where its weights are served… */
  modelUrl?: string;
  /** …and its compiled .wasm library. */
  modelLibUrl?: string;
  /** The context window to run the model with (tokens); default the model record's. */
  contextWindow?: string;
  /** How LCE rounds reach the model (`chat` when absent): see chat-continuation.ts. */
  continuation?: ContinuationMode;
}

const modelUrl: EngineField = {
  param: 'modelUrl',
  flag: 'model-url',
  label: 'Weights URL',
  help: 'where a self-hosted MLC model is served, e.g. https://host/MyModel-q4f16_1-MLC/',
  placeholder: 'https://host/MyModel-q4f16_1-MLC/',
};

const modelLibUrl: EngineField = {
  param: 'modelLibUrl',
  flag: 'model-lib-url',
  label: 'Model library URL (.wasm)',
  help: 'the compiled library of a self-hosted MLC model, e.g. https://host/MyModel-webgpu.wasm',
  placeholder: 'https://host/MyModel-webgpu.wasm',
};

/** The continuation modes, the default first. */
export const CONTINUATION_MODES: readonly ContinuationMode[] = ['chat', 'completions'];

const continuation: EngineField = {
  param: 'continuation',
  flag: 'continuation',
  flagValue: 'chat|completions',
  label: 'Continuation',
  help: 'how LCE rounds reach the model: chat (the default) keeps its cache between rounds and reads only each output; completions re-reads the whole solution every round (slower), for a self-hosted model whose chat template breaks the chat path',
};

const contextWindow: EngineField = { ...CONTEXT_WINDOW_FIELD, help: `the context window to run the model with, in tokens (default the model record's, 4096 for web-llm's models); larger windows take more GPU memory` };

export const webLlmEntry: EngineEntry<WebLlmSettings> = {
  kind: 'webllm',
  name: 'In-browser model',
  label: 'In-browser model on WebGPU',
  runsIn: ['browser'],
  needsWebGpu: true,
  fields: [{ param: 'model', flag: 'model', label: 'Model', help: `a web-llm model id, e.g. ${DEFAULT_MODEL_ID}`, default: DEFAULT_MODEL_ID }, modelUrl, modelLibUrl, contextWindow, continuation],
  initial: { kind: 'webllm', model: DEFAULT_MODEL_ID },
  check(settings, spell) {
    if (!settings.modelUrl !== !settings.modelLibUrl) {
      throw new InvalidInputError(spell.where, `a self-hosted web-llm model needs both ${spell.field(modelUrl)} (its weights) and ${spell.field(modelLibUrl)} (its .wasm library)`);
    }
    if (settings.continuation !== undefined && settings.continuation.trim() !== '' && !CONTINUATION_MODES.includes(settings.continuation.trim() as ContinuationMode)) {
      throw new InvalidInputError(spell.where, `${spell.engine(webLlmEntry)}: ${spell.field(continuation)} must be ${CONTINUATION_MODES.join(' or ')}, not "${settings.continuation}"`);
    }
    readContextWindow(settings.contextWindow, webLlmEntry, spell);
  },
  async create(settings, context) {
    const { createWebLlmEngine } = await import('./webllm-engine');
    const createWorker = context.createWorker ?? (await import('./worker-factory')).createLlmWorker;
    const window = checkedContextWindow(settings.contextWindow);
    const mode = (settings.continuation?.trim() || 'chat') as ContinuationMode;
    if (!settings.modelUrl || !settings.modelLibUrl) return createWebLlmEngine({ model: settings.model, createWorker, continuation: mode, ...(window ? { contextWindow: window } : {}) });
    const model = customModel({ modelId: settings.model, modelUrl: settings.modelUrl, modelLibUrl: settings.modelLibUrl, base: context.base, ...(window ? { contextWindow: window } : {}) });
    return createWebLlmEngine({ model, createWorker, continuation: mode });
  },
  contextWindow(settings) {
    return checkedContextWindow(settings.contextWindow) ?? (settings.modelUrl ? CUSTOM_CONTEXT_WINDOW : findModel(settings.model)?.contextWindow);
  },
};
