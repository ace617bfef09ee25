/**
 * Adding a self-hosted MLC model (docs/readme/webllm.md has the conversion commands): its id,
 * where its weights and library are served, and what the recommendation needs to know of it. The
 * list is remembered across reloads (src/ui/state/custom-models-store.ts); entries that could not
 * be read back are listed with their reason.
 */
import { useState } from 'preact/hooks';
import { PROMPT_FAMILIES, familyOf, type PromptFamily } from '../../../core/prompt';
import type { CustomModels } from '../../../ui/state/custom-models-store';

export interface CustomModelFormProps {
  custom: CustomModels;
  /** Base for relative URLs (the page's location). */
  base: string;
}

const EMPTY = { modelId: '', modelUrl: '', modelLibUrl: '', vram: '', window: '', family: '' };

/** A positive whole number from a field, undefined when empty, or the sentence saying why not. */
function wholeNumber(label: string, text: string): number | undefined | string {
  if (text.trim() === '') return undefined;
  const n = Number(text.trim());
  return Number.isInteger(n) && n > 0 ? n : `${label} must be a whole number, e.g. 5107.`;
}

export function CustomModelForm({ custom, base }: CustomModelFormProps) {
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const field = (key: keyof typeof EMPTY) => ({
    value: form[key],
    onInput: (e: Event) => setForm({ ...form, [key]: (e.currentTarget as HTMLInputElement).value }),
  });
  const guessed = form.modelId.trim() ? familyOf(form.modelId.trim()) : null;

  async function submit(e: Event) {
    e.preventDefault();
    const vram = wholeNumber('GPU memory', form.vram);
    const window = wholeNumber('Context window', form.window);
    if (typeof vram === 'string' || typeof window === 'string') return setError(typeof vram === 'string' ? vram : (window as string));
    const problem = await custom.add({
      modelUrl: form.modelUrl,
      modelLibUrl: form.modelLibUrl,
      base,
      ...(form.modelId.trim() ? { modelId: form.modelId.trim() } : {}),
      ...(vram !== undefined ? { vramRequiredMB: vram } : {}),
      ...(window !== undefined ? { contextWindow: window } : {}),
      ...(form.family ? { family: form.family as PromptFamily } : {}),
    });
    setError(problem);
    if (!problem) setForm(EMPTY);
  }

  const notice = custom.notice.value;
  const skipped = custom.skipped.value;
  return (
    <section class="card custom-models" aria-labelledby="custom-title">
      <h2 id="custom-title">Self-hosted models</h2>
      <p class="hint">An MLC build you serve yourself, e.g. Qwen2.5-Math-7B-Instruct or a model trained on this app's exports (see the README's web-llm guide for the conversion commands). Saved in this browser.</p>
      {notice && <p class={notice.failed ? 'banner banner-error' : 'banner banner-info'} role="status">{notice.text}</p>}
      {custom.unreadable.value && (
        <div class="banner banner-warn" role="alert">
          <span>The saved self-hosted models could not be read: {custom.unreadable.value}</span>
          <button type="button" class="secondary" onClick={() => void custom.replaceUnreadable()}>Replace the saved list</button>
        </div>
      )}
      {skipped.length > 0 && (
        <div class="banner banner-warn" role="alert" data-testid="skipped-models">
          <div>
            <strong>{skipped.length === 1 ? 'One saved model was skipped' : `${skipped.length} saved models were skipped`}:</strong>
            <ul>
              {skipped.map((s) => (
                <li key={s.index}>{s.id ?? `entry ${s.index + 1}`}: {s.reason}</li>
              ))}
            </ul>
          </div>
          <button type="button" class="secondary" onClick={() => void custom.forgetSkipped()}>Forget {skipped.length === 1 ? 'it' : 'them'}</button>
        </div>
      )}
      <form class="custom-form" aria-label="Add a self-hosted model" onSubmit={(e) => void submit(e)}>
        <label class="field"><span>Model id</span><input {...field('modelId')} placeholder="Qwen2.5-Math-7B-Instruct-q4f16_1-MLC" spellcheck={false} /></label>
        <label class="field"><span>Weights URL</span><input {...field('modelUrl')} required placeholder="http://127.0.0.1:8000/Qwen2.5-Math-7B-Instruct-q4f16_1-MLC/" spellcheck={false} /></label>
        <label class="field"><span>Model library URL (.wasm)</span><input {...field('modelLibUrl')} required placeholder="http://127.0.0.1:8000/libs/Qwen2.5-Math-7B-Instruct-q4f16_1-webgpu.wasm" spellcheck={false} /></label>
        <label class="field"><span>GPU memory (MB, optional)</span><input {...field('vram')} inputMode="numeric" placeholder="5107" /></label>
        <label class="field"><span>Context window (tokens)</span><input {...field('window')} inputMode="numeric" placeholder="4096" /></label>
        <label class="field">
          <span>Prompt family</span>
          <select aria-label="Prompt family" value={form.family} onChange={(e) => setForm({ ...form, family: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">{guessed ? `from the id: ${guessed}` : 'from the id'}</option>
            {PROMPT_FAMILIES.map((f) => (
              <option key={f} value={f}>{f}</option>
            ))}
          </select>
        </label>
        {error && <p class="banner banner-error" role="alert">{error}</p>}
        <button type="submit">Save model</button>
      </form>
    </section>
  );
}
