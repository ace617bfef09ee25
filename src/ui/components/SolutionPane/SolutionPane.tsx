/** One solution: status line, the streaming transcript (the "Solution" region), step controls. */
import type { ReadonlySignal } from '@preact/signals';
import { Transcript } from '../Transcript';
import { RunStatus } from '../RunStatus/RunStatus';
import { LlmJudgeOffer, type LlmJudgeOfferProps } from '../LlmJudgeOffer/LlmJudgeOffer';
import { StepControls } from '../StepControls/StepControls';
import type { RunState } from '../../state/run-state';

export interface SolutionPaneProps {
  run: ReadonlySignal<RunState>;
  title: string;
  /** Accessible name of the transcript region. */
  label: string;
  hasReference: boolean;
  editable: boolean;
  onRunCell?: (index: number, code: string) => void;
  onContinueFrom?: (index: number, code: string) => void;
  step?: { visibleCount: number; onReveal: (n: number) => void; onExit: () => void } | null;
  llmJudge?: Omit<LlmJudgeOfferProps, 'run'>;
}

/** A card with a header, the run's status and its transcript. */
export function SolutionPane(props: SolutionPaneProps) {
  const run = props.run.value;
  const recording = run.engine?.isRecording ?? false;
  return (
    <article class="solution-pane card" aria-labelledby={`${props.label}-title`.replace(/\s+/g, '-')}>
      <header class="pane-head">
        <h2 id={`${props.label}-title`.replace(/\s+/g, '-')}>{props.title}</h2>
        {recording && (
          <span class="badge badge-recording" title="The replay engine plays back a recorded solution; nothing is generated live.">
            ● Recording — replayed, not generated live
          </span>
        )}
      </header>
      <RunStatus run={run} hasReference={props.hasReference} hideAnswer={props.step ? props.step.visibleCount < run.blocks.length : false} />
      {props.llmJudge && <LlmJudgeOffer run={run} {...props.llmJudge} />}
      <Transcript
        blocks={run.blocks}
        streaming={run.streaming}
        runningIndex={run.runningIndex}
        editable={props.editable && run.phase !== 'running' && run.phase !== 'starting'}
        onRunCell={props.onRunCell}
        onContinueFrom={props.onContinueFrom}
        visibleCount={props.step ? props.step.visibleCount : null}
        label={props.label}
      />
      {props.step && run.blocks.length > 0 && (
        <StepControls
          blocks={run.blocks}
          visibleCount={props.step.visibleCount}
          onReveal={props.step.onReveal}
          onExit={props.step.onExit}
        />
      )}
    </article>
  );
}
