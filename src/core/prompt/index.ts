/** Prompt formats per model family × method, and the model-id → family mapping. */
export {
  chatLayoutFor,
  endOfTurnFor,
  familyOf,
  isPromptFamily,
  judgePromptFor,
  judgeDeparturesFor,
  judgeTurnsFor,
  promptTurnsFor,
  PROMPT_FAMILIES,
  type FamilyEntry,
  type PromptFamily,
} from './families';
export { renderTurns, type ChatLayout, type PromptTurns } from './layout';
export { buildPrompt, outputBlockText, renderBlocks, OUTPUT_STOP, type PromptFormat } from './format';
export { instructionFor, AUTO_INSTRUCTION, COT_INSTRUCTION, POT_INSTRUCTION, TIR_INSTRUCTION, CODE_CUE, COT_CUE } from './instructions';
