/** Which fields hold the question, the reference answer and the id, for a set whose shape the importer does not know. */
import { useState } from 'preact/hooks';
import type { FieldMapping, ReferenceFormat } from '../../../core/problem';

export interface FieldMappingFormProps {
  fields: readonly string[];
  initial: FieldMapping | null;
  onApply(mapping: FieldMapping): void;
  onCancel(): void;
}

const FORMATS: { value: ReferenceFormat; label: string }[] = [
  { value: 'auto', label: 'Find it (after ####, else the last \\boxed{}, else as written)' },
  { value: 'plain', label: 'As written' },
  { value: 'gsm8k', label: 'After "####" (a GSM8K worked answer)' },
  { value: 'boxed', label: 'The last \\boxed{} (a MATH solution)' },
];

export function FieldMappingForm({ fields, initial, onApply, onCancel }: FieldMappingFormProps) {
  const first = (initial ? [initial.question].flat() : [])[0] ?? fields[0] ?? '';
  const [question, setQuestion] = useState(first);
  const [extra, setExtra] = useState((initial ? [initial.question].flat() : [])[1] ?? '');
  const [reference, setReference] = useState(initial?.reference ?? '');
  const [format, setFormat] = useState<ReferenceFormat>(initial?.referenceFormat ?? 'auto');
  const [id, setId] = useState(initial?.id ?? '');
  const select = (label: string, value: string, set: (v: string) => void, none?: string) => (
    <label class="field">
      <span>{label}</span>
      <select aria-label={label} value={value} onChange={(e) => set((e.currentTarget as HTMLSelectElement).value)}>
        {none !== undefined && <option value="">{none}</option>}
        {fields.map((f) => (
          <option key={f} value={f}>{f}</option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      class="mapping-form"
      aria-label="Field mapping"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({
          question: extra ? [question, extra] : question,
          ...(reference ? { reference, referenceFormat: format } : {}),
          ...(id ? { id } : {}),
        });
      }}
    >
      <p class="hint">This file's shape is not one the importer knows. Say which fields hold what (found: {fields.join(', ')}).</p>
      {select('Question field', question, setQuestion)}
      {select('Then append (optional)', extra, setExtra, 'nothing')}
      {select('Reference answer field', reference, setReference, 'none')}
      {reference && (
        <label class="field">
          <span>The reference is</span>
          <select aria-label="Reference format" value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as ReferenceFormat)}>
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>{f.label}</option>
            ))}
          </select>
        </label>
      )}
      {select('Id field', id, setId, 'line number')}
      <div class="actions">
        <button type="submit" disabled={!question}>Read again with this mapping</button>
        <button type="button" class="ghost" onClick={onCancel}>Close</button>
      </div>
    </form>
  );
}
