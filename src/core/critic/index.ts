/** The critic: does an answer match a reference? Rules, then symbolic (sympy), then an optional LLM judge. */
export { judgeByRules, ruleOutcome, goldAnswer, type RuleOptions } from './rules';
export { judge, llmVerdict, type JudgeOptions } from './judge';
export { createSympyChecker, symbolicProgram, SYMBOLIC_TIMEOUT_MS, type SymbolicChecker, type SymbolicPair } from './symbolic';
export { createLlmJudge, criticPrompt, judgeTurn, readYesNo, type LlmJudge } from './llm';
export type { Verdict, VerdictMethod } from './types';
