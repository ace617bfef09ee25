/** A math problem, as imported from a problem set or typed by the user. */
export interface Problem {
  id: string;
  question: string;
  /** Reference answer in any format the critic reads (LaTeX, fraction, set, interval…). */
  reference?: string;
  /** Where the problem came from, e.g. `gsm8k/test#12`. */
  source?: string;
}

export type ProblemFileFormat = 'jsonl' | 'json' | 'csv' | 'tsv';

/** How a reference answer is written in its field. */
export type ReferenceFormat = 'auto' | 'plain' | 'gsm8k' | 'boxed';

/**
 * The user's field mapping for a set whose shape is not recognised: which field holds the
 * question (several are joined with a space, as SVAMP's Body + Question), the reference and the id.
 */
export interface FieldMapping {
  question: string | string[];
  reference?: string;
  /** `gsm8k`: after `####`; `boxed`: the last `\boxed{}` of a worked solution; `auto`: either, else as is. */
  referenceFormat?: ReferenceFormat;
  id?: string;
}

/**
 * Something the importer says about one line (JSONL, CSV/TSV: 1-based line where the record
 * starts, the header being line 1) or record (JSON: the line it starts on and its element number).
 * `bad-record`: not imported, with the reason. `merged`: the same question as an earlier line,
 * folded into it. `renamed`: imported under a new id because its id was taken by another question.
 */
export interface ImportIssue {
  kind: 'bad-record' | 'merged' | 'renamed';
  line: number;
  /** JSON: the element's number in the array, from 1 (a one-line array has every element on line 1). */
  element?: number;
  reason: string;
}

export interface ImportCounts {
  /** Non-empty records read (good, bad and merged). */
  records: number;
  kept: number;
  bad: number;
  merged: number;
  renamed: number;
}

export interface ImportResult {
  format: ProblemFileFormat;
  /** The dataset shape recognised from the first good record (`gsm8k`, `math`, `svamp`, `qa`, `generic`) or `mapped`. */
  shape: string;
  problems: Problem[];
  issues: ImportIssue[];
  counts: ImportCounts;
  /**
   * The field names the records have: a CSV/TSV header, or the keys of the first JSON objects in
   * the order first seen — what a field mapping chooses from when the shape is not recognised.
   */
  fields: string[];
}

/** Progress of a streaming import, after each chunk. */
export interface ImportProgress {
  charsRead: number;
  /** When the caller knows the size (a file); null for a stream of unknown length. */
  totalChars: number | null;
  counts: ImportCounts;
}
