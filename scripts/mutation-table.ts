/**
 * The per-module table `npm run test:mutation` prints for BENCHMARKS.md, and its verdict on each
 * module's goal. A module whose files have not all been mutated gets no verdict: the score of the
 * files done so far is not the module's.
 */
import type { FileCoverage } from './mutation-files';
import type { ModuleSummary } from './mutation-report';

export const TABLE_HEAD = [
  '| Module | Files | Mutants | Killed | Timeout | Survived | No coverage | Equivalent | Not compiled | Score | Without equivalents |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];

/** What the run says of a module's goal. */
export type Verdict = 'not run' | 'partial' | 'no goal' | 'met' | 'missed';

/** `files`: null when the module has no results at all (its files were not counted). */
export function verdictOf(goal: number | null, s: ModuleSummary, files: FileCoverage | null): Verdict {
  if (s.mutants === 0) return 'not run';
  if (files === null || files.notRun.length > 0) return 'partial';
  if (goal === null) return 'no goal';
  return s.scoreWithoutEquivalents < goal ? 'missed' : 'met';
}

const count = (n: number) => n.toLocaleString('en-US');

/** One Markdown row of the table. */
export function tableRow(name: string, goal: number | null, s: ModuleSummary, files: FileCoverage | null): string {
  const verdict = verdictOf(goal, s, files);
  const goalText = goal === null ? '' : `goal ${goal} %`;
  if (verdict === 'not run') return `| ${name} | — | — | — | — | — | — | — | — | not run | not run${goal === null ? '' : ` (${goalText})`} |`;
  const filesCell = files === null ? '?' : `${files.withResults} of ${files.total}`;
  const left = files?.notRun ?? [];
  const note =
    verdict === 'partial'
      ? ` (partial: ${count(left.length)} file${left.length === 1 ? '' : 's'} with ${count(left.reduce((sum, f) => sum + f.mutants, 0))} mutants not run${goal === null ? '' : `; ${goalText} not judged`})`
      : verdict === 'missed'
        ? ` (${goalText}: missed)`
        : verdict === 'met'
          ? ` (${goalText})`
          : '';
  return `| ${name} | ${filesCell} | ${s.mutants} | ${s.killed} | ${s.timeout} | ${s.survived} | ${s.noCoverage} | ${s.equivalent} | ${s.invalid} | ${s.score} % | ${s.scoreWithoutEquivalents} %${note} |`;
}
