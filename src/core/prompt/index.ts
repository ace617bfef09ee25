/** Prompt formats per model family × method, and the model-id → family mapping. */
export { endOfTurnFor, familyOf, isPromptFamily, PROMPT_FAMILIES, type PromptFamily } from './families';
export { buildPrompt, outputBlockText, renderBlocks, OUTPUT_STOP, type PromptFormat } from './format';
export { instructionFor, AUTO_INSTRUCTION, COT_INSTRUCTION, POT_INSTRUCTION, TIR_INSTRUCTION, CODE_CUE, COT_CUE } from './instructions';
