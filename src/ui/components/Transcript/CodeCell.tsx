/**
 * A code cell: highlighted Python; when editable, a textarea laid exactly over the highlighted copy
 * (the textarea's own text is transparent), with "Run" and "Continue from here".
 */
import { memo } from 'preact/compat';
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Renderer } from '../../render';
import { SanitizedHtml } from './Html';
import { useFrameThrottled } from './use-renderer';

interface Props {
  index: number;
  /** 1-based number among the code cells, for accessible names ("Code cell 2"). */
  cell: number;
  code: string;
  renderer: Renderer | undefined;
  running: boolean;
  editable: boolean;
  onRun?: (index: number, code: string) => void;
  onContinue?: (index: number, code: string) => void;
}

function Highlighted({ code, renderer }: { code: string; renderer: Renderer | undefined }): JSX.Element {
  // A trailing newline needs a character after it or the <pre> is one line shorter than the textarea.
  const shown = code.endsWith('\n') ? `${code} ` : code;
  if (!renderer) return <code class="hljs language-python">{shown}</code>;
  return <SanitizedHtml as="code" class="hljs language-python" html={renderer.code(shown)} />;
}

/** One finished code cell; re-renders only when its own props change. */
export const CodeCell = memo(function CodeCell(p: Props): JSX.Element {
  const [draft, setDraft] = useState(p.code);
  // A new run or branch replaces the block: start editing from its code again.
  useEffect(() => setDraft(p.code), [p.code]);
  const edited = draft !== p.code;
  const name = `Code cell ${p.cell}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && p.onRun && !p.running) {
      e.preventDefault();
      p.onRun(p.index, draft);
    }
  };
  return (
    <div class={`tx-code${p.running ? ' is-running' : ''}`} role="group" aria-label={name} aria-busy={p.running}>
      <div class="tx-label">
        <span>Python</span>
        {edited && <span class="tx-edited">edited</span>}
        {p.running && (
          <span class="tx-running" role="status">
            Running…
          </span>
        )}
      </div>
      {p.editable ? (
        <div class="tx-editor">
          <pre class="tx-pre tx-highlight" aria-hidden="true">
            <Highlighted code={draft} renderer={p.renderer} />
          </pre>
          <textarea
            class="tx-pre tx-input"
            aria-label={`Code of cell ${p.cell}`}
            value={draft}
            spellcheck={false}
            autocomplete="off"
            autocapitalize="off"
            onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)}
            onKeyDown={onKeyDown}
          />
        </div>
      ) : (
        <pre class="tx-pre tx-highlight">
          <Highlighted code={p.code} renderer={p.renderer} />
        </pre>
      )}
      {p.editable && (p.onRun || p.onContinue) && (
        <div class="tx-actions">
          {p.onRun && (
            <button type="button" disabled={p.running} onClick={() => p.onRun?.(p.index, draft)} title="Run this cell again (Ctrl+Enter)">
              Run
            </button>
          )}
          {p.onContinue && (
            <button type="button" class="secondary" disabled={p.running} onClick={() => p.onContinue?.(p.index, draft)} title="Run this cell, drop what follows and let the model continue from its output">
              Continue from here
            </button>
          )}
        </div>
      )}
    </div>
  );
});

/** The code block being streamed: highlighted once per frame, not editable yet. */
export function StreamingCode({ code, renderer }: { code: string; renderer: Renderer | undefined }): JSX.Element {
  const shown = useFrameThrottled(code);
  return (
    <div class="tx-code is-streaming" role="group" aria-label="Code cell being written">
      <div class="tx-label">
        <span>Python</span>
      </div>
      <pre class="tx-pre tx-highlight">
        <Highlighted code={shown} renderer={renderer} />
      </pre>
    </div>
  );
}
