/** Registry entry of the OpenAI-compatible HTTP engine (src/engine/registry.ts). */
import { checkedContextWindow, CONTEXT_WINDOW_FIELD, readContextWindow, TIMEOUT_FLAGS, type EngineEntry, type EngineField, type SettingsBase, type Spelling } from '../entry';
import type { ServerWording } from './errors';
import { createOpenAiEngine } from './openai-engine';
import { DEFAULT_TIMEOUTS } from './watchdog';

export interface OpenAiSettings extends SettingsBase<'openai'> {
  baseUrl: string;
  model: string;
  /** The model's context window (tokens) when the server does not report it (llama.cpp, Ollama). */
  contextWindow?: string;
}

export const openAiEntry: EngineEntry<OpenAiSettings> = {
  kind: 'openai',
  name: 'OpenAI-compatible server',
  label: 'OpenAI-compatible server (llama.cpp, vLLM, Ollama)',
  runsIn: ['browser', 'node'],
  takesApiKey: true,
  defaultTimeouts: DEFAULT_TIMEOUTS,
  fields: [
    {
      param: 'baseUrl',
      flag: 'base-url',
      flagValue: 'URL',
      label: 'Base URL',
      help: 'the API root of the server, e.g. http://127.0.0.1:8080/v1',
      required: true,
      inPage: true,
      placeholder: 'http://127.0.0.1:8080/v1',
    },
    {
      param: 'model',
      flag: 'model',
      flagValue: 'NAME',
      label: 'Model',
      help: 'the name the server serves (see its /v1/models), which also picks the prompt format, e.g. qwen2.5-math-1.5b-instruct',
      required: true,
      inPage: true,
      placeholder: 'as the server names it',
    },
    { ...CONTEXT_WINDOW_FIELD, label: 'Context window (tokens, optional)', inPage: true, placeholder: 'as the server reports it' },
  ],
  initial: { kind: 'openai', baseUrl: 'http://127.0.0.1:8080/v1', model: '' },
  check(settings, spell) {
    readContextWindow(settings.contextWindow, openAiEntry, spell);
  },
  async create(settings, context, spell) {
    const contextWindow = checkedContextWindow(settings.contextWindow);
    return createOpenAiEngine({
      baseUrl: settings.baseUrl,
      model: settings.model,
      apiKey: context.apiKey,
      fetch: context.fetch,
      timeouts: context.timeouts,
      wording: wordingOf(spell, openAiEntry.fields),
      ...(contextWindow ? { contextWindow } : {}),
    });
  },
  contextWindow: (settings) => checkedContextWindow(settings.contextWindow),
};

/** The engine's sentences name the page's fields, or on a terminal the flags. */
function wordingOf(spell: Spelling, fields: readonly EngineField[]): ServerWording {
  const terminal = spell.audience === 'terminal';
  const name = (param: string) => {
    const field = fields.find((f) => f.param === param)!;
    return terminal ? spell.field(field) : `the ${spell.field(field)}`;
  };
  return {
    audience: spell.audience,
    baseUrl: name('baseUrl'),
    model: name('model'),
    apiKey: terminal ? '--api-key' : 'the API key',
    timeoutFlag: terminal ? { connect: `--${TIMEOUT_FLAGS.connectMs}`, 'first-token': `--${TIMEOUT_FLAGS.firstTokenMs}`, idle: `--${TIMEOUT_FLAGS.idleMs}` } : null,
  };
}
