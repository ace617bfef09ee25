/** The LCE solve loop, its streaming block parser and its events. */
export { solve, type SolveOptions, type Sampling } from './solve';
export { createBlockParser, stopPrefixLength, type BlockParser, type ParsedRound, type ParserEvent } from './block-parser';
export { cellOutputBlock, truncateMiddle } from './cell-output';
export { detectStrategy } from './strategy';
export * from './events';
