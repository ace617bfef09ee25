/**
 * The run at a glance: done / total, samples per minute, ETA, live accuracy per method, the
 * samples in flight and the live transcript of the one generating; Pause, Resume, Cancel; storage.
 */
import type { BatchProgress, SamplePhase } from '../../../core/collect';
import type { BatchStore } from '../../state/batch/batch-store';
import { shownSample } from '../../state/batch/live-sample';
import { Transcript } from '../Transcript';
import { METHOD_LABEL, bytes, count, duration, percent } from './format';

const PHASE: Record<SamplePhase, string> = {
  'waiting-for-engine': 'waiting for the engine',
  generating: 'generating',
  'running-code': 'running Python',
  judging: 'judging',
  saving: 'saving',
};

const STATUS_TEXT = { running: 'Running', paused: 'Paused', finished: 'Finished', cancelled: 'Cancelled', failed: 'Failed' } as const;

export function RunProgress({ batch }: { batch: BatchStore }) {
  const shown = batch.shown.value;
  if (!shown) return null;
  const run = shown.run;
  const p = shown.progress;
  const driving = shown.mode === 'driving';
  const status = driving ? 'running' : run?.status;
  const storage = batch.storage.value;
  return (
    <section class="card run-progress" aria-labelledby="progress-title" data-run={shown.runId}>
      <header class="pane-head">
        <h2 id="progress-title">Run {shown.runId}</h2>
        <span class="badge" data-testid="run-status">{status ? STATUS_TEXT[status] : 'Deleted'}</span>
        {!driving && status === 'running' && <span class="badge" data-testid="other-tab">running in another tab</span>}
      </header>
      {run && (
        <p class="hint">
          {run.setName} · {run.spec.methods.map((m) => METHOD_LABEL[m]).join(', ')} · k = {run.spec.k} · T = {run.spec.sampling.temperature}, top-p = {run.spec.sampling.topP}, seed {run.spec.sampling.seed} · {run.spec.model.label ?? run.spec.model.id}
        </p>
      )}
      {run?.error && !driving && <p class="banner banner-error">{run.error.message}</p>}
      <Glance progress={p} />
      <div class="actions">
        {driving ? (
          <>
            <button type="button" onClick={batch.pause}>Pause</button>
            <button type="button" class="secondary" onClick={() => void batch.cancel(shown.runId)}>Cancel run</button>
          </>
        ) : (
          run && (status === 'paused' || status === 'failed' || status === 'running') && (
            <>
              <button type="button" onClick={() => void batch.resume(shown.runId)}>Resume</button>
              {status !== 'running' && <button type="button" class="secondary" onClick={() => void batch.cancel(shown.runId)}>Cancel run</button>}
            </>
          )
        )}
      </div>
      {storage && (
        <p class="hint" data-testid="run-storage">
          Storage: {bytes(storage.usedBytes)} used of {bytes(storage.quotaBytes)} · {storage.persisted ? 'persistent (the browser keeps it under pressure)' : 'not persistent: the browser may evict it when the disk is short — export what you need'}
        </p>
      )}
      {driving && <LiveSampleView batch={batch} />}
    </section>
  );
}

function Glance({ progress: p }: { progress: BatchProgress | null }) {
  if (!p) return <p class="hint">Reading the run's progress…</p>;
  const methods = Object.entries(p.perMethod);
  return (
    <>
      <progress class="run-bar" aria-label="Samples done" max={p.total || 1} value={p.done} />
      <dl class="stats">
        <div><dt>Done</dt><dd data-testid="run-done">{count(p.done)} / {count(p.total)}</dd></div>
        <div><dt>Samples/min</dt><dd data-testid="run-rate">{count(p.samplesPerMinute, 1)}</dd></div>
        <div><dt>Time left</dt><dd data-testid="run-eta">{p.done >= p.total ? 'done' : duration(p.etaSeconds)}</dd></div>
        {p.engineBusyFraction !== null && <div title="Share of wall time the engine spent generating"><dt>Engine busy</dt><dd>{percent(p.engineBusyFraction, 0)}</dd></div>}
      </dl>
      {methods.length > 0 && (
        <table class="method-progress" aria-label="Accuracy so far per method">
          <thead><tr><th scope="col">Method</th><th scope="col">Done</th><th scope="col">Judged</th><th scope="col">Correct</th><th scope="col">Accuracy</th></tr></thead>
          <tbody>
            {methods.map(([m, s]) => (
              <tr key={m}><th scope="row">{METHOD_LABEL[m] ?? m}</th><td>{count(s!.done)}</td><td>{count(s!.judged)}</td><td>{count(s!.correct)}</td><td data-testid={`accuracy-${m}`}>{percent(s!.accuracy)}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function LiveSampleView({ batch }: { batch: BatchStore }) {
  const board = batch.live.value;
  const live = shownSample(board);
  return (
    <div class="live-sample">
      {board.samples.size > 0 && (
        <ul class="in-flight" aria-label="Samples in flight">
          {[...board.samples.values()].map(({ sample }) => (
            <li key={sample.id}>{sample.problemId} · {METHOD_LABEL[sample.method]} · attempt {sample.attempt + 1}{sample.round ? ` · round ${sample.round}` : ''} — {PHASE[sample.phase]}</li>
          ))}
        </ul>
      )}
      {live && (
        <>
          <h3>Now: {live.sample.problemId} · {METHOD_LABEL[live.sample.method]} · attempt {live.sample.attempt + 1}</h3>
          <p class="live-question">{batch.questions.value.get(live.sample.problemId)}</p>
          <Transcript blocks={live.state.blocks} streaming={live.state.streaming} runningIndex={live.state.runningIndex} editable={false} label="Sample being generated" />
        </>
      )}
    </div>
  );
}
