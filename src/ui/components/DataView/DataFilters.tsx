/** The Data view's filter bar: problem set, run, model, method, verdict — each "any" or one value. */
import { METHODS } from '../../../core/transcript';
import type { VerdictKey } from '../../../core/collect';
import type { ProblemSetRecord, SampleFilter } from '../../../store';
import type { RunChoice } from '../../state/data-view-store';
import { VERDICT_WORDS, modelLabel } from './labels';

export interface DataFiltersProps {
  filter: SampleFilter;
  runs: readonly RunChoice[];
  sets: readonly ProblemSetRecord[];
  models: readonly string[];
  onChange: (patch: Partial<SampleFilter>) => void;
}

const VERDICTS: VerdictKey[] = ['correct', 'wrong', 'undecided', 'unjudged'];

function Choice<T extends string>({ label, value, options, onPick }: { label: string; value: T | undefined; options: ReadonlyArray<{ value: T; label: string }>; onPick: (v: T | undefined) => void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onPick(((e.currentTarget as HTMLSelectElement).value || undefined) as T | undefined)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function DataFilters({ filter, runs, sets, models, onChange }: DataFiltersProps) {
  return (
    <div class="data-filters" role="group" aria-label="Filters">
      <Choice label="Problem set" value={filter.setId} options={sets.map((s) => ({ value: s.id, label: s.name }))} onPick={(setId) => onChange({ setId })} />
      <Choice label="Run" value={filter.runId} options={runs.map((r) => ({ value: r.id, label: r.label }))} onPick={(runId) => onChange({ runId })} />
      <Choice label="Model" value={filter.model} options={models.map((m) => ({ value: m, label: modelLabel(m) }))} onPick={(model) => onChange({ model })} />
      <Choice label="Method" value={filter.method} options={METHODS.map((m) => ({ value: m, label: m }))} onPick={(method) => onChange({ method })} />
      <Choice label="Verdict" value={filter.verdict} options={VERDICTS.map((v) => ({ value: v, label: VERDICT_WORDS[v] }))} onPick={(verdict) => onChange({ verdict })} />
    </div>
  );
}
