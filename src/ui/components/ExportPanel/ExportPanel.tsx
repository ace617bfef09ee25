/** The export view: format, filters, pairing, α, near-duplicates, eval split; a preview; one zip download. */
import { EXPORT_FORMATS, exportFormat } from '../../../core/dataset';
import { PROMPT_FAMILIES, type PromptFamily } from '../../../core/prompt';
import { METHODS } from '../../../core/transcript';
import type { PairStrategy } from '../../../core/dataset/plan';
import type { ProblemSetRecord } from '../../../store';
import type { RunChoice } from '../../state/data-view-store';
import { megabytes } from '../../state/data-view-store';
import type { ExportStore } from '../../state/export-store';
import { modelIdOf, modelLabel } from '../DataView/labels';
import { ExportPreview, ReportSummary } from './ExportPreview';
import { Checks, MultiSelect, NumberField, SelectField } from './fields';

export interface ExportPanelProps {
  exporter: ExportStore;
  runs: readonly RunChoice[];
  sets: readonly ProblemSetRecord[];
  /** Model keys stored (the export filters on the model id inside). */
  models: readonly string[];
}

const STRATEGIES: Array<{ value: PairStrategy; label: string }> = [
  { value: 'one-per-prompt', label: 'One pair per problem' },
  { value: 'all', label: 'All pairs, up to the cap' },
  { value: 'length-controlled', label: 'Length-controlled (shorter correct first)' },
];

export function ExportPanel({ exporter, runs, sets, models }: ExportPanelProps) {
  const form = exporter.form.value;
  const format = exportFormat(form.format) ?? EXPORT_FORMATS[0]!;
  const progress = exporter.progress.value;
  const running = progress !== null;
  const result = exporter.result.value;
  const preview = exporter.preview.value;
  const modelIds = [...new Set(models.map(modelIdOf))];
  return (
    <section class="export-panel card" aria-labelledby="export-title">
      <h3 id="export-title">Export training data</h3>
      <div class="export-grid">
        <SelectField label="Format" value={form.format} options={EXPORT_FORMATS.map((f) => ({ value: f.id, label: f.label }))} onPick={(v) => exporter.update({ format: v ?? form.format })} />
        <p class="hint format-description">{format.description}</p>
      </div>
      <fieldset class="export-grid" disabled={running}>
        <legend>Which samples</legend>
        <SelectField label="Problem set" anyLabel="All" value={form.setId} options={sets.map((s) => ({ value: s.id, label: s.name }))} onPick={(setId) => exporter.update({ setId })} />
        <MultiSelect label="Runs" values={form.runs} options={runs.map((r) => ({ value: r.id, label: r.label }))} onValues={(v) => exporter.update({ runs: v })} />
        <MultiSelect label="Models" values={form.models} options={modelIds.map((m) => ({ value: m, label: modelLabel(models.find((k) => modelIdOf(k) === m) ?? m) }))} onValues={(v) => exporter.update({ models: v })} />
        <Checks legend="Methods (none: all)" values={form.methods} options={METHODS.map((m) => ({ value: m, label: m }))} onValues={(v) => exporter.update({ methods: v })} />
        <Checks legend="Verdicts (none: all)" values={form.verdicts} options={[{ value: 'correct' as const, label: 'Correct' }, { value: 'wrong' as const, label: 'Incorrect' }, { value: 'undecided' as const, label: 'Undecided' }]} onValues={(v) => exporter.update({ verdicts: v })} />
        <SelectField<PromptFamily> label="Prompt family" anyLabel="Any" value={form.family} options={PROMPT_FAMILIES.map((f) => ({ value: f, label: f }))} onPick={(family) => exporter.update({ family })} />
        <NumberField label="Fewest rounds" value={form.minRounds} min={0} step={1} onValue={(v) => exporter.update({ minRounds: v })} />
        <NumberField label="Most rounds" value={form.maxRounds} min={0} step={1} onValue={(v) => exporter.update({ maxRounds: v })} />
        <NumberField label="Highest code-error rate (0–1)" value={form.maxCodeErrorRate} min={0} max={1} onValue={(v) => exporter.update({ maxCodeErrorRate: v })} />
        <NumberField label="Fewest characters written" value={form.minChars} min={0} step={1} onValue={(v) => exporter.update({ minChars: v })} />
        <NumberField label="Most characters written" value={form.maxChars} min={0} step={1} onValue={(v) => exporter.update({ maxChars: v })} />
        <label class="check">
          <input type="checkbox" checked={form.includeUnfinished} onChange={(e) => exporter.update({ includeUnfinished: (e.currentTarget as HTMLInputElement).checked })} /> Keep samples a cap or a stop cut short
        </label>
      </fieldset>
      <fieldset class="export-grid" disabled={running}>
        <legend>How</legend>
        <label class="check">
          <input type="checkbox" checked={form.dedupe} onChange={(e) => exporter.update({ dedupe: (e.currentTarget as HTMLInputElement).checked })} /> Remove near-duplicates
        </label>
        {form.dedupe && <NumberField label="Near-duplicate threshold (Jaccard)" value={form.dedupeThreshold} min={0.01} max={1} onValue={(v) => exporter.update({ dedupeThreshold: v ?? 0.9 })} />}
        {format.planner === 'pairs' && (
          <>
            <SelectField label="Pairs" value={form.pairStrategy} options={STRATEGIES} onPick={(v) => exporter.update({ pairStrategy: v ?? 'one-per-prompt' })} />
            {form.pairStrategy !== 'one-per-prompt' && <NumberField label="Pairs per problem, at most" value={form.pairCap} min={1} step={1} onValue={(v) => exporter.update({ pairCap: v ?? 4 })} />}
          </>
        )}
        {format.planner === 'autocode' && <NumberField label="AutoCode α" value={form.alpha} min={0.01} onValue={(v) => exporter.update({ alpha: v ?? 0.5 })} />}
        <NumberField label="Eval split (share of problems)" value={form.evalFraction} min={0} max={0.99} onValue={(v) => exporter.update({ evalFraction: v ?? 0 })} />
        <NumberField label="Seed" value={form.seed} step={1} onValue={(v) => exporter.update({ seed: v ?? 0 })} />
      </fieldset>
      <div class="actions">
        <button type="button" class="ghost" disabled={running || exporter.previewing.value} onClick={() => void exporter.runPreview()}>
          {exporter.previewing.value ? 'Previewing…' : 'Preview'}
        </button>
        <button type="button" class="primary" disabled={running} onClick={() => void exporter.start()}>
          Export (.zip)
        </button>
        {(running || exporter.previewing.value) && (
          <button type="button" class="ghost" onClick={exporter.cancel}>
            Cancel
          </button>
        )}
      </div>
      {progress && (
        <p role="status" data-testid="export-progress">
          <progress max={progress.total || 1} value={progress.done} aria-label="Export progress" />{' '}
          {progress.phase === 'reading' ? 'Reading samples' : 'Writing rows'}: {progress.done.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')}
        </p>
      )}
      {exporter.error.value && <p class="run-error" role="alert" data-testid="export-error">{exporter.error.value}</p>}
      {result && (
        <div class="export-result" role="status" data-testid="export-result">
          <p>
            Downloaded <strong>{result.name}</strong> ({megabytes(result.bytes)}):{' '}
            {result.files.map((f) => (f.rows !== undefined ? `${f.name} (${f.rows.toLocaleString('en-US')} rows)` : f.name)).join(', ')}.
          </p>
          <ReportSummary report={result.report} />
        </div>
      )}
      {preview && <ExportPreview {...preview} />}
    </section>
  );
}
