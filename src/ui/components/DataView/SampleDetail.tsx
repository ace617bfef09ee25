/** One stored sample, read-only: its problem, answer, verdict and usage, then the transcript view. */
import type { Sample } from '../../../core/dataset/sample';
import { verdictKey } from '../../../core/collect';
import { Transcript } from '../Transcript';
import { VERDICT_WORDS, when } from './labels';

export interface SampleDetailProps {
  id: string;
  sample: Sample | null;
  missing: boolean;
  onClose: () => void;
}

export function SampleDetail({ id, sample, missing, onClose }: SampleDetailProps) {
  return (
    <article class="sample-detail card" role="region" aria-label="Sample" data-testid="sample-detail">
      <header class="pane-head">
        <h3 class="sample-id">{id}</h3>
        <button type="button" class="ghost" onClick={onClose}>
          Close
        </button>
      </header>
      {missing && <p class="hint">This sample is no longer stored (its run was deleted).</p>}
      {!sample && !missing && <p class="hint">Reading…</p>}
      {sample && <Details sample={sample} />}
    </article>
  );
}

function Details({ sample }: { sample: Sample }) {
  const verdict = verdictKey(sample.verdict);
  const usage = sample.usage;
  return (
    <>
      {/* Problem text and answers are untrusted (imported files, model output): plain text only. */}
      <p class="sample-question" data-untrusted>
        {sample.problem.question}
      </p>
      <dl class="stats sample-stats">
        <div>
          <dt>Answer</dt>
          <dd data-testid="sample-answer" data-untrusted>{sample.answer ?? 'none found'}</dd>
        </div>
        <div>
          <dt>Reference</dt>
          <dd data-untrusted>{sample.problem.reference ?? '–'}</dd>
        </div>
        <div>
          <dt>Verdict</dt>
          <dd class={`verdict-${verdict}`} data-testid="sample-verdict">{VERDICT_WORDS[verdict]}</dd>
        </div>
        <div>
          <dt>Method</dt>
          <dd>{sample.method}</dd>
        </div>
        <div>
          <dt>Model</dt>
          <dd class="model-name">{sample.engine.model}</dd>
        </div>
        <div>
          <dt>Rounds</dt>
          <dd>{sample.rounds}</dd>
        </div>
        <div title="Prompt tokens are summed over rounds.">
          <dt>Tokens in/out</dt>
          <dd data-testid="sample-usage">
            {usage.promptTokens}/{usage.completionTokens}
          </dd>
        </div>
        <div>
          <dt>Time</dt>
          <dd>{(sample.ms / 1000).toFixed(1)} s</dd>
        </div>
        <div>
          <dt>Made</dt>
          <dd>{when(sample.createdAt)}</dd>
        </div>
        {sample.runId && (
          <div>
            <dt>Run</dt>
            <dd>
              {sample.runId}
              {sample.attempt !== undefined ? ` · attempt ${sample.attempt + 1}` : ''}
            </dd>
          </div>
        )}
      </dl>
      {sample.verdict && (
        <p class={`verdict verdict-${verdict}`} data-untrusted>
          <strong>{VERDICT_WORDS[verdict]}</strong> — {sample.verdict.reason}
        </p>
      )}
      {sample.stopDetail && <p class="stop-detail" data-untrusted>{sample.stopDetail}</p>}
      <Transcript blocks={sample.blocks} streaming={null} runningIndex={null} editable={false} label="Stored sample" />
    </>
  );
}
