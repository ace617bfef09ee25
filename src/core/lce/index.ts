/** The LCE solve loop, its streaming block parser and its events. */
export { solve, type SolveOptions, type Sampling } from './solve';
export { createBlockParser, type BlockParser, type ParsedRound, type ParserEvent } from './block-parser';
export { createStopScanner, stopPiecesToDrop, stopPrefixLength, type StopScan, type StopScanner } from './stop-scanner';
export { cellOutputBlock, truncateMiddle } from './cell-output';
export { nextStep, STOPPED_BY_USER, type LoopPoint, type Step, type Stop } from './next-step';
export { streamRound, type RoundOutcome } from './round';
export { detectStrategy } from './strategy';
export { estimateTokens, budgetOf, roomLeft, roundTokenLimit, hasRoomForRound, formatTokens, MIN_ROUND_ROOM, type ContextBudget } from './context-budget';
export * from './events';
