/**
 * Registry entry of the in-browser web-llm engine (src/engine/registry.ts). The engine and its 6 MB
 * library are imported only when one is created, so listing the kind costs nothing.
 */
import { InvalidInputError } from '../../core/errors';
import type { EngineEntry, EngineField, SettingsBase } from '../entry';
import { DEFAULT_MODEL_ID } from './catalog-ids';

export interface WebLlmSettings extends SettingsBase<'webllm'> {
  model: string;
  /** A self-hosted MLC model: where its weights are served… */
  modelUrl?: string;
  /** …and its compiled .wasm library. */
  modelLibUrl?: string;
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

export const webLlmEntry: EngineEntry<WebLlmSettings> = {
  kind: 'webllm',
  name: 'In-browser model',
  label: 'In-browser model on WebGPU',
  runsIn: ['browser'],
  needsWebGpu: true,
  fields: [{ param: 'model', flag: 'model', label: 'Model', help: `a web-llm model id, e.g. ${DEFAULT_MODEL_ID}`, default: DEFAULT_MODEL_ID }, modelUrl, modelLibUrl],
  initial: { kind: 'webllm', model: DEFAULT_MODEL_ID },
  check(settings, spell) {
    if (!settings.modelUrl !== !settings.modelLibUrl) {
      throw new InvalidInputError(spell.where, `a self-hosted web-llm model needs both ${spell.field(modelUrl)} (its weights) and ${spell.field(modelLibUrl)} (its .wasm library)`);
    }
  },
  async create(settings, context) {
    const { createWebLlmEngine } = await import('./webllm-engine');
    const createWorker = context.createWorker ?? (await import('./worker-factory')).createLlmWorker;
    if (!settings.modelUrl || !settings.modelLibUrl) return createWebLlmEngine({ model: settings.model, createWorker });
    const { customModel } = await import('./model-catalog');
    const model = customModel({ modelId: settings.model, modelUrl: settings.modelUrl, modelLibUrl: settings.modelLibUrl, base: context.base });
    return createWebLlmEngine({ model, createWorker });
  },
};
