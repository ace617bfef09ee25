/** A text block (Markdown + LaTeX), finished or streaming. */
import { memo } from 'preact/compat';
import type { JSX } from 'preact';
import type { Renderer } from '../../render';
import { SanitizedHtml } from './Html';
import { useFrameThrottled } from './use-renderer';

interface Props {
  text: string;
  renderer: Renderer | undefined;
}

/** A finished text block: parsed once (memoised by text), then never re-rendered. */
export const TextBlock = memo(function TextBlock({ text, renderer }: Props): JSX.Element {
  if (!renderer) return <div class="tx-text tx-plain">{text}</div>;
  return <SanitizedHtml class="tx-text md" html={renderer.markdown(text)} />;
});

/** The streaming text block: re-rendered at most once per frame, and only its last paragraph re-parsed. */
export function StreamingText({ text, renderer }: Props): JSX.Element {
  const shown = useFrameThrottled(text);
  if (!renderer) return <div class="tx-text tx-plain">{shown}</div>;
  const chunks = renderer.streamingMarkdown(shown);
  return (
    <div class="tx-text md">
      {chunks.map((html, i) => (
        <SanitizedHtml key={i} class="md-chunk" html={html} />
      ))}
    </div>
  );
}
