/**
 * The Batch view: problem sets on the left with the run form; the run in progress (or the one
 * chosen), the list of runs and the results of the chosen set on the right. State and actions
 * live in the batch store (src/ui/state/batch); this view only reads and calls.
 */
import type { ComponentChildren } from 'preact';
import type { EngineSettings } from '../../../engine/registry';
import type { BatchStore } from '../../state/batch/batch-store';
import { ErrorBanner } from '../ErrorBanner/ErrorBanner';
import { ProblemSets } from './ProblemSets';
import { ResultsCard } from './ResultsCard';
import { RunFormCard } from './RunFormCard';
import { RunList } from './RunList';
import { RunProgress } from './RunProgress';
import './batch.css';

export interface BatchViewProps {
  batch: BatchStore;
  settings: EngineSettings;
  /** The page's engine picker, disabled as asked. */
  enginePicker: (disabled: boolean) => ComponentChildren;
}

export function BatchView({ batch, settings, enginePicker }: BatchViewProps) {
  const driving = batch.shown.value?.mode === 'driving';
  return (
    <div class="batch-view">
      <div class="batch-side">
        <ProblemSets batch={batch} busy={driving} />
        <RunFormCard batch={batch} settings={settings} enginePicker={enginePicker(driving)} locked={driving} />
      </div>
      <div class="batch-main">
        <ErrorBanner message={batch.notice.value} onDismiss={() => (batch.notice.value = null)} />
        {!batch.ready.value && <p class="hint">Opening the local database…</p>}
        <RunProgress batch={batch} />
        <RunList batch={batch} />
        <ResultsCard batch={batch} />
      </div>
    </div>
  );
}
