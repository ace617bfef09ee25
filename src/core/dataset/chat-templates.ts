/**
 * Jinja chat templates, one per prompt family, that render an exported conversation to exactly the
 * text the playground sent the model: `buildPrompt(...).prompt` for the prompt turns, assistant
 * turns as written, and each tool turn as the ```output block the model was given — no role
 * header of its own. They run unchanged in transformers' `apply_chat_template` (Python Jinja2 with
 * trim_blocks / lstrip_blocks) and in @huggingface/jinja: every piece of text is a string literal
 * and every tag trims its whitespace, so neither engine's whitespace rules can change the output.
 *
 * `{% generation %}` wraps what the model itself wrote, for TRL's `assistant_only_loss`: the
 * assistant content, the ```output stop string the model emitted to ask for execution (the loop
 * stops on it; the tool turn supplies the rest of the fence), and the end-of-turn token that
 * closes an assistant turn. Prompt turns and execution output stay outside, so they carry no loss.
 * A conversation that goes on after an assistant turn (a user turn, as TRL's own template checks
 * render) closes the turn as the model family does.
 *
 * Nothing here is per family: each template is built from the family's layout
 * (src/core/prompt/families/), the same pieces the loop writes its prompts with.
 */
import { chatLayoutFor, OUTPUT_STOP, type ChatLayout, type PromptFamily } from '../prompt';

/** A Jinja string literal for `text` (single-quoted; backslash, quote and control characters escaped). */
function lit(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}'`;
}

function buildTemplate(layout: ChatLayout): string {
  const open = layout.cotSuffix
    ? `(${lit(layout.assistant)} + (${lit(layout.cotSuffix)} if method is defined and method == 'cot' else ''))`
    : lit(layout.assistant);
  const eot = layout.endOfTurn === null ? "(eos_token if eos_token is defined and eos_token else '')" : lit(layout.endOfTurn);
  const fence = lit(OUTPUT_STOP);
  return [
    `{#- LCE Playground chat template: renders exported conversations byte-identically to the playground's prompts. -#}`,
    `{%- if bos_token is defined and bos_token -%}{{- bos_token -}}{%- endif -%}`,
    `{%- for message in messages -%}`,
    `{%- if loop.first -%}{%- set prev = '' -%}{%- else -%}{%- set prev = messages[loop.index0 - 1].role -%}{%- endif -%}`,
    `{%- if message.role == 'system' -%}{{- ${lit(layout.system[0])} + message.content + ${lit(layout.system[1])} -}}`,
    `{%- elif message.role == 'user' -%}{{- ${lit(layout.user[0])} + message.content + ${lit(layout.user[1])} -}}`,
    `{%- elif message.role == 'assistant' -%}`,
    `{%- if prev != 'assistant' and prev != 'tool' -%}{{- ${open} -}}{%- endif -%}`,
    `{%- generation -%}{{- message.content -}}`,
    `{%- if loop.last -%}{{- ${eot} -}}{%- elif messages[loop.index0 + 1].role == 'tool' -%}{{- ${fence} -}}{%- elif messages[loop.index0 + 1].role != 'assistant' -%}{{- ${eot} -}}{%- endif -%}`,
    `{%- endgeneration -%}`,
    `{%- if not loop.last and messages[loop.index0 + 1].role != 'tool' and messages[loop.index0 + 1].role != 'assistant' -%}{{- ${lit(layout.afterTurn ?? '')} -}}{%- endif -%}`,
    `{%- elif message.role == 'tool' -%}`,
    `{%- if prev != 'assistant' -%}{%- if prev != 'tool' -%}{{- ${open} -}}{%- endif -%}{{- ${fence} -}}{%- endif -%}`,
    `{{- '\\n' + message.content + '\\n\`\`\`\\n' -}}`,
    `{%- else -%}{{- raise_exception('Unsupported role: ' + message.role) -}}`,
    `{%- endif -%}`,
    `{%- endfor -%}`,
    `{%- if add_generation_prompt and (messages | length == 0 or (messages[-1].role != 'assistant' and messages[-1].role != 'tool')) -%}{{- ${open} -}}{%- endif -%}`,
  ].join('\n');
}

/** The chat template of a family. */
export function chatTemplateFor(family: PromptFamily): string {
  return buildTemplate(chatLayoutFor(family));
}

/**
 * Template variables an exported row must carry in `chat_template_kwargs` (TRL passes them to
 * `apply_chat_template`): WizardMath's CoT prompt differs from its other prompts outside the turns.
 */
export function templateKwargs(family: PromptFamily, method: string): Record<string, string> | undefined {
  return chatLayoutFor(family).cotSuffix ? { method } : undefined;
}

/** The text the template appends after the last assistant turn (`eos` when the family has none of its own). */
export function endOfTurnText(family: PromptFamily, eosToken = ''): string {
  return chatLayoutFor(family).endOfTurn ?? eosToken;
}
