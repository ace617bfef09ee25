/**
 * The conversation template that turns web-llm's chat API into a plain text appender, so an LCE
 * round can continue the KV cache instead of re-prefilling the whole solution.
 *
 * Every role prefix, separator and system prompt is empty, so a chat request renders as the bare
 * concatenation of its messages' contents: the first user message carries the whole raw prompt
 * built by src/core/prompt (system turn, question and the opening of the assistant turn, in the
 * model's own template), each assistant message is what the model wrote, and each `tool` message is
 * the text injected after it (the ```output block). web-llm then prefills exactly that text: the
 * whole prompt on a fresh request, only the new `tool` message when the history matches (its
 * multi-round KV reuse).
 *
 * Every field that shapes the rendered text is pinned, whatever the model's own template says:
 * - `role_templates: {}` — a role template fills content in with `String.replace`, which turns
 *   `$$` into `$` and `$&` into the placeholder: LaTeX in a question or an output would be mangled.
 * - `system_message: ''` with `render_empty_system_message: false` — no system turn is rendered;
 *   the raw prompt already has the model's own one.
 * - `roles.tool` — Qwen's templates have no tool role ("Role is not supported: tool").
 * Left to the model: `stop_str`, `stop_token_ids` (end of turn) and `system_prefix_token_ids` (a
 * BOS some templates prepend on a fresh chat request; Qwen's have none).
 */
import type { ChatOptions } from '@mlc-ai/web-llm';

/** The conv-template override sent with `reload` (as `chatOpts.conv_config`). */
export type ConvConfigOverride = NonNullable<ChatOptions['conv_config']>;

/** web-llm's chat API as a text appender: empty roles, separators and system prompt. */
export const CONTINUATION_CONV_CONFIG: ConvConfigOverride = {
  system_template: '{system_message}',
  system_message: '',
  render_empty_system_message: false,
  add_role_after_system_message: true,
  roles: { user: '', assistant: '', tool: '' } as ConvConfigOverride['roles'],
  role_templates: {},
  seps: [''],
  role_content_sep: '',
  role_empty_sep: '',
};
