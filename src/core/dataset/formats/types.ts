/** What one export format is: how its records are planned and rendered, and what it ships with. */
import type { Sample } from '../sample';
import type { SampleSummary } from '../summary';
import type { PlannedRecord } from '../plan';

/** Which planner builds a format's records. */
export type Planner = 'accepted' | 'labelled' | 'pairs' | 'autocode';

/** Gives the loaded sample behind a summary. */
export type SampleLookup = (summary: SampleSummary) => Sample;

/** A companion file a format ships beside its records (e.g. LLaMA-Factory's dataset_info.json). */
export interface CompanionFile {
  name: string;
  content: string;
}

export interface ExportFormat {
  id: string;
  /** Short name for menus and the card, e.g. "TRL DPO". */
  label: string;
  /** One sentence for --help and the export view. */
  description: string;
  planner: Planner;
  /**
   * Rows are rendered by this project's chat template: the export ships it and needs samples of
   * one prompt family.
   */
  usesTemplate: boolean;
  /** Rows cannot carry sample ids (the format forbids extra keys): ids go to a `.ids.jsonl` sidecar. */
  idsSidecar: boolean;
  /** What carries loss and what does not, for the card. */
  lossNote: string;
  /** One JSON row for a record. */
  render(record: PlannedRecord, sample: SampleLookup): Record<string, unknown>;
  /** The sample ids (and prompt id) a row is made of, for the sidecar or the report. */
  trace(record: PlannedRecord): { sample_ids: string[]; prompt_id?: string; problem_key?: string };
  /** Companion files, given the export's stem (e.g. a dataset name) and the split files written. */
  companions?(files: { stem: string; train: string; eval?: string }): CompanionFile[];
}
