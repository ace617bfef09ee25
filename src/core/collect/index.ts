/** Batch collection: plans, the runner that keeps the engine busy and resumes, progress and results. */
export * from './types';
export { planRun, checkRun, sampleIdOf, parseSampleId, seedFor, modelKey, MAX_K } from './plan';
export { runBatch, batchOutcome, type BatchPorts, type BatchOptions } from './runner';
export { createInFlightBoard, type InFlightBoard } from './in-flight';
export { createBatchControl, type BatchControl, type StopRequest } from './control';
export { createEngineGate, type EngineGate, type GateHooks } from './gate';
export { judgeResult, type CriticPorts } from './attempt';
export { outcomeOf, verdictKey, countCells, responseChars, OUTCOME_ANSWER_CHARS } from './outcome';
export { startProgress, addOutcome, viewProgress, samplesPerMinute, RATE_WINDOW, type ProgressState } from './progress';
export { summarise, passAtK, majorityVote, versionSeries, type ResultRow, type VersionPoint } from './results';
