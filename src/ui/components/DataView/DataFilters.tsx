/** The Data view's filter bar: problem set, run, model, method, verdict — each "any" or one value. */
import { METHODS } from '../../../core/transcript';
import type { VerdictKey } from '../../../core/collect';
import type { ProblemSetRecord, SampleFilter } from '../../../store';
import type { RunChoice } from '../../state/data-view-store';
import { VERDICT_WORDS, modelLabel } from './labels';
import { SelectField } from '../ExportPanel/fields';

export interface DataFiltersProps {
  filter: SampleFilter;
  runs: readonly RunChoice[];
  sets: readonly ProblemSetRecord[];
  models: readonly string[];
  onChange: (patch: Partial<SampleFilter>) => void;
}

const VERDICTS: VerdictKey[] = ['correct', 'wrong', 'undecided', 'unjudged'];

export function DataFilters({ filter, runs, sets, models, onChange }: DataFiltersProps) {
  return (
    <div class="data-filters" role="group" aria-label="Filters">
      <SelectField anyLabel="Any" label="Problem set" value={filter.setId} options={sets.map((s) => ({ value: s.id, label: s.name }))} onPick={(setId) => onChange({ setId })} />
      <SelectField anyLabel="Any" label="Run" value={filter.runId} options={runs.map((r) => ({ value: r.id, label: r.label }))} onPick={(runId) => onChange({ runId })} />
      <SelectField anyLabel="Any" label="Model" value={filter.model} options={models.map((m) => ({ value: m, label: modelLabel(m) }))} onPick={(model) => onChange({ model })} />
      <SelectField anyLabel="Any" label="Method" value={filter.method} options={METHODS.map((m) => ({ value: m, label: m }))} onPick={(method) => onChange({ method })} />
      <SelectField anyLabel="Any" label="Verdict" value={filter.verdict} options={VERDICTS.map((v) => ({ value: v, label: VERDICT_WORDS[v] }))} onPick={(verdict) => onChange({ verdict })} />
    </div>
  );
}
