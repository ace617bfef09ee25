/** The few numbers of a sample that progress, results and the Data view need, read from the record. */
import type { Sample } from '../dataset/sample';
import type { Verdict } from '../critic';
import type { Block } from '../transcript';
import type { SampleOutcome, VerdictKey } from './types';

/** Longest answer kept in an outcome: enough to vote on, small enough to list 100k of. */
export const OUTCOME_ANSWER_CHARS = 200;

/** The verdict as an indexable key: `unjudged` when there was nothing to judge against. */
export function verdictKey(verdict: Verdict | null): VerdictKey {
  if (verdict === null) return 'unjudged';
  if (verdict.equal === true) return 'correct';
  if (verdict.equal === false) return 'wrong';
  return 'undecided';
}

/**
 * Whether a cell's result block is an error. The block's own type says so today; a typed error on
 * the block (`error: { type }`, kept as data so a timeout stays a timeout) counts too when present.
 */
function isErrorResult(block: Block): boolean {
  return block.type === 'error' || (block as { error?: unknown }).error != null;
}

/** Code cells that ran (a code block followed by its result) and how many of them failed. */
export function countCells(blocks: readonly Block[]): { cells: number; errors: number } {
  let cells = 0;
  let errors = 0;
  for (let i = 0; i < blocks.length - 1; i++) {
    const next = blocks[i + 1]!;
    if (blocks[i]!.type !== 'code' || (next.type !== 'output' && next.type !== 'error')) continue;
    cells++;
    if (isErrorResult(next)) errors++;
  }
  return { cells, errors };
}

/** What the model wrote itself: text and code, not the execution output the loop fed back. */
export function responseChars(blocks: readonly Block[]): number {
  return blocks.reduce((n, b) => (b.type === 'text' || b.type === 'code' ? n + b.content.length : n), 0);
}

/** The outcome of a stored sample. `model` is the `modelKey` of the run's model tag. */
export function outcomeOf(sample: Sample, model: string): SampleOutcome {
  const { cells, errors } = countCells(sample.blocks);
  return {
    id: sample.id,
    runId: sample.runId ?? null,
    problemId: sample.problem.id,
    method: sample.method,
    attempt: sample.attempt ?? null,
    model,
    verdict: verdictKey(sample.verdict),
    answer: sample.answer === null ? null : sample.answer.slice(0, OUTCOME_ANSWER_CHARS),
    rounds: sample.rounds,
    cells,
    codeErrors: errors,
    promptTokens: sample.usage.promptTokens,
    completionTokens: sample.usage.completionTokens,
    responseChars: responseChars(sample.blocks),
    stopReason: sample.stopReason,
    createdAt: sample.createdAt,
  };
}
