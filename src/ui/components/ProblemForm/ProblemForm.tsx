/** The problem and its optional reference answer, with a few sample problems to start from. */
import { useEffect, useState } from 'preact/hooks';
import { loadExamples, type Example } from '../../state/examples';

export interface ProblemFormProps {
  question: string;
  reference: string;
  disabled: boolean;
  onQuestion: (text: string) => void;
  onReference: (text: string) => void;
}

/** Problem box (accessible name "Problem") and "Reference answer" box. */
export function ProblemForm(props: ProblemFormProps) {
  const [examples, setExamples] = useState<Example[]>([]);
  useEffect(() => {
    void loadExamples().then(setExamples);
  }, []);
  return (
    <div class="problem-form">
      <div class="field">
        <div class="field-head">
          <label for="problem">Problem</label>
          <select
            class="examples"
            aria-label="Load an example problem"
            disabled={props.disabled}
            onChange={(e) => {
              const ex = examples[Number((e.currentTarget as HTMLSelectElement).value)];
              if (ex) {
                props.onQuestion(ex.question);
                props.onReference(ex.reference);
              }
              (e.currentTarget as HTMLSelectElement).value = '';
            }}
          >
            <option value="">Examples…</option>
            {examples.map((ex, i) => (
              <option value={String(i)} key={ex.id}>
                {ex.id} — {ex.question.slice(0, 48)}
                {ex.question.length > 48 ? '…' : ''}
              </option>
            ))}
          </select>
        </div>
        <textarea
          id="problem"
          rows={5}
          value={props.question}
          placeholder="Type a math problem, e.g. What is the sum of the first 100 primes?"
          onInput={(e) => props.onQuestion((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              (e.currentTarget as HTMLTextAreaElement).form?.requestSubmit();
            }
          }}
          aria-describedby="problem-hint"
        />
        <p id="problem-hint" class="hint">LaTeX between $…$ is fine. Ctrl+Enter solves.</p>
      </div>
      <div class="field">
        <label for="reference">Reference answer</label>
        <input
          id="reference"
          type="text"
          value={props.reference}
          placeholder="Optional: the critic checks the final answer against it"
          onInput={(e) => props.onReference((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
    </div>
  );
}
