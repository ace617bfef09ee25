/** The transcript view: `<Transcript {...TranscriptViewProps} />`. */
export { Transcript } from './Transcript';
export type { StreamingBlock, TranscriptViewProps } from './types';
export { Markdown } from './Markdown';
