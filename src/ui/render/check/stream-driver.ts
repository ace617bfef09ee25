/** Replays finished blocks as a token stream into TranscriptViewProps, the way a solve fills them in. */
import type { Block } from '../../../core/transcript';
import type { StreamingBlock } from '../../components/Transcript/types';

/** One step of the replay: the transcript after one more token. */
export interface StreamFrame {
  blocks: Block[];
  streaming: StreamingBlock | null;
}

/** Cuts text and code into `charsPerToken`-sized tokens; output/error blocks come whole, as the sandbox sends them. */
export function* streamFrames(source: readonly Block[], charsPerToken: number): Generator<StreamFrame> {
  let done: Block[] = [];
  for (const block of source) {
    if (block.type === 'text' || block.type === 'code') {
      for (let end = charsPerToken; end < block.content.length; end += charsPerToken) {
        yield { blocks: done, streaming: { type: block.type, text: block.content.slice(0, end) } };
      }
    }
    done = [...done, block];
    yield { blocks: done, streaming: null };
  }
}
