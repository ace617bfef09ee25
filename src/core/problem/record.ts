/**
 * Turns one record of a public problem set into a `Problem`. Field names differ per set
 * (GSM8K `question`/`answer` with "#### 42", MATH `problem`/`solution` with \boxed, SVAMP
 * `Body`+`Question`/`Answer`, AIME/AMC `problem`/`answer`, Gaokao `question`/`answer`), so the
 * mapping is by the first field present, in a fixed order.
 */
import { extractAnswer } from '../answer';
import type { Problem } from './types';

export type RecordOutcome = { kind: 'ok'; problem: Problem } | { kind: 'invalid'; reason: string };

/** Field names a question may have, in the order they are looked for. */
export const QUESTION_FIELDS = ['question', 'problem', 'Question', 'query', 'prompt', 'input'] as const;
const ANSWER_FIELDS = ['answer', 'Answer', 'final_answer', 'reference', 'gt', 'target', 'label'] as const;
const ID_FIELDS = ['id', 'ID', 'unique_id', 'idx', 'index'] as const;

function firstString(rec: Record<string, unknown>, fields: readonly string[]): string | undefined {
  for (const f of fields) {
    const v = rec[f];
    if (typeof v === 'string' && v.trim() !== '') return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

/** GSM8K puts the final answer after "####" at the end of a worked solution. */
function gsm8kFinal(answer: string): string | undefined {
  const at = answer.lastIndexOf('####');
  return at === -1 ? undefined : answer.slice(at + 4).trim();
}

/** SVAMP and AMC store integers as floats (145.0); the exact integer is the honest reference. */
function tidyNumber(ref: string): string {
  return /^-?\d+\.0+$/.test(ref) ? ref.replace(/\.0+$/, '') : ref;
}

function referenceOf(rec: Record<string, unknown>): string | undefined {
  const answer = firstString(rec, ANSWER_FIELDS);
  if (answer !== undefined) {
    const final = gsm8kFinal(answer) ?? answer.trim();
    return tidyNumber(final.replace(/^\$(.*)\$$/s, '$1').trim());
  }
  const solution = typeof rec.solution === 'string' ? rec.solution : undefined;
  if (solution) {
    const extracted = extractAnswer(solution);
    if (extracted.source === 'boxed' && extracted.answer) return extracted.answer;
  }
  return undefined;
}

/** Maps a record to a Problem, or says which field is missing. `index` numbers records from 0. */
export function problemFromRecord(rec: unknown, source: string, index: number): RecordOutcome {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
    return { kind: 'invalid', reason: 'expected an object with a question' };
  }
  const r = rec as Record<string, unknown>;
  let question = firstString(r, QUESTION_FIELDS);
  if (question === undefined) {
    return { kind: 'invalid', reason: `no question field (looked for ${QUESTION_FIELDS.join(', ')})` };
  }
  // SVAMP splits the story (Body) from the question sentence (Question).
  const body = typeof r.Body === 'string' ? r.Body.trim() : '';
  if (body) question = `${body.replace(/[.\s]*$/, '.')} ${question.trim()}`;
  const id = firstString(r, ID_FIELDS) ?? String(index);
  const reference = referenceOf(r);
  const problem: Problem = { id: `${source}#${id}`, question: question.trim(), source };
  if (reference !== undefined) problem.reference = reference;
  return { kind: 'ok', problem };
}
