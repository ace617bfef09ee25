/** The only place the transcript inserts HTML, and it only accepts renderer output (sanitised). */
import type { JSX } from 'preact';

interface Props {
  /** HTML that came out of the renderer (DOMPurify already applied). */
  html: string;
  class: string;
  as?: 'div' | 'code' | 'span';
}

/** Sets already-sanitised HTML; Preact compares the string, so an unchanged block is not touched. */
export function SanitizedHtml({ html, class: cls, as = 'div' }: Props): JSX.Element {
  const Tag = as;
  return <Tag class={cls} dangerouslySetInnerHTML={{ __html: html }} />;
}
