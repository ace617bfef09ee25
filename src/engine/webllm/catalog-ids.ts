/** The web-llm prebuilt models we offer, default first: math models, then general ones that reason well. */
export const CATALOG_MODEL_IDS = [
  'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC',
  'Qwen2.5-Math-1.5B-Instruct-q4f32_1-MLC',
  'Qwen2-Math-7B-Instruct-q4f16_1-MLC',
  'Qwen2-Math-7B-Instruct-q4f32_1-MLC',
  'WizardMath-7B-V1.1-q4f16_1-MLC',
  'DeepSeek-R1-Distill-Qwen-7B-q4f16_1-MLC',
  'DeepSeek-R1-Distill-Qwen-7B-q4f32_1-MLC',
  'Qwen2.5-7B-Instruct-q4f16_1-MLC',
  'Qwen2.5-7B-Instruct-q4f32_1-MLC',
  // Newer general models (web-llm 0.2.86), run in non-thinking mode: chain of thought, Python tolerated.
  'Qwen3-4B-q4f16_1-MLC',
  'Qwen3-4B-q4f32_1-MLC',
  'Qwen3-8B-q4f16_1-MLC',
  'Qwen3-8B-q4f32_1-MLC',
  'Qwen3.5-4B-q4f16_1-MLC',
  'Qwen3.5-4B-q4f32_1-MLC',
  'Qwen3.5-9B-q4f16_1-MLC',
  'Qwen3.5-9B-q4f32_1-MLC',
] as const;

export type CatalogModelId = (typeof CATALOG_MODEL_IDS)[number];

/**
 * The model a setting without one names (`?engine=webllm`, the engine picker's first choice): the
 * only prebuilt model trained for every method (see model-guide.ts). The page goes further and
 * picks per method and GPU (model-recommend.ts), e.g. its q4f32 twin on a GPU without shader-f16.
 */
export const DEFAULT_MODEL_ID: CatalogModelId = 'Qwen2.5-Math-1.5B-Instruct-q4f16_1-MLC';
