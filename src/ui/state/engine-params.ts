/**
 * Engine settings as URL parameters (`?engine=openai&baseUrl=…&model=…`, `?engine=webllm&model=…`,
 * `?engine=replay`): the same strings live in the address bar, the picker and share links.
 */
export type EngineParams = Record<string, string>;

/** Parameters that are not engine settings and never reach the engine factory. */
const APP_PARAMS = new Set(['method', 'compare', 'step']);

/** The engine part of a query string. */
export function readEngineParams(search: string | URLSearchParams): EngineParams {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out: EngineParams = {};
  for (const [k, v] of params) if (!APP_PARAMS.has(k)) out[k] = v;
  return out;
}

/** A stable key: two equal settings give the same engine instance. */
export function engineKey(params: EngineParams): string {
  return JSON.stringify(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));
}

/** The kind of engine the parameters select (replay when none is named). */
export function engineKind(params: EngineParams): string {
  return params.engine ?? 'replay';
}
