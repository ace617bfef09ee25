/**
 * A chat template as literal pieces of text. One layout per prompt family (src/core/prompt/families)
 * is all three prompt forms are built from: the loop's raw prompt (`renderTurns` below), the
 * export's Jinja template (src/core/dataset/chat-templates.ts) and the LLM judge's one-turn prompt.
 * A test walks every family and checks the three agree (tests/unit/prompt/families.test.ts).
 */
import type { Method } from '../transcript';

/** The literal pieces of one family's chat template (plain text; the export quotes them into Jinja). */
export interface ChatLayout {
  /** Written around a system turn's content. */
  system: readonly [before: string, after: string];
  /** Written around a user turn's content. */
  user: readonly [before: string, after: string];
  /** Opens the assistant turn (the generation prompt). */
  assistant: string;
  /** Written to end an assistant turn; `null` means the tokenizer's `eos_token` (a base model's format has none). */
  endOfTurn: string | null;
  /** Written after an assistant turn that another turn follows (ChatML's newline). */
  afterTurn?: string;
  /** Added to the generation prompt for CoT (WizardMath's " Let's think step by step."). */
  cotSuffix?: string;
}

/** The turns of a one-question prompt: an optional system turn and the user turn. */
export interface PromptTurns {
  system?: string;
  user: string;
}

/** The turns written out in a layout, up to and including the opening of the assistant turn. */
export function renderTurns(layout: ChatLayout, turns: PromptTurns, method?: Method): string {
  const system = turns.system === undefined ? '' : layout.system[0] + turns.system + layout.system[1];
  const open = layout.assistant + (method === 'cot' ? (layout.cotSuffix ?? '') : '');
  return system + layout.user[0] + turns.user + layout.user[1] + open;
}
