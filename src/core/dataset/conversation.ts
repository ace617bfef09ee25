/**
 * The conversation shape every export starts from: the prompt turns the playground built (system
 * and user, per prompt family × method), then the assistant's text and code with each execution
 * output in its own `tool` turn between assistant turns, so a trainer can leave it out of the loss
 * (MathCoder trains without loss on execution results). A CoT sample is plain assistant turns.
 *
 * Assistant content is the transcript rendered the way the loop renders it when it continues a
 * transcript (`renderBlocks`); a tool turn holds the bare output, and the chat template
 * (./chat-templates.ts) wraps it in the ```output fence the model was given.
 */
import { familyOf, isPromptFamily, promptTurnsFor, renderBlocks, type PromptFamily, type PromptTurns } from '../prompt';
import { instructionFor } from '../prompt/instructions';
import type { Block, Method } from '../transcript';
import type { Sample } from './sample';

/** One chat turn in the TRL / OpenAI conversational shape. */
export interface Message {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
}

/** The prompt family a sample was formatted with, decided the way `solve()` decides it. */
export function sampleFamily(sample: Pick<Sample, 'engine'>): PromptFamily {
  return isPromptFamily(sample.engine.family) ? sample.engine.family : familyOf(sample.engine.model);
}

/**
 * The system and user turns whose rendering by the family's chat template is exactly
 * `buildPrompt(question, family, method).prompt` (a unit test pins every family × method).
 */
export function promptMessages(question: string, family: PromptFamily, method: Method): Message[] {
  return turnMessages(promptTurnsFor(family, question, instructionFor(method), method));
}

/** A prompt's turns as chat messages: the system turn when there is one, then the user turn. */
export function turnMessages(turns: PromptTurns): Message[] {
  const user: Message = { role: 'user', content: turns.user };
  return turns.system === undefined ? [user] : [{ role: 'system', content: turns.system }, user];
}

/**
 * The assistant and tool turns of a transcript: consecutive text and code blocks form one
 * assistant turn; each output or error block becomes one tool turn. Nothing is dropped.
 */
export function completionMessages(blocks: readonly Block[]): Message[] {
  const messages: Message[] = [];
  let pending: Block[] = [];
  const flush = () => {
    if (pending.length > 0) messages.push({ role: 'assistant', content: renderBlocks(pending) });
    pending = [];
  };
  for (const block of blocks) {
    if (block.type === 'output' || block.type === 'error') {
      flush();
      messages.push({ role: 'tool', content: block.content });
    } else {
      pending.push(block);
    }
  }
  flush();
  return messages;
}

/** A sample as prompt turns plus completion turns, with the family whose template renders it. */
export interface Conversation {
  family: PromptFamily;
  method: Method;
  prompt: Message[];
  completion: Message[];
}

/** The conversation of one sample. */
export function conversationOf(sample: Pick<Sample, 'engine' | 'method' | 'problem' | 'blocks'>): Conversation {
  const family = sampleFamily(sample);
  return {
    family,
    method: sample.method,
    prompt: promptMessages(sample.problem.question, family, sample.method),
    completion: completionMessages(sample.blocks),
  };
}

/** The completion as one assistant text with ```output blocks inline, exactly as the model read it. */
export function completionText(blocks: readonly Block[]): string {
  return renderBlocks(blocks);
}
