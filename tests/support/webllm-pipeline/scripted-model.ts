/**
 * ScriptedModel — the "weights" behind FakeTvm: a deterministic model that writes a scripted LCE
 * solution token by token, as a function of the KV cache alone, and checks at every sampling step
 * that the KV text is a prefix of the ideal in-turn transcript (the prompt, each round's text, each
 * execution output injected the way the loop injects it).
 *
 * Each round is text the model writes followed by a stop: the ```output string in pieces that are
 * tokenised separately (so "```" + "out" + "put" splits the stop string across tokens) or, last, the
 * end-of-turn token. Because it reads the position from the KV text, it continues correctly after a
 * fresh re-prefill, and it refuses to sample anywhere it has nothing to write (inside an injected
 * output, after its own stop): a harness bug or a corrupted cache shows up as a violation. Several
 * alternative scripts may share the prompt (e.g. the solution before and after a cell was edited):
 * the KV text must then be a prefix of one of their transcripts.
 */
import { outputBlockText } from '../../../src/core/prompt';
import type { TokenizerLike } from './web-llm-internals';

/** One round of the script. */
export interface ScriptRound {
  /** What the model writes before stopping. Rounds that run code must end with a newline. */
  text: string;
  /** The stop: the pieces of "```output" as separate tokens, or `eos` to end the turn (the last round). */
  stop: 'eos' | string[];
  /** What the cell prints (the loop injects it as an ```output block); required unless `stop` is `eos`. */
  output?: string;
}

/** The default split of the stop string, as Qwen's tokenizer writes it. */
export const OUTPUT_STOP_PIECES = ['```', 'output'];

export interface SamplingStep {
  kvText: string;
  picked: number;
}

export interface ScriptedModel {
  /** FakeTvm's `nextToken`. */
  nextToken(kvTokens: readonly number[]): number;
  /** The ideal in-turn transcript (of the first script): prompt + rounds with their outputs + the end-of-turn token. */
  readonly transcript: string;
  /** The ideal transcripts of all scripts (the first one's first). */
  readonly transcripts: string[];
  /** How many tokens the first script writes (each is sampled exactly once in a run without aborts). */
  readonly writtenTokens: number;
  /** Every sampling step seen so far. */
  readonly steps: SamplingStep[];
  /** Every invariant violation seen so far (each also thrown into web-llm). */
  readonly violations: string[];
  /**
   * What must be prefilled at least: the prompt, then after each round the part of the transcript
   * that was neither prefilled nor sampled-and-forwarded (the injected output, minus the start of
   * the stop string already in the cache).
   */
  readonly minimalPrefills: string[];
}

interface PlannedRound {
  ids: number[];
  /** Character offset in the round reached after each of the model's tokens. */
  ends: number[];
  /** Where the round starts in the transcript. */
  start: number;
  /** Characters of the round in the KV cache after its stop (all written tokens but the last). */
  forwardedChars: number;
}

/** Builds the model for `prompt` (the raw round-1 prompt, as the loop builds it) and `scripts` (one, or alternatives). */
export function createScriptedModel(tokenizer: TokenizerLike, prompt: string, scripts: readonly ScriptRound[] | readonly (readonly ScriptRound[])[]): ScriptedModel {
  const decode = (ids: readonly number[]) => tokenizer.decode(Int32Array.from(ids));
  const eos = Array.from(tokenizer.encode('<|im_end|>'));
  if (eos.length !== 1) throw new Error('ScriptedModel: <|im_end|> is not one token');
  const list = (Array.isArray(scripts[0]) ? scripts : [scripts]) as readonly (readonly ScriptRound[])[];
  const plans = list.map((rounds) => planScript(rounds));
  const first = plans[0]!;
  const minimalPrefills = [prompt, ...first.rounds.slice(0, -1).map((r, i) => first.transcript.slice(r.start + r.forwardedChars, first.rounds[i + 1]!.start))];
  const steps: SamplingStep[] = [];
  const violations: string[] = [];

  function fail(message: string): never {
    violations.push(message);
    throw new Error(`ScriptedModel: ${message}`);
  }

  return {
    transcript: first.transcript,
    transcripts: plans.map((p) => p.transcript),
    writtenTokens: first.rounds.reduce((n, r) => n + r.ids.length, 0),
    steps,
    violations,
    minimalPrefills,
    nextToken(kvTokens) {
      const kvText = decode(kvTokens);
      const reasons: string[] = [];
      for (const { transcript, rounds } of plans) {
        if (!transcript.startsWith(kvText)) {
          const at = commonPrefix(kvText, transcript);
          reasons.push(`the KV text is not a prefix of the ideal transcript; it diverges at ${JSON.stringify(kvText.slice(at, at + 40))}`);
          continue;
        }
        for (const r of rounds) {
          const offset = kvText.length - r.start;
          if (offset < 0 || offset >= r.ends.at(-1)!) continue;
          const i = offset === 0 ? 0 : r.ends.indexOf(offset) + 1;
          if (i === 0 && offset !== 0) {
            reasons.push(`the KV cache ends inside a token the model wrote (offset ${offset} of round ${rounds.indexOf(r) + 1})`);
            break;
          }
          const picked = r.ids[i]!;
          steps.push({ kvText, picked });
          return picked;
        }
        reasons.push(`asked to sample at ${kvText.length}, where the model has nothing to write (inside an injected output or after its stop)`);
      }
      return fail([...new Set(reasons)].join('; '));
    },
  };

  function planScript(rounds: readonly ScriptRound[]): { transcript: string; rounds: PlannedRound[] } {
    let transcript = prompt;
    const planned = rounds.map((round, i) => {
      const last = i === rounds.length - 1;
      if ((round.stop === 'eos') !== last) throw new Error('ScriptedModel: exactly the last round ends with eos');
      if (!last && (!round.text.endsWith('\n') || round.output === undefined)) throw new Error('ScriptedModel: a code round ends with a newline and has an output');
      const ids = [...tokenizer.encode(round.text), ...(round.stop === 'eos' ? eos : round.stop.flatMap((p) => Array.from(tokenizer.encode(p))))];
      const ends: number[] = [];
      let at = 0;
      for (const id of ids) ends.push((at += decode([id]).length));
      const start = transcript.length;
      transcript += round.text + (round.stop === 'eos' ? '<|im_end|>' : outputBlockText(round.output ?? ''));
      // After the stop the cache holds every written token but the last (the end of the stop string, or end-of-turn).
      return { ids, ends, start, forwardedChars: ids.length < 2 ? 0 : ends[ids.length - 2]! };
    });
    return { transcript, rounds: planned };
  }
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
