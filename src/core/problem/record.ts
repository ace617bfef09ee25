/**
 * Turns one record of a public problem set into a `Problem`. Field names differ per set
 * (GSM8K `question`/`answer` with "#### 42", MATH `problem`/`solution` with \boxed, SVAMP
 * `Body`+`Question`/`Answer`, AIME/AMC `problem`/`answer`, Gaokao `question`/`answer`), so without a
 * user mapping the fields are found by the first name present, in a fixed order.
 */
import { extractAnswer } from '../answer';
import type { FieldMapping, Problem, ReferenceFormat } from './types';

export type RecordOutcome = { kind: 'ok'; problem: Problem } | { kind: 'invalid'; reason: string };

export const QUESTION_FIELDS = ['question', 'problem', 'Question', 'query', 'prompt', 'input'] as const;
export const ANSWER_FIELDS = ['answer', 'Answer', 'final_answer', 'reference', 'gt', 'target', 'label'] as const;
const ID_FIELDS = ['id', 'ID', 'unique_id', 'idx', 'index'] as const;

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** The field's text: strings as they are, finite numbers written out (unless `textOnly`); otherwise why not. */
function textOf(v: unknown, textOnly = false): { text: string } | { wrong: string } | null {
  if (v === undefined || v === '' || (typeof v === 'string' && v.trim() === '')) return null;
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number' && Number.isFinite(v) && !textOnly) return { text: String(v) };
  return { wrong: typeName(v) };
}

/** The first field of `fields` with text, or the first that has a value of the wrong type. */
function firstText(rec: Record<string, unknown>, fields: readonly string[], textOnly = false): { field: string; text: string } | { field: string; wrong: string } | null {
  let wrong: { field: string; wrong: string } | null = null;
  for (const field of fields) {
    const t = textOf(rec[field], textOnly);
    if (t && 'text' in t) return { field, text: t.text };
    if (t && !wrong) wrong = { field, wrong: t.wrong };
  }
  return wrong;
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

function lastBoxed(text: string): string | undefined {
  const extracted = extractAnswer(text);
  return extracted.source === 'boxed' && extracted.answer ? extracted.answer : undefined;
}

/** Reads a reference written as `format` (`auto`: after ####, else the last \boxed{}, else as is); undefined when that format finds nothing. */
function readReference(raw: string, format: ReferenceFormat): string | undefined {
  const final =
    format === 'plain' ? raw.trim()
    : format === 'gsm8k' ? gsm8kFinal(raw)
    : format === 'boxed' ? lastBoxed(raw)
    : (gsm8kFinal(raw) ?? lastBoxed(raw) ?? raw.trim());
  return final === undefined ? undefined : tidyNumber(final.replace(/^\$(.*)\$$/s, '$1').trim());
}

type Reference = { ok: string | undefined } | { invalid: string };

function autoReference(rec: Record<string, unknown>): Reference {
  const answer = firstText(rec, ANSWER_FIELDS);
  if (answer && 'wrong' in answer) return { invalid: `${answer.field} is ${answer.wrong}, expected text or a number` };
  if (answer) return { ok: readReference(answer.text, 'auto') };
  const solution = textOf(rec.solution);
  return { ok: solution && 'text' in solution ? lastBoxed(solution.text) : undefined };
}

function mappedReference(rec: Record<string, unknown>, mapping: FieldMapping): Reference {
  if (!mapping.reference) return { ok: undefined };
  const t = textOf(rec[mapping.reference]);
  if (t && 'wrong' in t) return { invalid: `${mapping.reference} is ${t.wrong}, expected text or a number` };
  if (!t) return { ok: undefined };
  const format = mapping.referenceFormat ?? 'auto';
  const ref = readReference(t.text, format);
  if (ref === undefined) return { invalid: `no ${format === 'gsm8k' ? '"#### answer"' : '\\boxed{} answer'} in ${mapping.reference}` };
  return { ok: ref };
}

function question(rec: Record<string, unknown>, mapping: FieldMapping | undefined): { text: string } | { invalid: string } {
  if (mapping) {
    const fields = Array.isArray(mapping.question) ? mapping.question : [mapping.question];
    const parts: string[] = [];
    for (const f of fields) {
      const t = textOf(rec[f], true);
      if (t && 'wrong' in t) return { invalid: `${f} is ${t.wrong}, expected text` };
      if (t) parts.push(t.text.trim());
    }
    return parts.length > 0 ? { text: parts.join(' ') } : { invalid: `no text in ${fields.join(' or ')}` };
  }
  const q = firstText(rec, QUESTION_FIELDS, true);
  if (!q) return { invalid: `no question field (looked for ${QUESTION_FIELDS.join(', ')})` };
  if ('wrong' in q) return { invalid: `${q.field} is ${q.wrong}, expected text` };
  // SVAMP splits the story (Body) from the question sentence (Question).
  const body = typeof rec.Body === 'string' ? rec.Body.trim() : '';
  return { text: body ? `${body.replace(/[.\s]*$/, '.')} ${q.text.trim()}` : q.text };
}

/** Maps a record to a Problem, or says what is wrong with it. `index` numbers records from 0 (the id when it has none). */
export function problemFromRecord(rec: unknown, source: string, index: number, mapping?: FieldMapping): RecordOutcome {
  if (typeof rec !== 'object' || rec === null || Array.isArray(rec)) {
    return { kind: 'invalid', reason: `expected an object with a question, got ${typeName(rec)}` };
  }
  const r = rec as Record<string, unknown>;
  const q = question(r, mapping);
  if ('invalid' in q) return { kind: 'invalid', reason: q.invalid };
  const reference = mapping ? mappedReference(r, mapping) : autoReference(r);
  if ('invalid' in reference) return { kind: 'invalid', reason: reference.invalid };
  const idField = mapping?.id ? textOf(r[mapping.id]) : firstText(r, ID_FIELDS);
  const id = idField && 'text' in idField ? idField.text : String(index);
  const problem: Problem = { id: `${source}#${id}`, question: q.text.trim(), source };
  if (reference.ok !== undefined) problem.reference = reference.ok;
  return { kind: 'ok', problem };
}

/** The dataset shape a record looks like, for the import summary (mapping is by field, per record). */
export function shapeOf(rec: Record<string, unknown>): string {
  const has = (k: string) => rec[k] !== undefined;
  if (has('Body') && has('Question')) return 'svamp';
  if (has('problem') && has('solution') && !has('answer')) return 'math';
  if (has('question') && typeof rec.answer === 'string' && rec.answer.includes('####')) return 'gsm8k';
  if ((has('question') || has('problem')) && has('answer')) return 'qa';
  return 'generic';
}
