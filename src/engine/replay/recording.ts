/**
 * A recorded solution the replay engine plays back: real model output from a published source,
 * kept as typed blocks with its provenance so the UI can always say it is a recording and whose.
 */
import type { Block, Method } from '../../core/transcript';
import { questionKey } from './pick';

export interface Recording {
  id: string;
  /** Where it comes from, e.g. `microsoft/ToRA outputs, tora-code-34b-v1.0, gsm8k #5`. */
  source: string;
  licence: string;
  /** The model that wrote it, e.g. `ToRA-Code-34B`. */
  model: string;
  question: string;
  reference: string;
  method: Method;
  blocks: Block[];
  /** The answer the source recorded for this solution, when it has one. */
  recordedAnswer?: string;
  /** Whether the source judged that answer right. */
  recordedCorrect?: boolean;
}

/** One entry of `public/replay/index.json`. */
export type RecordingSummary = Omit<Recording, 'blocks'>;

/** The stop string the loop uses before execution output (ToRA / Qwen2.5-Math tool-integrated format). */
export const OUTPUT_STOP = '```output';

/**
 * The assistant text as the model produced it in the tool-integrated format: prose, then
 * ```python blocks, each followed by its ```output block. Segment starts are the offsets right
 * after each output block, where the model resumed writing once it saw the execution result.
 */
export function renderRecording(blocks: readonly Block[]): { text: string; segmentStarts: number[] } {
  let text = '';
  const segmentStarts = [0];
  for (const b of blocks) {
    const body = b.content.replace(/\r\n/g, '\n').replace(/^\n+|\n+$/g, '');
    if (b.type === 'text') text += `${body}\n`;
    else if (b.type === 'code') text += `\`\`\`python\n${body}\n\`\`\`\n`;
    else {
      text += `${OUTPUT_STOP}\n${body}\n\`\`\`\n`;
      segmentStarts.push(text.length);
    }
  }
  return { text, segmentStarts };
}

/**
 * The recordings of `question`, compared as `questionKey` reads them (whitespace, typographic
 * quotes, case): the replay engine can only play what was recorded.
 */
export function recordingsOf<R extends Pick<Recording, 'question'>>(recordings: readonly R[], question: string): R[] {
  const key = questionKey(question);
  return recordings.filter((r) => questionKey(r.question) === key);
}

/** Splits text into token-like pieces (words with their leading space, single digits, punctuation, whitespace runs) so playback streams like a model. */
export function tokenLikePieces(text: string): string[] {
  return text.match(/ ?[A-Za-z]+| ?\d|\s+|[^\sA-Za-z\d]/gu) ?? [];
}

/** Reads an unknown JSON value as a Recording, or says which field is wrong. */
export function parseRecording(value: unknown, where: string): Recording {
  const r = value as Partial<Recording> | null;
  const fail = (detail: string): never => {
    throw new Error(`${where}: not a replay recording (${detail}). Rebuild it with scripts/build-replay-demo.ts.`);
  };
  if (!r || typeof r !== 'object') return fail('not an object');
  for (const key of ['id', 'source', 'licence', 'model', 'question', 'reference', 'method'] as const) {
    if (typeof r[key] !== 'string') fail(`"${key}" is missing`);
  }
  if (!Array.isArray(r.blocks) || r.blocks.some((b) => typeof b?.content !== 'string' || !['text', 'code', 'output', 'error'].includes(b?.type))) {
    fail('"blocks" must be a list of {type, content}');
  }
  return r as Recording;
}
