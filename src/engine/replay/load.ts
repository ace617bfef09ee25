/**
 * Reading the replay recordings (public/replay/: `index.json` plus one `<id>.json` each), the same
 * way wherever they come from — over HTTP in the page, from disk in the CLI. A reader supplies the
 * files; the index, the choice of one recording and the validation live here once.
 */
import { EngineUnavailableError, InvalidInputError } from '../../core/errors';
import { parseRecording, type Recording, type RecordingSummary } from './recording';

/** Where the recordings' files come from. */
export interface RecordingFiles {
  /** Reads one file (`index.json`, `<id>.json`) as JSON; throws a sentence if it cannot. */
  json(name: string): Promise<unknown>;
  /** How a file is named in an error (its URL or path). */
  where(name: string): string;
}

/** Every recording listed in the index, or only `recording`, validated. */
export async function loadRecordings(files: RecordingFiles, recording?: string): Promise<Recording[]> {
  const index = (await files.json('index.json')) as { recordings?: RecordingSummary[] } | null;
  const ids = (index?.recordings ?? []).map((r) => r.id);
  if (recording !== undefined && !ids.includes(recording)) {
    throw new InvalidInputError('Engine settings', `there is no recording "${recording}"; available: ${ids.join(', ')}`);
  }
  const wanted = recording !== undefined ? [recording] : ids;
  return Promise.all(wanted.map(async (id) => parseRecording(await files.json(`${encodeURIComponent(id)}.json`), files.where(`${id}.json`))));
}

/** The recordings served at `baseUrl` (public/replay/ next to the page, by default). */
export function recordingsOverHttp(baseUrl: string, doFetch: typeof fetch = (i, o) => globalThis.fetch(i, o)): RecordingFiles {
  const base = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`, (globalThis as { location?: { href: string } }).location?.href);
  const advice = 'Serve the app with its public/ folder, or rebuild the recordings with scripts/build-replay-demo.ts.';
  const where = (name: string) => new URL(name, base).href;
  return {
    where,
    async json(name) {
      const url = where(name);
      const res = await doFetch(url).catch((err: unknown) => {
        throw new EngineUnavailableError('replay', `the recordings at ${url} could not be fetched (${(err as Error).message})`, advice);
      });
      if (!res.ok) throw new EngineUnavailableError('replay', `the recordings at ${url} answered HTTP ${res.status}`, advice);
      return res.json();
    },
  };
}
