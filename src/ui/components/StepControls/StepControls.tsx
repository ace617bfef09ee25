/**
 * Step mode: reveal the solution one block at a time. Before an execution output is shown the
 * student writes down a prediction, then presses "Run" to see what Python printed.
 */
import { useState } from 'preact/hooks';
import type { Block } from '../../../core/transcript';

export interface StepControlsProps {
  blocks: readonly Block[];
  visibleCount: number;
  onReveal: (count: number) => void;
  onExit: () => void;
}

/** "Next step" / "Show all", and a "Predict the output" box when the next block is an output. */
export function StepControls({ blocks, visibleCount, onReveal, onExit }: StepControlsProps) {
  const [prediction, setPrediction] = useState('');
  const [lastPrediction, setLastPrediction] = useState<{ guess: string; actual: string } | null>(null);
  const next = blocks[visibleCount];
  const atEnd = visibleCount >= blocks.length;
  const nextIsOutput = next?.type === 'output' || next?.type === 'error';
  const nextLabel = !next ? '' : next.type === 'code' ? 'Show the code' : next.type === 'text' ? 'Next step' : 'Run';

  const reveal = () => {
    if (nextIsOutput && next) setLastPrediction({ guess: prediction.trim(), actual: next.content.trim() });
    else setLastPrediction(null);
    setPrediction('');
    onReveal(visibleCount + 1);
  };

  return (
    <div class="step-controls" role="group" aria-label="Step through the solution">
      <p class="step-count">
        Step {Math.min(visibleCount, blocks.length)} of {blocks.length}
      </p>
      {nextIsOutput && (
        <label class="predict">
          <span>Predict the output</span>
          <textarea rows={2} value={prediction} onInput={(e) => setPrediction((e.currentTarget as HTMLTextAreaElement).value)} />
        </label>
      )}
      {lastPrediction && lastPrediction.guess && (
        <p class={lastPrediction.guess === lastPrediction.actual ? 'prediction right' : 'prediction wrong'} role="status">
          {lastPrediction.guess === lastPrediction.actual
            ? 'Your prediction matches the output.'
            : 'Your prediction differs from the output — compare them above.'}
        </p>
      )}
      <div class="row">
        <button type="button" onClick={reveal} disabled={atEnd}>
          {atEnd ? 'All steps shown' : nextLabel}
        </button>
        <button type="button" class="secondary" onClick={() => onReveal(blocks.length)} disabled={atEnd}>
          Show all
        </button>
        <button type="button" class="ghost" onClick={() => onReveal(0)}>
          Restart
        </button>
        <button type="button" class="ghost" onClick={onExit}>
          Leave step mode
        </button>
      </div>
    </div>
  );
}
