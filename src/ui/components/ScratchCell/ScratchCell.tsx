/** A small Python cell for trying things, in its own session of the page's sandbox. */
import { useRef, useState } from 'preact/hooks';
import type { PythonRunner } from '../../../core/ports/python-runner';
import { cellResultText } from '../../state/cell-text';
import { errorSentence } from '../../state/error-sentence';

export interface ScratchCellProps {
  getRunner: () => PythonRunner;
  timeoutMs: number;
}

/** "Python code" box, "Run" and "Stop" buttons and the "Python output". */
export function ScratchCell({ getRunner, timeoutMs }: ScratchCellProps) {
  const [code, setCode] = useState('from fractions import Fraction\nsum(Fraction(1, k * (k + 1)) for k in range(1, 10))');
  const [output, setOutput] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setOutput('Running…');
    setFailed(false);
    try {
      const result = await getRunner().run(code, { session: 'scratch', timeoutMs, signal: controller.signal });
      setOutput(cellResultText(result) || '(no output)');
      setFailed(result.error !== null);
    } catch (err) {
      const sentence = errorSentence(err);
      setOutput(sentence ?? 'Stopped.');
      setFailed(sentence !== null);
    } finally {
      setBusy(false);
      abort.current = null;
    }
  };

  return (
    <section class="scratch card" aria-labelledby="scratch-title">
      <h2 id="scratch-title">Python scratch cell</h2>
      <p class="hint">Runs in the same sandbox as the solutions (its own session), with a {timeoutMs / 1000} s limit. Ctrl+Enter runs.</p>
      <textarea
        class="code-input"
        aria-label="Python code"
        rows={5}
        spellcheck={false}
        value={code}
        onInput={(e) => setCode((e.currentTarget as HTMLTextAreaElement).value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !busy) {
            e.preventDefault();
            void run();
          }
        }}
      />
      <div class="row">
        <button type="button" onClick={run} disabled={busy}>Run</button>
        <button type="button" class="secondary" onClick={() => abort.current?.abort()} disabled={!busy}>Stop</button>
      </div>
      <pre class={failed ? 'py-output failed' : 'py-output'} aria-label="Python output" role="region" aria-live="polite">
        {output}
      </pre>
    </section>
  );
}
