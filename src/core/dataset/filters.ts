/**
 * Which samples an export considers, before any format-specific choice (SFT keeps the correct
 * ones, pairs need both kinds…). Every filter works on the summary, so it costs nothing extra.
 */
import type { PromptFamily } from '../prompt';
import type { Method } from '../transcript';
import type { SampleSummary } from './summary';

export type VerdictFilter = 'correct' | 'wrong' | 'undecided';

export interface ExportFilters {
  verdicts?: readonly VerdictFilter[];
  methods?: readonly Method[];
  minRounds?: number;
  maxRounds?: number;
  /** Highest share of executed cells that raised an error (0 keeps only error-free transcripts). */
  maxCodeErrorRate?: number;
  /** Characters the model wrote (text and code). */
  minChars?: number;
  maxChars?: number;
  /** Exact model ids. */
  models?: readonly string[];
  /** Batch run ids (`Sample.runId`). */
  runs?: readonly string[];
  family?: PromptFamily;
  /**
   * Keep samples a cap or an abort cut short. Off by default: the template would end them with an
   * end-of-turn token the model never wrote, teaching it to stop mid-sentence.
   */
  includeUnfinished?: boolean;
}

function verdictName(v: boolean | null): VerdictFilter {
  return v === true ? 'correct' : v === false ? 'wrong' : 'undecided';
}

/** Why a summary is left out, or null when it passes. The reasons are counted in the report. */
export function filterOut(s: SampleSummary, f: ExportFilters): string | null {
  if (!f.includeUnfinished && !s.finished) return 'unfinished (stopped by a cap or an abort)';
  if (f.verdicts && !f.verdicts.includes(verdictName(s.verdict))) return 'verdict';
  if (f.methods && !f.methods.includes(s.method)) return 'method';
  if (f.minRounds !== undefined && s.rounds < f.minRounds) return 'rounds';
  if (f.maxRounds !== undefined && s.rounds > f.maxRounds) return 'rounds';
  if (f.maxCodeErrorRate !== undefined && (s.codeErrorRate ?? 0) > f.maxCodeErrorRate) return 'code-error rate';
  if (f.minChars !== undefined && s.chars < f.minChars) return 'length';
  if (f.maxChars !== undefined && s.chars > f.maxChars) return 'length';
  if (f.models && !f.models.includes(s.model)) return 'model';
  if (f.runs && (s.runId === undefined || !f.runs.includes(s.runId))) return 'run';
  if (f.family && s.family !== f.family) return 'family';
  return null;
}
