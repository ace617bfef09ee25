/** What one comparison concludes: YES / NO / undecided, what decided it, and pairs sympy may re-check. */
import type { Node } from './ast';
import type { VerdictMethod } from './types';
import type { Value } from './value';

/** A pair for the symbolic stage: equal values, or equations equal up to a constant factor. */
export interface Check {
  a: Node;
  b: Node;
  mode: 'equal' | 'proportional' | 'positive' | 'all-positive';
}

/** A comparison result; `confirm` asks the symbolic stage to settle a probabilistic verdict. */
export interface Outcome {
  equal: boolean | null;
  method: VerdictMethod;
  reason: string;
  /** Pairs the symbolic stage should check to confirm or overturn this outcome. */
  confirm?: Check[];
}

/** A YES decided by `method`. */
export const yes = (method: VerdictMethod, reason: string, confirm?: Check[]): Outcome => ({ equal: true, method, reason, confirm });
/** A NO decided by `method`. */
export const no = (method: VerdictMethod, reason: string, confirm?: Check[]): Outcome => ({ equal: false, method, reason, confirm });
/** The rules cannot decide; `reason` says why (the UI shows it and offers the LLM judge). */
export const undecided = (reason: string, confirm?: Check[]): Outcome => ({ equal: null, method: 'none', reason, confirm });

/** What the comparison may know about the question. */
export interface CompareContext {
  /** The question asks for a point, ordered pair, coordinates or vector (not an interval). */
  wantsPoint: boolean;
  /** False when a question is known and never mentions percent: then `80%` can only mean 0.8. */
  percentQuestion?: boolean;
  /** The question fixes the order of a list of answers (sorted, a sequence, labelled parts). */
  ordered?: boolean;
  /** The question is about quadrants: a bare `I, II` names quadrants. */
  quadrants?: boolean;
  /** The question itself, for rules that depend on what it asks. */
  question?: string;
}

/** The full comparison of two parsed answers, passed into the structure comparisons that recurse into items. */
export type CompareFn = (p: Value, g: Value, ctx: CompareContext) => Outcome;

/** A text quoted in a reason, cut to 24 characters. */
export function clip(s: string): string {
  return s.length > 24 ? s.slice(0, 23) + '…' : s;
}
