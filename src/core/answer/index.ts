/** Final-answer extraction shared by the LCE loop and the critic. */
export { extractAnswer, findBoxed, findAnswerPhrases, findOutputBlocks, matchBrace, cleanAnswerPhrase, isErrorOutput } from './extract';
export type { ExtractedAnswer, AnswerSource } from './extract';
