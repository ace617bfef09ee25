/** The run's vital signs: round, speed, final answer, the critic's verdict and why the run ended. */
import type { RunState } from '../../state/run-state';
import type { Verdict } from '../../../core/critic/types';
import { Markdown } from '../Transcript';

/** Answers written in LaTeX (`\frac{6}{5}`, `x^2`) are also shown typeset; plain ones need not be. */
function looksLikeLatex(answer: string): boolean {
  return /[\\^_{}]/.test(answer);
}

function verdictWord(v: Verdict): 'Correct' | 'Incorrect' | 'Undecided' {
  return v.equal === true ? 'Correct' : v.equal === false ? 'Incorrect' : 'Undecided';
}

const PHASE_TEXT: Record<RunState['phase'], string> = {
  idle: 'Ready',
  starting: 'Starting…',
  running: 'Solving…',
  done: 'Finished',
  stopped: 'Stopped',
  failed: 'Failed',
  restored: 'Restored from a link',
};

export interface RunStatusProps {
  run: RunState;
  /** Whether a reference answer was given (otherwise there is nothing to judge). */
  hasReference: boolean;
  /** Step mode keeps the answer and verdict hidden until every step is shown. */
  hideAnswer?: boolean;
}

/** A compact status line plus the answer card; updates are announced politely. */
export function RunStatus({ run, hasReference, hideAnswer = false }: RunStatusProps) {
  const busy = run.phase === 'running' || run.phase === 'starting';
  return (
    <div class="run-status">
      <dl class="stats" aria-live="off">
        <div>
          <dt>Status</dt>
          <dd data-phase={run.phase}>{PHASE_TEXT[run.phase]}</dd>
        </div>
        <div>
          <dt>Round</dt>
          <dd data-testid="round">{run.round || '–'}</dd>
        </div>
        <div>
          <dt>Tokens/s</dt>
          <dd data-testid="tokens-per-second">{run.tokensPerSecond === null ? '–' : run.tokensPerSecond.toFixed(1)}</dd>
        </div>
        {run.engine && (
          <div>
            <dt>Model</dt>
            <dd class="model-name">{run.engine.model}</dd>
          </div>
        )}
        {run.result && (
          <div title="Prompt tokens are summed over rounds: engines without KV reuse re-read the whole context each round.">
            <dt>Tokens in/out</dt>
            <dd>
              {run.result.usage.promptTokens}/{run.result.usage.completionTokens}
            </dd>
          </div>
        )}
        {run.strategy && (
          <div>
            <dt>Chose</dt>
            <dd>
              {run.strategy.chosen === 'cot' ? 'reasoning' : run.strategy.chosen === 'code' ? 'code' : 'unclear'}
              {run.strategy.switched ? ', then switched' : ''}
            </dd>
          </div>
        )}
      </dl>
      {hideAnswer && run.phase === 'done' && <p class="hint">The final answer appears once every step is shown.</p>}
      {!busy && !hideAnswer && run.phase !== 'idle' && (
        <div class="answer-card" role="status" aria-live="polite">
          {run.phase !== 'failed' && (
            <p class="final-answer">
              <span class="label">Final answer</span>{' '}
              {run.answer && looksLikeLatex(run.answer) && (
                // The typeset form is for the eye; the raw text below stays the accessible, copyable value.
                <span aria-hidden="true" class="final-answer-math">
                  <Markdown text={`$${run.answer}$`} inline />
                </span>
              )}{' '}
              <output data-testid="final-answer">{run.answer ?? 'none found'}</output>
            </p>
          )}
          {run.verdictPending && <p class="verdict pending">Checking against the reference…</p>}
          {run.verdict && (
            <p class={`verdict verdict-${verdictWord(run.verdict).toLowerCase()}`} data-testid="verdict">
              <strong>{verdictWord(run.verdict)}</strong> — {run.verdict.reason}
            </p>
          )}
          {!run.verdict && !run.verdictPending && !hasReference && run.phase === 'done' && (
            <p class="hint">Give a reference answer to have the critic check it.</p>
          )}
          {run.stopDetail && <p class="stop-detail" data-testid="stop-detail">{run.stopDetail}</p>}
          {run.error && <p class="run-error" role="alert">{run.error}</p>}
        </div>
      )}
    </div>
  );
}
