/** Contract between the app state (which consumes SolveEvents) and the transcript view (which renders them). */
import type { Block, BlockType } from '../../../core/transcript';

/** The block being streamed right now; only this one re-renders per token. */
export interface StreamingBlock {
  type: BlockType;
  text: string;
}

export interface TranscriptViewProps {
  /** Finished blocks, in order. Never mutated: a new block is appended by creating a new array. */
  blocks: readonly Block[];
  streaming: StreamingBlock | null;
  /** Index (into `blocks`) of the code block whose execution is running, or null. */
  runningIndex: number | null;
  /** Whether code cells can be edited and re-run (off while a solve is streaming). */
  editable: boolean;
  /** Re-run an edited code cell in the same Python session; the caller replaces its output block. */
  onRunCell?: (index: number, code: string) => void;
  /** Run the edited cell, drop everything after it and let the model continue from there (a new branch). */
  onContinueFrom?: (index: number, code: string) => void;
  /** Step mode: show only the first `visibleCount` blocks (null = all). */
  visibleCount?: number | null;
  /** Accessible name of the region. Default "Solution". */
  label?: string;
}
