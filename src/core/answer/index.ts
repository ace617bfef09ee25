/** Final-answer extraction shared by the LCE loop and the critic. */
export { extractAnswer, locateAnswers, findBoxed, findBoxesAt, stripChatDebris, findAnswerPhrases, findAnswerPhrasesAt, findOutputBlocks, matchBrace, cleanAnswerPhrase, isErrorOutput } from './extract';
export type { ExtractedAnswer, AnswerSource, AnswerSpans, BoxAt } from './extract';
