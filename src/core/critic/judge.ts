/** The full critic: rules, then sympy for what they leave uncertain, then the optional LLM judge. */
import { toSympy } from './ast';
import type { LlmJudge } from './llm';
import { goldAnswer, safeRuleOutcome, type RuleOptions } from './rules';
import type { SymbolicChecker } from './symbolic';
import type { Verdict } from './types';
import { extractAnswer } from '../answer';
import { isAbortError } from '../errors';

/** Engines the critic may use; every one is optional. */
export interface JudgeOptions extends RuleOptions {
  symbolic?: SymbolicChecker | null;
  llm?: LlmJudge | null;
  /** Bound for the symbolic check of one pair. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Judges `pred` (an answer or a whole response) against the reference `gold`. */
export async function judge(pred: string, gold: string, options: JudgeOptions = {}): Promise<Verdict> {
  const out = safeRuleOutcome(pred, gold, options);
  let verdict: Verdict = { equal: out.equal, method: out.method, reason: out.reason };
  const uncertain = out.equal === null || out.method === 'numeric' || out.method === 'structure';
  if (options.symbolic && out.confirm && out.confirm.length > 0 && uncertain) {
    const pairs = out.confirm.map((c) => ({ a: toSympy(c.a), b: toSympy(c.b), mode: c.mode }));
    let results: (boolean | null)[] = pairs.map(() => null);
    try {
      results = await options.symbolic.check(pairs, { timeoutMs: options.timeoutMs, ...(options.signal ? { signal: options.signal } : {}) });
    } catch (err) {
      if (isAbortError(err)) throw err;
      // A broken sandbox leaves the rules' verdict standing.
    }
    if (results.some((r) => r === false)) verdict = { equal: false, method: 'symbolic', reason: 'sympy finds the expressions different.' };
    else if (results.every((r) => r === true)) verdict = { equal: true, method: 'symbolic', reason: 'sympy proves the expressions equal.' };
  }
  if (verdict.equal === null && options.llm) verdict = (await llmVerdict(pred, gold, options.llm, options)) ?? verdict;
  return verdict;
}

/** The optional LLM judge's verdict on a pair (SIaM's critic prompt); null when its reply is not a clear YES or NO. */
export async function llmVerdict(pred: string, gold: string, llm: LlmJudge, options: { question?: string; signal?: AbortSignal } = {}): Promise<Verdict | null> {
  const result = extractAnswer(pred).answer ?? pred;
  const said = await llm.decide({ question: options.question, reference: goldAnswer(gold), result, ...(options.signal ? { signal: options.signal } : {}) });
  return said === null ? null : { equal: said, method: 'llm', reason: `The language model judge said ${said ? 'YES' : 'NO'}.` };
}
