/**
 * web-llm reports load progress as `{progress, timeElapsed, text}` only; phases, bytes and shard
 * counts live in the text. This turns that stream into typed `LoadProgress` with time left.
 */
import type { LoadProgress } from '../../core/ports/llm-engine';

/** What web-llm's `InitProgressReport` carries. */
export interface WebLlmProgressReport {
  progress: number;
  timeElapsed: number;
  text: string;
}

const MB = 2 ** 20;

/** Reads one report: phase, fraction, bytes (from "X MB fetched/loaded"), shard index/count. */
export function parseProgressText(report: WebLlmProgressReport): LoadProgress & { shard?: { index: number; count: number } } {
  const { text } = report;
  const fraction = Number.isFinite(report.progress) ? Math.min(1, Math.max(0, report.progress)) : null;
  const shard = /\[(\d+)\/(\d+)\]/.exec(text);
  const shardInfo = shard ? { shard: { index: Number(shard[1]), count: Number(shard[2]) } } : {};
  const mb = /(\d+(?:\.\d+)?)\s*MB (?:fetched|loaded)/.exec(text);
  const bytes: Partial<LoadProgress> = {};
  if (mb) {
    bytes.bytesLoaded = Number(mb[1]) * MB;
    // web-llm rounds the megabytes up; the total follows from the fraction it reports alongside.
    if (fraction !== null && fraction > 0) bytes.bytesTotal = Math.round(bytes.bytesLoaded / fraction);
  }
  if (/^Finish loading/.test(text)) return { phase: 'ready', progress: 1, text };
  if (/^Loading GPU shader/.test(text)) return { phase: 'compile', progress: fraction, text, ...shardInfo };
  if (/^Loading model from cache/.test(text)) return { phase: 'cache', progress: fraction, text, ...bytes, ...shardInfo };
  if (/^Fetching param cache|^Start to fetch/.test(text)) return { phase: 'fetch', progress: fraction, text, ...bytes, ...shardInfo };
  return { phase: 'fetch', progress: null, text };
}

/**
 * Tracks successive reports and adds `secondsLeft` from the rate within the current phase
 * (downloading and shader compilation run at very different speeds).
 */
export function createProgressTracker() {
  let phase: LoadProgress['phase'] | null = null;
  let phaseStart: { t: number; p: number } | null = null;
  return (report: WebLlmProgressReport): LoadProgress => {
    const parsed = parseProgressText(report);
    const { shard: _shard, ...progress } = parsed;
    if (parsed.phase !== phase) {
      phase = parsed.phase;
      phaseStart = parsed.progress === null ? null : { t: report.timeElapsed, p: parsed.progress };
    } else if (phaseStart === null && parsed.progress !== null) {
      phaseStart = { t: report.timeElapsed, p: parsed.progress };
    }
    if (parsed.phase === 'ready') return { ...progress, secondsLeft: 0 };
    if (phaseStart && parsed.progress !== null) {
      const dt = report.timeElapsed - phaseStart.t;
      const dp = parsed.progress - phaseStart.p;
      if (dt > 0 && dp > 0) return { ...progress, secondsLeft: Math.round(((1 - parsed.progress) * dt) / dp) };
    }
    return progress;
  };
}
