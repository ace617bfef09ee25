/**
 * Writes src/engine/webllm/prebuilt-models.json: the records of the math models we offer, copied
 * from the installed @mlc-ai/web-llm's `prebuiltAppConfig` (GPU memory, libraries, features,
 * context). The page reads this small file instead of importing web-llm's 6 MB bundle up front;
 * tests/unit/engine/model-catalog.test.ts fails when it drifts from the installed package.
 *
 *   npx tsx scripts/build-model-catalog.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prebuiltAppConfig } from '@mlc-ai/web-llm';
import { CATALOG_MODEL_IDS } from '../src/engine/webllm/catalog-ids';

const version = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'node_modules', '@mlc-ai', 'web-llm', 'package.json'), 'utf8')) as { version: string }).version;
const records = CATALOG_MODEL_IDS.map((id) => {
  const r = prebuiltAppConfig.model_list.find((m) => m.model_id === id);
  if (!r) throw new Error(`@mlc-ai/web-llm ${version} has no prebuilt model ${id}; update src/engine/webllm/catalog-ids.ts`);
  return {
    model_id: r.model_id,
    model: r.model,
    model_lib: r.model_lib,
    vram_required_MB: r.vram_required_MB ?? null,
    low_resource_required: r.low_resource_required ?? false,
    required_features: r.required_features ?? [],
    context_window_size: r.overrides?.context_window_size ?? null,
    // Passed on as they are: e.g. Qwen3.5's max_history_size (its recurrent state), WizardMath's sliding window.
    overrides: r.overrides ?? null,
  };
});
const out = join(import.meta.dirname, '..', 'src', 'engine', 'webllm', 'prebuilt-models.json');
writeFileSync(out, JSON.stringify({ webllmVersion: version, records }, null, 2) + '\n');
process.stdout.write(`wrote ${records.length} model records from @mlc-ai/web-llm ${version}\n`);
