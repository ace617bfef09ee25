/** Execution output or an error: plain monospace text (never HTML), labelled so it reads apart from the model. */
import { memo } from 'preact/compat';
import type { JSX } from 'preact';

interface Props {
  kind: 'output' | 'error';
  text: string;
}

/** A cell that was stopped for running too long (the sandbox reports `TimeoutError`). */
export function isTimeout(text: string): boolean {
  return /^\s*TimeoutError\b|\btimed out\b/i.test(text);
}

/** Shows `text` as text; an error block is marked, a timeout says so. */
export const OutputBlock = memo(function OutputBlock({ kind, text }: Props): JSX.Element {
  const label = kind === 'error' ? 'Error' : 'Output';
  const badge = kind === 'error' && isTimeout(text) ? 'Error · timed out' : label;
  return (
    <div class={`tx-output tx-${kind}`} role="group" aria-label={label}>
      <div class="tx-label" aria-hidden="true">
        {badge}
      </div>
      {/* tabIndex lets keyboard users scroll a long output. */}
      <pre class="tx-pre" tabIndex={0}>
        {text === '' ? <span class="tx-empty">(no output)</span> : text}
      </pre>
    </div>
  );
});
