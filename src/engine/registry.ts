/**
 * Every engine kind in one table. A kind is one folder under src/engine/ with an `entry.ts` that
 * says how its settings read from and print to a URL, a share link and CLI flags, how it is created
 * and what it is called — and one line in `ENGINES` below. The page, the CLI and the batch
 * collector all go through here; none of them names an engine kind.
 *
 * Settings are plain string fields (`{ kind: 'openai', baseUrl, model }`). An API key is never one
 * of them: it is passed to `createEngine` in its context, so whatever prints settings — the address
 * bar, a share link, a printed command — cannot carry it.
 */
import { InvalidInputError } from '../core/errors';
import type { LlmEngine } from '../core/ports/llm-engine';
import { missingField, TIMEOUT_FLAGS, type EngineContext, type EngineEntry, type EngineField, type Spelling } from './entry';
import { openAiEntry } from './openai/entry';
import { replayEntry } from './replay/entry';
import { webLlmEntry } from './webllm/entry';

/** The engine kinds, in the order the page lists them. */
export const ENGINES = [replayEntry, openAiEntry, webLlmEntry] as const;

/** Settings of any kind: `{ kind, …its fields }`. */
export type EngineSettings = (typeof ENGINES)[number]['initial'];
export type EngineKind = EngineSettings['kind'];
export type { EngineContext, EngineEntry, EngineField };

/** Errors about settings from a URL or a share link name URL parameters. */
export const URL_SPELLING: Spelling = { where: 'Engine settings', audience: 'page', engine: (e) => `engine=${e.kind}`, field: (f) => f.param };

/** Errors about settings made in the page name its fields. */
export const PAGE_SPELLING: Spelling = { where: 'Engine settings', audience: 'page', engine: (e) => `The ${e.name}`, field: (f) => f.label };

/** Errors about settings from CLI flags name the flags. */
export function flagSpelling(command: string): Spelling {
  return { where: `lce ${command}`, audience: 'terminal', engine: (e) => `--engine ${e.kind}`, field: (f) => `--${f.flag}` };
}

const list = (words: readonly string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/** The entry of `kind`, or undefined. */
export function engineEntry(kind: string): EngineEntry | undefined {
  return ENGINES.find((e) => e.kind === kind);
}

/** The entry of `settings`' kind. */
function entryOf(settings: EngineSettings): EngineEntry {
  return engineEntry(settings.kind)!;
}

/** Reads settings of `entry` through `get`, defaults filled in, without checking them. */
function readSettings(entry: EngineEntry, get: (field: EngineField) => string | undefined): EngineSettings {
  const settings: Record<string, string> = { kind: entry.kind };
  for (const f of entry.fields) {
    const value = get(f)?.trim() || f.default;
    if (value !== undefined) settings[f.param] = value;
  }
  return settings as EngineSettings;
}

/** Throws a sentence, spelled for the source, when `settings` cannot make an engine. */
export function checkEngineSettings(settings: EngineSettings, spell: Spelling = PAGE_SPELLING): void {
  const entry = entryOf(settings);
  for (const f of entry.fields) if (f.required && !settings[f.param]?.trim()) throw missingField(entry, f, spell);
  entry.check?.(settings, spell);
}

/**
 * Engine settings from URL parameters (`?engine=openai&baseUrl=…&model=…`); null when no engine is
 * named. An unknown kind always throws; `check: false` keeps incomplete settings for the page to
 * show (they are checked when the engine is created). API keys are never read from a URL.
 */
export function parseEngineSettings(params: URLSearchParams, options: { check?: boolean } = {}): EngineSettings | null {
  const kind = params.get('engine')?.trim();
  if (!kind) return null;
  const entry = engineEntry(kind);
  if (!entry) throw new InvalidInputError(URL_SPELLING.where, `engine must be ${list(ENGINES.map((e) => e.kind))}, not "${kind}"`);
  const settings = readSettings(entry, (f) => params.get(f.param) ?? undefined);
  if (options.check !== false) checkEngineSettings(settings, URL_SPELLING);
  return settings;
}

/** The settings' own fields in their entry's order, empty ones left out. */
function printedFields(settings: EngineSettings): [EngineField, string][] {
  return entryOf(settings).fields.flatMap((f) => {
    const value = settings[f.param]?.trim();
    return value ? [[f, value] as [EngineField, string]] : [];
  });
}

/** URL parameters for `settings` (`engine` first). There is no key to leave out: settings never hold one. */
export function engineSettingsToParams(settings: EngineSettings): URLSearchParams {
  return new URLSearchParams([['engine', settings.kind], ...printedFields(settings).map(([f, v]) => [f.param, v])]);
}

/** A stable key: equal settings give equal keys. */
export function engineKey(settings: EngineSettings): string {
  return engineSettingsToParams(settings).toString();
}

/** The kinds a command line can run (no WebGPU in Node). */
const nodeEngines = () => ENGINES.filter((e) => e.runsIn.includes('node'));

const timeoutFlags = Object.entries(TIMEOUT_FLAGS) as [keyof typeof TIMEOUT_FLAGS, string][];
const isTimeoutFlag = (flag: string) => timeoutFlags.some(([, f]) => f === flag);

/** Every engine flag the CLI takes (`--engine`, `--api-key`, the request time limits and each Node-capable kind's fields), for `parseArgs`. */
export function engineFlagSpec(): Record<string, { type: 'string' }> {
  const spec: Record<string, { type: 'string' }> = { engine: { type: 'string' }, 'api-key': { type: 'string' } };
  for (const e of nodeEngines()) for (const f of e.fields) spec[f.flag] = { type: 'string' };
  if (nodeEngines().some((e) => e.defaultTimeouts)) for (const [, flag] of timeoutFlags) spec[flag] = { type: 'string' };
  return spec;
}

const TIMEOUT_HELP = { connectMs: 'until the server answers a request', firstTokenMs: 'from its answer to the first token', idleMs: 'between two tokens' } as const;

/** The engine flags' lines for a command's --help. */
export function engineFlagsHelp(): string {
  const kinds = nodeEngines();
  const line = (flag: string, help: string) => `  ${flag.padEnd(24)} ${help}`;
  const lines = [line(`--engine ${kinds.map((e) => e.kind).join('|')}`, kinds.map((e) => `${e.kind}: ${e.label}`).join('; '))];
  const seen = new Set<string>();
  for (const e of kinds) {
    for (const f of e.fields) {
      if (seen.has(f.flag)) continue;
      seen.add(f.flag);
      const users = kinds.filter((k) => k.fields.some((g) => g.flag === f.flag)).map((k) => k.kind);
      lines.push(line(`--${f.flag} ${f.flagValue ?? 'VALUE'}`, `${f.help} (${users.join(', ')})`));
    }
  }
  const keyed = kinds.filter((e) => e.takesApiKey).map((e) => e.kind);
  lines.push(line('--api-key KEY', `a key the server requires, sent as a bearer token; never printed (${keyed.join(', ')})`));
  const timed = kinds.filter((e) => e.defaultTimeouts);
  for (const [limit, flag] of timed.length > 0 ? timeoutFlags : []) {
    lines.push(line(`--${flag} N`, `time limit ${TIMEOUT_HELP[limit]} (default ${timed[0]!.defaultTimeouts![limit]}; ${timed.map((e) => e.kind).join(', ')})`));
  }
  return lines.join('\n') + '\n';
}

/** Engine settings from parsed CLI flags, checked; sentences name the flags. */
export function engineSettingsFromFlags(values: Readonly<Record<string, unknown>>, command: string): EngineSettings {
  const spell = flagSpelling(command);
  const fail = (detail: string): never => {
    throw new InvalidInputError(spell.where, detail);
  };
  const str = (flag: string) => (typeof values[flag] === 'string' ? (values[flag] as string).trim() : undefined);
  const kinds = list(nodeEngines().map((e) => e.kind));
  const kind = str('engine');
  if (!kind) return fail(`--engine is required: ${kinds}.`);
  const entry = engineEntry(kind);
  if (!entry) return fail(`--engine must be ${kinds}, not "${kind}".`);
  if (!entry.runsIn.includes('node')) return fail(`--engine ${kind} runs only in a browser (the ${entry.name}); use ${kinds}.`);
  for (const flag of Object.keys(engineFlagSpec())) {
    const applies =
      flag === 'engine' || entry.fields.some((f) => f.flag === flag) || (flag === 'api-key' && entry.takesApiKey) || (isTimeoutFlag(flag) && entry.defaultTimeouts !== undefined);
    if (str(flag) !== undefined && !applies) fail(`--${flag} does not apply to --engine ${kind}.`);
  }
  const settings = readSettings(entry, (f) => str(f.flag));
  checkEngineSettings(settings, spell);
  return settings;
}

/** The credentials given on the command line (`--api-key`), kept apart from the settings. */
export function engineSecretsFromFlags(values: Readonly<Record<string, unknown>>): Pick<EngineContext, 'apiKey'> {
  const key = values['api-key'];
  return typeof key === 'string' && key.trim() ? { apiKey: key.trim() } : {};
}

/** What the command line adds to creating an engine: the key and the request time limits, checked. */
export function engineContextFromFlags(values: Readonly<Record<string, unknown>>, command: string): Pick<EngineContext, 'apiKey' | 'timeouts'> {
  const timeouts: NonNullable<EngineContext['timeouts']> = {};
  for (const [limit, flag] of timeoutFlags) {
    const raw = values[flag];
    if (typeof raw !== 'string') continue;
    const ms = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(ms) || ms < 1) throw new InvalidInputError(`lce ${command}`, `--${flag} must be a whole number of milliseconds, at least 1, got "${raw}".`);
    timeouts[limit] = ms;
  }
  return { ...engineSecretsFromFlags(values), ...(Object.keys(timeouts).length > 0 ? { timeouts } : {}) };
}

/** CLI flags for `settings`: `['--engine', 'openai', '--base-url', …]` (never a key). */
export function engineSettingsToFlags(settings: EngineSettings): string[] {
  return ['--engine', settings.kind, ...printedFields(settings).flatMap(([f, v]) => [`--${f.flag}`, v])];
}

/** Builds the engine `settings` describe (checked first). Nothing is loaded until `engine.load()`. */
export async function createEngine(settings: EngineSettings, context: EngineContext = {}, spell: Spelling = PAGE_SPELLING): Promise<LlmEngine> {
  checkEngineSettings(settings, spell);
  return entryOf(settings).create(settings, context, spell);
}
