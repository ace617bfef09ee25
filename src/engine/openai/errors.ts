/**
 * Turns what fetch and a server say into sentences that tell the user what to fix — worded for
 * where they are read: the page (its settings fields, CORS, mixed content) or a terminal (flags;
 * a Node process has no CORS), so neither gets the other's advice.
 */
import { EngineRequestError, EngineUnavailableError } from '../../core/errors';

export const ENGINE_NAME = 'OpenAI-compatible server';

/** How sentences name the settings, for where they are read. */
export interface ServerWording {
  /** `page`: a browser tab (CORS applies); `terminal`: the command line. */
  audience: 'page' | 'terminal';
  /** How to name the base URL, the model and the key: "the Base URL" or "--base-url". */
  baseUrl: string;
  model: string;
  apiKey: string;
  /** How to say "allow longer" for each timeout (a flag), or null where it cannot be changed. */
  timeoutFlag: Record<TimeoutKind, string> | null;
}

export type TimeoutKind = 'connect' | 'first-token' | 'idle';

/** The page's wording: settings fields, CORS advice. */
export const PAGE_WORDING: ServerWording = { audience: 'page', baseUrl: 'the Base URL', model: 'the Model', apiKey: 'the API key', timeoutFlag: null };

const CORS_ADVICE =
  'If the server is running, let it accept this page\'s origin: llama.cpp\'s llama-server accepts any origin (check --host/--port); ' +
  'Ollama accepts only pages served from localhost unless OLLAMA_ORIGINS names this origin (or *); vLLM accepts any origin unless ' +
  '--allowed-origins was narrowed. An https page cannot call an http server (mixed content) except on localhost.';

/** What went wrong and what to do, kept apart so each error class joins them once. */
export interface Problem {
  reason: string;
  advice: string;
}

/** As an `EngineUnavailableError` (the server cannot be used at all). */
export function unavailable(p: Problem): EngineUnavailableError {
  return new EngineUnavailableError(ENGINE_NAME, p.reason, p.advice);
}

/** As an `EngineRequestError` (one request failed). */
export function requestFailed(p: Problem, status?: number): EngineRequestError {
  return new EngineRequestError(ENGINE_NAME, `${p.reason}. ${p.advice}`, status);
}

/** A fetch that never got an HTTP response: refused, unknown host, or (in a browser) CORS. */
export function unreachable(url: string, err: unknown, w: ServerWording): Problem {
  const code = causeCode(err);
  if (code === 'ECONNREFUSED') {
    return { reason: `nothing is listening at ${url} (connection refused)`, advice: `Start the server (llama-server, ollama serve or vllm serve) or correct ${w.baseUrl}.` };
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { reason: `the host of ${url} was not found`, advice: `Check ${w.baseUrl}.` };
  if (code !== null) return { reason: `could not reach ${url} (${code})`, advice: `Check that the server is running and that ${w.baseUrl} is right.` };
  if (w.audience === 'terminal') {
    return { reason: `could not reach ${url} (${innermostMessage(err)})`, advice: `Check that the server is running and that ${w.baseUrl} is right.` };
  }
  // Browsers report refused connections and CORS rejections as the same opaque TypeError.
  return {
    reason: `could not reach ${url} (${messageOf(err)}): the server is not running, the address is wrong, or it does not allow cross-origin requests`,
    advice: `Start the server and check ${w.baseUrl}. ${CORS_ADVICE}`,
  };
}

/** What the server serves, as far as its `/models` said: a 404 names them instead of guessing. */
export interface ServedModels {
  model: string;
  /** The ids `/models` listed, or null when it listed none or could not be read. */
  listed: readonly string[] | null;
}

/** An HTTP error status, with the server's own message when its body carries one. */
export async function httpProblem(url: string, res: Response, w: ServerWording, served?: ServedModels): Promise<Problem> {
  const body = await res.text().catch(() => '');
  const said = serverMessage(body).replace(/[.\s]+$/, '');
  const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} from ${url}`;
  const reason = said ? `${status}: ${said}` : status;
  return { reason, advice: httpAdvice(res.status, w, served) };
}

function httpAdvice(status: number, w: ServerWording, served?: ServedModels): string {
  if (status === 401 || status === 403) return `The server wants an API key: check ${w.apiKey}.`;
  if (status === 404) {
    const listed = served?.listed;
    if (served && listed && listed.length > 0 && !listed.includes(served.model)) {
      return `The server does not list "${served.model}"; it serves ${quoteList(listed)}. Give one of them as ${w.model}.`;
    }
    return `Check that ${w.baseUrl} ends with /v1 (or the server's OpenAI prefix) and that ${w.model} names a model the server serves.`;
  }
  if (status >= 500) return 'The server failed; its log says why.';
  return 'Check the server\'s log.';
}

/** The note for a model the server does not list (llama.cpp serves whatever it loaded under any name). */
export function unlistedNote(served: ServedModels, w: ServerWording): string | null {
  const { listed, model } = served;
  if (!listed || listed.length === 0 || listed.includes(model)) return null;
  return `the server lists ${quoteList(listed)}, not "${model}": llama.cpp answers to any name, other servers need one of the listed names as ${w.model}`;
}

const TIMEOUT_WHAT: Record<TimeoutKind, (url: string, s: string) => string> = {
  connect: (url, s) => `${url} sent no response within ${s} (the connection was open but the server did not answer)`,
  'first-token': (url, s) => `${url} answered but sent no token within ${s}`,
  idle: (url, s) => `the stream from ${url} stalled: nothing arrived for ${s}`,
};

const TIMEOUT_WHY: Record<TimeoutKind, string> = {
  connect: 'The server may be stuck or still loading the model; its log says which.',
  'first-token': 'The server may be busy with other requests or a long prompt, or stuck; its log says which.',
  idle: 'The server may be overloaded or stuck; its log says which.',
};

/** A request that ran out of time at one of its three stages. */
export function timedOut(kind: TimeoutKind, url: string, ms: number, w: ServerWording): Problem {
  const s = ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${ms} ms`;
  const longer = w.timeoutFlag ? ` To wait longer, raise ${w.timeoutFlag[kind]}.` : ' Try again once it has recovered.';
  return { reason: TIMEOUT_WHAT[kind](url, s), advice: `${TIMEOUT_WHY[kind]}${longer}` };
}

/** The error message inside an OpenAI, vLLM, llama.cpp or Ollama error body, if any. */
export function serverMessage(body: string): string {
  const trimmed = body.trim();
  if (trimmed === '') return '';
  try {
    const json = JSON.parse(trimmed) as Record<string, unknown>;
    const e = json.error;
    if (typeof e === 'string') return e;
    if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return (e as { message: string }).message;
    if (typeof json.message === 'string') return json.message;
    if (typeof json.detail === 'string') return json.detail;
  } catch {
    // Not JSON: fall through to the raw text.
  }
  return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed;
}

/** A stream the engine cannot read. */
export function malformedStream(url: string, detail: string, w: ServerWording = PAGE_WORDING): EngineRequestError {
  return requestFailed({ reason: `the response from ${url} is not a valid completion stream (${detail})`, advice: `Check that ${w.baseUrl} points at an OpenAI-compatible /v1 API.` });
}

function quoteList(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).map((id) => `"${id}"`);
  return ids.length > 5 ? `${shown.join(', ')} and ${ids.length - 5} more` : shown.join(', ');
}

function causeCode(err: unknown): string | null {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const errors = (e as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) e = errors[0];
    else e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** Node's fetch says only "fetch failed"; the reason ("bad port", …) is in its cause. */
function innermostMessage(err: unknown): string {
  let message = messageOf(err);
  for (let e: unknown = (err as { cause?: unknown } | null)?.cause, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    message = messageOf(e);
  }
  return message;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
