/** Execution output or an error: plain monospace text (never HTML), labelled so it reads apart from the model. */
import { memo } from 'preact/compat';
import type { JSX } from 'preact';
import type { BlockError } from '../../../core/transcript';
import { outputLabel } from './output-label';

interface Props {
  kind: 'output' | 'error';
  text: string;
  /** The cell's error type, when the block came from a cell that raised or was stopped. */
  error?: BlockError;
}

/** Shows `text` as text; an error block is marked, a timeout says so. */
export const OutputBlock = memo(function OutputBlock({ kind, text, error }: Props): JSX.Element {
  const { name, badge } = outputLabel({ type: kind, error });
  return (
    <div class={`tx-output tx-${kind}`} role="group" aria-label={name}>
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
