/**
 * The app's local database (IndexedDB through idb): problem sets, runs, samples, settings. Open it
 * with `openStore`, then use the repository functions; nothing outside this folder sees a
 * transaction. Every write is one transaction, so a crash never leaves half a record.
 */
export { openStore, type LceStore, type OpenStoreOptions } from './open';
export { DB_NAME, DB_VERSION, type ProblemSetRecord, type ProblemSetOrigin, type RunRecord, type RunStatus, type SampleRow } from './schema';
export { saveProblemSet, listProblemSets, getProblemSet, getProblems, deleteProblemSet, KEPT_ISSUES, type NewProblemSet } from './problem-sets';
export { createRun, getRun, listRuns, setRunStatus, deleteRun } from './runs';
export { putSample, putSamples, getSample, runRows, storedOutcomes, countRunSamples } from './samples';
export { querySamples, countSamples, storedModels, storedRunIds, planQuery, type SampleFilter, type SamplePage, type PageCursor } from './query';
export { getSetting, putSetting, deleteSetting } from './settings';
export { acquireRunLease, DEFAULT_LEASE_TTL_MS, type RunLease, type LeaseOutcome, type LeaseOptions, type LockManagerLike } from './lease';
export { createChangeFeed, type ChangeFeed, type StoreChange } from './change-feed';
export { watchRun, type RunView, type WatchOptions } from './watch';
export { createStoreSink } from './sink';
export { prepareStorageForRuns } from './persistence';
export { isQuotaError } from './quota';
export { storeSampleSource, SCAN_CHUNK } from './sample-source';
export { putImportedSamples, createRunLookup, type RunLookup } from './import-samples';
export { runFootprint, FOOTPRINT_SAMPLES, type RunFootprint } from './footprint';
