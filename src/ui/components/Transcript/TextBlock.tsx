/** A text block (Markdown + LaTeX), finished or streaming: the same component, so finishing reuses its DOM. */
import { memo } from 'preact/compat';
import type { JSX } from 'preact';
import type { Renderer } from '../../render';
import { SanitizedHtml } from './Html';
import { useFrameThrottled } from './use-renderer';

interface Props {
  text: string;
  renderer: Renderer | undefined;
  /** While streaming, the text is shown at most once per animation frame and its last chunk is live. */
  streaming?: boolean;
}

/**
 * Rendered as one element per paragraph or display formula. Chunks already shown keep the same
 * HTML string, so Preact leaves their DOM alone; per frame only the growing chunk is parsed.
 */
export const TextBlock = memo(function TextBlock({ text, renderer, streaming = false }: Props): JSX.Element {
  const throttled = useFrameThrottled(text);
  const shown = streaming ? throttled : text;
  if (!renderer) return <div class="tx-text tx-plain">{shown}</div>;
  return (
    <div class="tx-text md">
      {renderer.markdownChunks(shown, streaming).map((html, i) => (
        <SanitizedHtml key={i} class="md-chunk" html={html} />
      ))}
    </div>
  );
});
