/** Messages the render-check page accepts (from the page's own origin only). */
import type { Block } from '../../../core/transcript';
import type { TranscriptViewProps } from '../../components/Transcript/types';

/** Props for the Transcript minus callbacks; the page records callback calls instead. */
export type CheckProps = Omit<TranscriptViewProps, 'onRunCell' | 'onContinueFrom'>;

export type CheckMessage =
  /**
   * Render these props; the page sets `data-rendered` on <body> to `seq` once painted. `answer`,
   * when given, is shown with the Markdown component in a region named "Answer".
   */
  | { kind: 'props'; seq: number; props: CheckProps; answer?: string }
  /**
   * Stream `blocks` as the app would during a solve: text and code arrive token by token
   * (`charsPerToken` characters each, `tokensPerSecond`), output blocks arrive whole.
   * The page sets `data-stream` on <body> to "done" at the end.
   */
  | { kind: 'stream'; blocks: Block[]; tokensPerSecond: number; charsPerToken: number };

/** What the page exposes for the test to read back. */
export interface CheckRecord {
  runs: { index: number; code: string }[];
  continues: { index: number; code: string }[];
  /** Tokens delivered by the stream driver. */
  tokens: number;
  /** Memoised Markdown parses so far (Renderer.parses). */
  parses: number;
}
