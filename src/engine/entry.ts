/**
 * What a registry entry says about one engine kind (see registry.ts). Settings are plain string
 * fields named as in a URL (`baseUrl`, `model`…), so one description of the fields reads and
 * prints them for a URL, a share link, CLI flags and the page's engine picker alike. Secrets (an
 * API key) are never settings: they come in through `EngineContext`, so nothing that prints
 * settings can carry one.
 */
import { InvalidInputError } from '../core/errors';
import type { LlmEngine } from '../core/ports/llm-engine';
import type { RequestTimeouts } from './openai/watchdog';
import type { Recording } from './replay/recording';
import type { LlmWorkerLike } from './webllm/webllm-engine';

/** The CLI flags of the request time limits (milliseconds), for kinds that `takesTimeouts`. */
export const TIMEOUT_FLAGS = { connectMs: 'connect-timeout-ms', firstTokenMs: 'first-token-timeout-ms', idleMs: 'idle-timeout-ms' } as const satisfies Record<keyof RequestTimeouts, string>;

/** One setting of an engine kind. */
export interface EngineField {
  /** Its name in settings, URLs and share links, e.g. `baseUrl`. */
  param: string;
  /** Its CLI flag without the dashes, e.g. `base-url`. */
  flag: string;
  /** What the flag takes, for --help, e.g. `URL` (default `VALUE`). */
  flagValue?: string;
  /** Short name for the page's field and sentences, e.g. "Base URL". */
  label: string;
  /** What it is, with an example, for --help and error sentences. */
  help: string;
  /** A setting without which the engine cannot be created. */
  required?: boolean;
  /** The value when none is given. */
  default?: string;
  /** Shown as a text field in the page's engine picker (else it is set by a URL, a link or a flag). */
  inPage?: boolean;
  placeholder?: string;
}

/** Settings of one kind: its name and its fields' values. */
export type SettingsBase<K extends string> = { readonly kind: K } & Readonly<Record<string, string | undefined>>;

/** How a source of settings spells things in its error sentences (a URL, CLI flags, the page). */
export interface Spelling {
  /** The `source` of the InvalidInputError, e.g. "Engine settings" or "lce solve". */
  where: string;
  /** Where the sentences are read: a page (settings fields, CORS) or a terminal (flags). */
  audience: 'page' | 'terminal';
  /** How the engine is named, e.g. `engine=openai`, `--engine openai`, "The OpenAI-compatible server". */
  engine(entry: EngineEntry): string;
  /** How a field is named, e.g. `baseUrl`, `--base-url`, "Base URL". */
  field(field: EngineField): string;
}

/** What creating an engine may need besides its settings. All optional; each kind uses its own. */
export interface EngineContext {
  /** A credential for servers that want one (never a setting, never in a link). */
  apiKey?: string;
  /** Limits of each request's stages, for engines that make requests (`takesTimeouts`). */
  timeouts?: Partial<RequestTimeouts>;
  fetch?: typeof fetch;
  /** web-llm: starts its worker; default workers/llm.worker.ts. */
  createWorker?: () => LlmWorkerLike;
  /** replay: the recordings (or only `recording`); default fetched from `replayBaseUrl`. */
  loadRecordings?: (recording?: string) => Promise<Recording[]>;
  /** replay: where public/replay/ is served; default `replay/` next to the page. */
  replayBaseUrl?: string;
  /** replay: pacing for the demo. */
  replayTokensPerSecond?: number;
  /** Base for relative URLs (the page's location). */
  base?: string;
}

/** One engine kind: how its settings read and print, how it is created, what it is called. */
export interface EngineEntry<S extends SettingsBase<string> = SettingsBase<string>> {
  kind: S['kind'];
  /** Short name for sentences, e.g. "OpenAI-compatible server". */
  name: string;
  /** The option in the page's engine select. */
  label: string;
  /** Where it can run: the CLI offers only the kinds that run in Node. */
  runsIn: readonly ('browser' | 'node')[];
  /** True when it needs WebGPU (the page disables it without). */
  needsWebGpu?: boolean;
  /** True when it takes an API key (the page shows a key field, the CLI accepts --api-key). */
  takesApiKey?: boolean;
  /** The default time limits of its requests, for kinds that make requests (the CLI can change them). */
  defaultTimeouts?: RequestTimeouts;
  fields: readonly EngineField[];
  /** The settings when this kind is picked in the page. */
  initial: S;
  /** Checks beyond required fields; throws an InvalidInputError spelled for the source. */
  check?(settings: S, spell: Spelling): void;
  /** Builds the engine; nothing is loaded until `engine.load()`. `spell` words its later errors for where they are read. */
  create(settings: S, context: EngineContext, spell: Spelling): Promise<LlmEngine>;
  /** The model's context window these settings give before anything is loaded (tokens), when known. */
  contextWindow?(settings: S): number | undefined;
}

/** The smallest context window a setting may give: below it not even a prompt fits. */
export const MIN_CONTEXT_WINDOW = 256;

/** The context-window setting the kinds that run a model share (optional: a known window is a cap of the solve loop). */
export const CONTEXT_WINDOW_FIELD: EngineField = {
  param: 'contextWindow',
  flag: 'context-window',
  flagValue: 'TOKENS',
  label: 'Context window (tokens)',
  help: `the model's context window in tokens, e.g. 4096; a solution that would overflow it ends with "context full" instead of a server error`,
  placeholder: 'e.g. 4096',
};

/** The window a `contextWindow` setting gives (undefined when unset); throws a sentence spelled for the source when it is not a whole number of at least 256. */
export function readContextWindow(value: string | undefined, entry: EngineEntry, spell: Spelling): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < MIN_CONTEXT_WINDOW) {
    throw new InvalidInputError(spell.where, `${spell.engine(entry)}: ${spell.field(CONTEXT_WINDOW_FIELD)} must be a whole number of tokens of at least ${MIN_CONTEXT_WINDOW}, not "${value.trim()}"`);
  }
  return n;
}

/** The window of settings already checked (see `readContextWindow`). */
export function checkedContextWindow(value: string | undefined): number | undefined {
  return value?.trim() ? Number(value.trim()) : undefined;
}

/** The sentence for a field that is missing. */
export function missingField(entry: EngineEntry, field: EngineField, spell: Spelling): InvalidInputError {
  return new InvalidInputError(spell.where, `${spell.engine(entry)} needs ${spell.field(field)}: ${field.help}`);
}
