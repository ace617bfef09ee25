/** Untrusted Markdown + LaTeX outside the transcript (a final answer, a problem statement), sanitised. */
import type { JSX } from 'preact';
import { SanitizedHtml } from './Html';
import { useRenderer } from './use-renderer';
import './transcript.css';

interface Props {
  /** Model or user text; rendered like a transcript text block. */
  text: string;
  class?: string;
  /** Render as an inline element (e.g. inside a sentence); default is a block. */
  inline?: boolean;
}

/** Shows `text` as plain text until the renderer has loaded, then as sanitised Markdown with math. */
export function Markdown({ text, class: cls = '', inline = false }: Props): JSX.Element {
  const renderer = useRenderer();
  const className = `md ${cls}`.trim();
  if (!renderer) return inline ? <span class={className}>{text}</span> : <div class={`${className} tx-plain`}>{text}</div>;
  const html = renderer.markdown(text);
  // Inline: drop the paragraph wrapper marked puts around a single paragraph (only then).
  const single = /^<p>([\s\S]*)<\/p>\n?$/.exec(html);
  const unwrapped = inline && single && !/<\/?p[\s>]/.test(single[1]!) ? single[1]! : html;
  return <SanitizedHtml as={inline ? 'span' : 'div'} class={className} html={unwrapped} />;
}
