/**
 * Reads an untrusted value (a JSONL line, a stored record from another browser) as a `Sample`, or
 * says what is wrong with it. Only the fields exports use are checked, and strictly: a record that
 * would put a wrong type into a training file is refused with a reason, never half-exported.
 */
import type { BlockType, Method } from '../transcript';
import { METHODS } from '../transcript';
import { SAMPLE_SCHEMA_VERSION, type Sample } from './sample';
import { upgradeSample } from './sample-upgrade';

/** A usable sample, or the sentence that says why the record was left out. */
export type ParsedSample = { kind: 'sample'; sample: Sample } | { kind: 'invalid'; reason: string };

const BLOCK_TYPES: readonly BlockType[] = ['text', 'code', 'output', 'error'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function blockProblem(blocks: unknown): string | null {
  if (!Array.isArray(blocks)) return '"blocks" is not a list';
  for (let i = 0; i < blocks.length; i++) {
    const b: unknown = blocks[i];
    if (!isObject(b) || !BLOCK_TYPES.includes(b.type as BlockType) || typeof b.content !== 'string') {
      return `block ${i} is not {type: text|code|output|error, content: string}`;
    }
  }
  return null;
}

function verdictProblem(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (!isObject(v) || !(v.equal === true || v.equal === false || v.equal === null)) return '"verdict" must be null or {equal: true|false|null, …}';
  return null;
}

/** Checks one record; `where` (e.g. "line 12") is not part of the reason, the caller adds it. */
export function parseSample(raw: unknown): ParsedSample {
  const invalid = (reason: string): ParsedSample => ({ kind: 'invalid', reason });
  if (!isObject(raw)) return invalid('not a JSON object');
  // A sample written by an earlier version (another browser, an older `lce collect`) is read in
  // today's shape; one from a newer version is refused rather than guessed at.
  if (raw.schema !== SAMPLE_SCHEMA_VERSION) {
    const upgraded = upgradeSample(raw);
    if (upgraded.kind === 'newer') return invalid(`written by a newer version (schema ${upgraded.version}); update the playground`);
    if (upgraded.kind === 'invalid') return invalid(`not a sample record (${upgraded.reason})`);
    return parseSample(upgraded.sample);
  }
  const value = raw;
  if (typeof value.id !== 'string' || value.id === '') return invalid('"id" must be a non-empty string');
  const problem = value.problem;
  if (!isObject(problem) || typeof problem.question !== 'string' || typeof problem.id !== 'string') return invalid('"problem" must have string "id" and "question"');
  if (problem.reference !== undefined && typeof problem.reference !== 'string') return invalid('"problem.reference" must be a string');
  if (problem.source !== undefined && typeof problem.source !== 'string') return invalid('"problem.source" must be a string');
  if (!METHODS.includes(value.method as Method)) return invalid(`"method" must be one of ${METHODS.join(', ')}`);
  const engine = value.engine;
  if (!isObject(engine) || typeof engine.model !== 'string' || typeof engine.kind !== 'string') return invalid('"engine" must have string "kind" and "model"');
  if (engine.family !== undefined && typeof engine.family !== 'string') return invalid('"engine.family" must be a string');
  const blocks = blockProblem(value.blocks);
  if (blocks) return invalid(blocks);
  const verdict = verdictProblem(value.verdict);
  if (verdict) return invalid(verdict);
  if (!Number.isInteger(value.rounds) || (value.rounds as number) < 0) return invalid('"rounds" must be a whole number');
  if (typeof value.stopReason !== 'string') return invalid('"stopReason" must be a string');
  if (value.answer !== null && value.answer !== undefined && typeof value.answer !== 'string') return invalid('"answer" must be a string or null');
  if (value.logprob !== undefined && !isFiniteNumber(value.logprob)) return invalid('"logprob" must be a finite number');
  if (value.runId !== undefined && typeof value.runId !== 'string') return invalid('"runId" must be a string');
  if (value.parentId !== undefined && typeof value.parentId !== 'string') return invalid('"parentId" must be a string');
  if (typeof value.createdAt !== 'string') return invalid('"createdAt" must be a string');
  for (const key of ['sampling', 'caps', 'software'] as const) {
    if (value[key] !== undefined && !isObject(value[key])) return invalid(`"${key}" must be an object`);
  }
  const strategy = value.strategy;
  if (strategy !== undefined && (!isObject(strategy) || !['cot', 'code', 'unknown'].includes(strategy.chosen as string) || typeof strategy.switched !== 'boolean')) {
    return invalid('"strategy" must be {chosen: cot|code|unknown, switched: boolean, …}');
  }
  const usage = value.usage;
  if (usage !== undefined && (!isObject(usage) || !isFiniteNumber(usage.completionTokens))) return invalid('"usage.completionTokens" must be a number');
  return { kind: 'sample', sample: value as unknown as Sample };
}

