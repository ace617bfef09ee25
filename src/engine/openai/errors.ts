/** Turns what fetch and a server say into sentences that tell the user what to fix. */
import { EngineRequestError, EngineUnavailableError } from '../../core/errors';

export const ENGINE_NAME = 'OpenAI-compatible server';

const CORS_ADVICE =
  'If the server is running, allow this page\'s origin: llama.cpp\'s llama-server sends CORS headers by default ' +
  '(check --host/--port), Ollama needs OLLAMA_ORIGINS=* (or this origin) in its environment, vLLM needs ' +
  '--allowed-origins \'["*"]\'. An https page cannot call an http server (mixed content) except on localhost.';

/** A fetch that never got an HTTP response: refused, unknown host, or (in a browser) CORS. */
export function unreachableError(url: string, err: unknown, asUnavailable: boolean): Error {
  const code = causeCode(err);
  let reason: string;
  let advice: string;
  if (code === 'ECONNREFUSED') {
    reason = `nothing is listening at ${url} (connection refused)`;
    advice = 'Start the server (e.g. llama-server, ollama serve, vllm serve) or correct the base URL.';
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    reason = `the host of ${url} was not found`;
    advice = 'Check the base URL.';
  } else if (code !== null) {
    reason = `could not reach ${url} (${code})`;
    advice = 'Check that the server is running and the base URL is right.';
  } else {
    // Browsers report refused connections and CORS rejections as the same opaque TypeError.
    reason = `could not reach ${url} (${messageOf(err)}): the server is not running, the address is wrong, or it does not allow cross-origin requests`;
    advice = `Start the server and check the base URL. ${CORS_ADVICE}`;
  }
  return asUnavailable ? new EngineUnavailableError(ENGINE_NAME, reason, advice) : new EngineRequestError(ENGINE_NAME, `${reason}. ${advice}`);
}

/** An HTTP error status, with the server's own message when its body carries one. */
export async function httpError(url: string, res: Response): Promise<EngineRequestError> {
  const body = await res.text().catch(() => '');
  const said = serverMessage(body);
  const hint =
    res.status === 401 || res.status === 403
      ? ' Check the API key.'
      : res.status === 404
        ? ' Check that the base URL ends with /v1 (or the server\'s OpenAI prefix) and that the model name exists.'
        : '';
  const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} from ${url}`;
  return new EngineRequestError(ENGINE_NAME, `${status}${said ? `: ${said}` : ''}.${hint}`, res.status);
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
export function malformedStream(url: string, detail: string): EngineRequestError {
  return new EngineRequestError(
    ENGINE_NAME,
    `the response from ${url} is not a valid completion stream (${detail}). Check that the base URL points at an OpenAI-compatible /v1 API.`,
  );
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

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
