/**
 * What the dataset card says about the samples behind an export, gathered during the first pass
 * from every sample that passed the filters (so "accuracy" is the collection's, not the export's).
 *
 * This runs once per sample of a 100k-sample export, so the labels are not rebuilt per sample:
 * counts go into Maps (first-seen order, which the card's stable sort keeps for ties) and the
 * labels made of several fields are remembered by the field values they are made of.
 */
import type { Method } from '../transcript';
import type { Sample } from './sample';

/** Counts keyed by a readable value (a model, a temperature, a licence…). */
export type Tally = Record<string, number>;

export interface SampleStats {
  samples: number;
  perMethod: Partial<Record<Method, { samples: number; correct: number; wrong: number; undecided: number }>>;
  models: Tally;
  engines: Tally;
  critic: Tally;
  temperature: Tally;
  topP: Tally;
  caps: Tally;
  sources: Tally;
  software: Tally;
  runs: Tally;
  /** Samples that continue an edited transcript (their earlier turns were not all model-written). */
  branched: number;
  withLogprob: number;
  firstCreated: string | null;
  lastCreated: string | null;
}

/** Gathers `SampleStats` one sample at a time; `stats()` gives the totals so far. */
export interface StatsCollector {
  add(sample: Sample): void;
  stats(): SampleStats;
}

const TALLIES = ['models', 'engines', 'critic', 'temperature', 'topP', 'caps', 'sources', 'software', 'runs'] as const;

/**
 * A value of a record as text, as `String` prints it. A hostile record can hold an object whose
 * `toString` is not a function, which `String` cannot print: it gets a fixed label rather than
 * aborting the export.
 */
export function label(value: unknown): string {
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    return String(value);
  } catch {
    return '(unprintable value)';
  }
}

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null;

/**
 * Remembers a label made of up to four primitive values by those values (the records of one
 * collection share them). A record holding an object there is labelled afresh, never remembered.
 */
function memoOf(make: (a: unknown, b: unknown, c: unknown, d: unknown) => string) {
  const root = new Map<unknown, Map<unknown, Map<unknown, Map<unknown, string>>>>();
  return (a: unknown, b: unknown, c?: unknown, d?: unknown): string => {
    if (isObject(a) || isObject(b) || isObject(c) || isObject(d)) return make(a, b, c, d);
    let byB = root.get(a);
    if (byB === undefined) root.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (byC === undefined) byB.set(b, (byC = new Map()));
    let byD = byC.get(c);
    if (byD === undefined) byC.set(c, (byD = new Map()));
    let text = byD.get(d);
    if (text === undefined) byD.set(d, (text = make(a, b, c, d)));
    return text;
  };
}

/** A new collector with nothing counted. */
export function createStatsCollector(): StatsCollector {
  const tallies = Object.fromEntries(TALLIES.map((t) => [t, new Map<string, number>()])) as Record<(typeof TALLIES)[number], Map<string, number>>;
  const totals: Omit<SampleStats, (typeof TALLIES)[number]> = { samples: 0, perMethod: {}, branched: 0, withLogprob: 0, firstCreated: null, lastCreated: null };
  const count = (t: Map<string, number>, key: string) => t.set(key, (t.get(key) ?? 0) + 1);
  const model = memoOf((m, q) => [m, q].filter(Boolean).map(label).join(' · '));
  const engine = memoOf((kind, recording) => (recording ? `${label(kind)} (recording)` : label(kind)));
  const caps = memoOf((r, t, ms, chars) => `${label(r)} rounds, ${label(t)} tokens/round, ${label(ms)} ms/cell, ${label(chars)} output chars`);
  const software = memoOf((name, version) => `${label(name)} ${label(version)}`);
  return {
    add(s) {
      totals.samples++;
      const m = (totals.perMethod[s.method] ??= { samples: 0, correct: 0, wrong: 0, undecided: 0 });
      m.samples++;
      const v = s.verdict?.equal;
      if (v === true) m.correct++;
      else if (v === false) m.wrong++;
      else m.undecided++;
      count(tallies.models, model(s.engine.model, s.engine.quantization));
      count(tallies.engines, engine(s.engine.kind, Boolean(s.engine.isRecording)));
      const critic = s.software?.critic;
      count(tallies.critic, critic === undefined || critic === null ? (s.verdict ? 'not recorded' : 'not judged') : label(critic));
      const temperature = s.sampling?.temperature;
      count(tallies.temperature, temperature === undefined ? 'engine default' : label(temperature));
      const topP = s.sampling?.topP;
      count(tallies.topP, topP === undefined ? 'engine default' : label(topP));
      const c = s.caps as Partial<Sample['caps']> | undefined;
      count(tallies.caps, c ? caps(c.maxRounds, c.maxTokensPerRound, c.cellTimeoutMs, c.maxOutputChars) : 'not recorded');
      count(tallies.sources, s.problem.source ?? 'unnamed');
      const sw = s.software;
      // Own keys in Object.entries' order, without an array per sample.
      if (sw) for (const name in sw) if (name !== 'critic' && Object.hasOwn(sw, name)) count(tallies.software, software(name, sw[name]));
      if (s.runId) count(tallies.runs, s.runId);
      if (s.parentId) totals.branched++;
      if (s.logprob !== undefined) totals.withLogprob++;
      if (totals.firstCreated === null || s.createdAt < totals.firstCreated) totals.firstCreated = s.createdAt;
      if (totals.lastCreated === null || s.createdAt > totals.lastCreated) totals.lastCreated = s.createdAt;
    },
    stats() {
      // Same key order as always: the stats object is also shown and serialised as it is.
      const t = (name: (typeof TALLIES)[number]): Tally => Object.fromEntries(tallies[name]);
      const { samples, perMethod, branched, withLogprob, firstCreated, lastCreated } = totals;
      return {
        samples,
        perMethod,
        models: t('models'),
        engines: t('engines'),
        critic: t('critic'),
        temperature: t('temperature'),
        topP: t('topP'),
        caps: t('caps'),
        sources: t('sources'),
        software: t('software'),
        runs: t('runs'),
        branched,
        withLogprob,
        firstCreated,
        lastCreated,
      };
    },
  };
}
