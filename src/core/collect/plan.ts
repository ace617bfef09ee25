/**
 * The plan of a run: every (problem, method, attempt) it will make, each with a deterministic id
 * and seed. Determinism is what makes resuming safe: a reloaded tab or a rerun command computes the
 * same ids, skips the stored ones, and can never write one twice.
 */
import { METHODS, type Method } from '../transcript';
import type { Problem } from '../problem/types';
import type { ModelTag, PlannedSample, RunSpec } from './types';

/** Most attempts per problem and method a run accepts (pass@k beyond this is not a playground's job). */
export const MAX_K = 1024;

const RUN_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * `runId/problemId/method/attempt`. The method and attempt never contain `/` and the run id never
 * does, so the id reads back unambiguously from both ends even when a problem id has slashes.
 */
export function sampleIdOf(runId: string, problemId: string, method: Method, attempt: number): string {
  return `${runId}/${problemId}/${method}/${attempt}`;
}

/** The parts of a sample id made by `sampleIdOf`, or null for any other id. */
export function parseSampleId(id: string): { runId: string; problemId: string; method: Method; attempt: number } | null {
  const first = id.indexOf('/');
  const last = id.lastIndexOf('/');
  const beforeLast = id.lastIndexOf('/', last - 1);
  if (first <= 0 || beforeLast <= first + 1) return null;
  const method = id.slice(beforeLast + 1, last) as Method;
  const attempt = Number(id.slice(last + 1));
  if (!METHODS.includes(method) || !Number.isInteger(attempt) || attempt < 0 || String(attempt) !== id.slice(last + 1)) return null;
  return { runId: id.slice(0, first), problemId: id.slice(first + 1, beforeLast), method, attempt };
}

/** 32-bit FNV-1a: small, stable across runtimes, good enough to spread seeds. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The seed of one attempt: a function of the base seed and the attempt's identity, not of its
 * position, so reordering or growing a problem set leaves every other attempt's seed unchanged.
 */
export function seedFor(base: number, problemId: string, method: Method, attempt: number): number {
  return fnv1a(`${base}|${problemId}|${method}|${attempt}`) & 0x7fffffff;
}

/** The key runs are grouped by when model versions are compared. */
export function modelKey(tag: ModelTag): string {
  return [tag.engine, tag.id, tag.quantization ?? '', tag.url ?? ''].join('|');
}

/** A sentence saying what is wrong with a run before it starts, or null when it can run. */
export function checkRun(spec: RunSpec, problems: readonly Problem[]): string | null {
  if (!RUN_ID.test(spec.id)) return `The run id "${spec.id}" must be 1–64 letters, digits, ".", "-" or "_".`;
  if (spec.methods.length === 0) return 'Choose at least one method.';
  const unknown = spec.methods.find((m) => !METHODS.includes(m));
  if (unknown) return `Unknown method "${unknown}"; use ${METHODS.join(', ')}.`;
  if (new Set(spec.methods).size !== spec.methods.length) return 'Each method may be chosen once.';
  if (!Number.isInteger(spec.k) || spec.k < 1 || spec.k > MAX_K) return `k must be a whole number from 1 to ${MAX_K}, got ${spec.k}.`;
  const { temperature, topP, seed } = spec.sampling;
  if (!(temperature >= 0 && temperature <= 2)) return `Temperature must be between 0 and 2, got ${temperature}.`;
  if (!(topP > 0 && topP <= 1)) return `Top-p must be above 0 and at most 1, got ${topP}.`;
  if (!Number.isSafeInteger(seed)) return `The seed must be a whole number, got ${seed}.`;
  for (const [cap, v] of Object.entries(spec.caps)) {
    if (!Number.isInteger(v) || v < 1) return `The cap ${cap} must be a whole number of at least 1, got ${String(v)}.`;
  }
  if (problems.length === 0) return 'The problem set is empty.';
  const seen = new Set<string>();
  for (const p of problems) {
    if (seen.has(p.id)) return `The problem id "${p.id}" appears twice; re-import the set so duplicates are merged.`;
    seen.add(p.id);
  }
  return null;
}

/**
 * Every attempt of the run, problem by problem: all methods and attempts of one problem come
 * before the next problem, so a run stopped early still has complete k-sets (pass@k, maj@k) and
 * compares methods on the same problems.
 */
export function planRun(spec: RunSpec, problems: readonly Problem[]): PlannedSample[] {
  const plan: PlannedSample[] = [];
  for (const problem of problems) {
    for (let attempt = 0; attempt < spec.k; attempt++) {
      for (const method of spec.methods) {
        plan.push({
          id: sampleIdOf(spec.id, problem.id, method, attempt),
          problem,
          method,
          attempt,
          seed: seedFor(spec.sampling.seed, problem.id, method, attempt),
        });
      }
    }
  }
  return plan;
}
