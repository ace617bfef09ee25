/**
 * Which recording a replay plays, from what a user typed. A recorded question is matched the way a
 * person reads it, not byte for byte: a double space, a typographic apostrophe (Janet’s) or a
 * capital a shell or a text box changed does not make it another question. When nothing matches,
 * the nearest recorded questions are offered whole, with their ids.
 */
import type { Method } from '../../core/transcript';
import type { RecordingSummary } from './recording';

/** A question as matching compares it: compatibility forms, straight quotes and dashes, one space, lower case. */
export function questionKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** What `pickRecording` found. */
export type RecordingPick<R extends RecordingSummary> =
  | { kind: 'found'; recording: R }
  /** No recording has that id. */
  | { kind: 'unknown-id'; id: string; ids: string[] }
  /** The recording named by id answers another question than the one given. */
  | { kind: 'id-question-mismatch'; recording: R }
  /** No recording has that question; the nearest ones, best first. */
  | { kind: 'not-recorded'; nearest: R[] }
  /** The question was recorded, but only with other methods. */
  | { kind: 'other-method'; method: Method; recorded: R[] }
  /** Neither a question nor an id was given. */
  | { kind: 'nothing-asked' };

/** Words of a question, for ranking near misses. */
function words(text: string): Set<string> {
  return new Set(questionKey(text).match(/[a-z0-9]+/g) ?? []);
}

function similarity(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
}

/** The `count` recordings whose questions share the most words with `question`. */
export function nearestRecordings<R extends RecordingSummary>(recordings: readonly R[], question: string, count = 3): R[] {
  const asked = words(question);
  return recordings
    .map((r) => ({ r, score: similarity(asked, words(r.question)) }))
    .sort((x, y) => y.score - x.score)
    .slice(0, count)
    .map((x) => x.r);
}

/**
 * The recording to play for `question` and/or `id` with `method`. A recording made with another
 * method is not played in its place: a chain of thought replayed as an LCE solution is not one.
 */
export function pickRecording<R extends RecordingSummary>(recordings: readonly R[], asked: { question?: string; id?: string; method: Method }): RecordingPick<R> {
  const { question, id, method } = asked;
  let pool: readonly R[] = recordings;
  if (id !== undefined) {
    const byId = recordings.find((r) => r.id === id);
    if (!byId) return { kind: 'unknown-id', id, ids: recordings.map((r) => r.id) };
    if (question !== undefined && questionKey(question) !== questionKey(byId.question)) return { kind: 'id-question-mismatch', recording: byId };
    pool = [byId];
  } else if (question === undefined || questionKey(question) === '') {
    return { kind: 'nothing-asked' };
  } else {
    const key = questionKey(question);
    pool = recordings.filter((r) => questionKey(r.question) === key);
    if (pool.length === 0) return { kind: 'not-recorded', nearest: nearestRecordings(recordings, question) };
  }
  const right = pool.find((r) => r.method === method);
  return right ? { kind: 'found', recording: right } : { kind: 'other-method', method, recorded: [...pool] };
}
