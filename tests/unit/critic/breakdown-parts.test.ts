import { describe, expect, test } from 'vitest';
import { withoutBreakdown } from '../../../src/core/critic/breakdown';

/**
 * Policy `final-answer`: the parts named after a total ("Together they have 260 sheep — Toulouse 160,
 * Charleston 80 and Seattle 20.") break it down; the sentence without them states the answer.
 * How the parts are separated and spaced, and which words name them.
 */
const SHEEP = 'How many sheep do Toulouse, Charleston, and Seattle have together?';
const SHIRTS = 'How many shirts did it sell in all?';
const APPLES = 'How many apples did they sell in all?';

describe('withoutBreakdown', () => {
  describe('should drop the parts whatever the spaces around their separators', () => {
    test.each([
      ['for two spaces before the bracket', 'Altogether they picked 75 apples  (Ann 25, Ben 30, Cara 20).', 'How many apples did they pick altogether?', 'Altogether they picked 75 apples.'],
      ['for two spaces before the dash', 'Together they have 260 sheep  - Toulouse 160, Charleston 80 and Seattle 20', SHEEP, 'Together they have 260 sheep.'],
      ['for spaces inside the brackets', 'Altogether they picked 75 apples ( Ann 25, Ben 30, Cara 20 ).', 'How many apples did they pick altogether?', 'Altogether they picked 75 apples.'],
      ['for a space before the closing full stop', 'Altogether they picked 75 apples (Ann 25, Ben 30, Cara 20) .', 'How many apples did they pick altogether?', 'Altogether they picked 75 apples.'],
      ['for commas without a space', 'In all the shop sold 45 shirts: 20 red,15 blue,10 green.', SHIRTS, 'In all the shop sold 45 shirts.'],
      ['for semicolons without a space', 'In all the shop sold 45 shirts: 20 red;15 blue;10 green.', SHIRTS, 'In all the shop sold 45 shirts.'],
      ['for two spaces after "and"', 'In all the shop sold 45 shirts: 20 red, 15 blue and  10 green.', SHIRTS, 'In all the shop sold 45 shirts.'],
      ['for two spaces after ", and"', 'In all they sold 75 apples: 25 from Saturday, 20 from Sunday, and  30 from Monday.', APPLES, 'In all they sold 75 apples.'],
      ['for ",and" without a space', 'In all they sold 75 apples: 25 from Saturday, 20 from Sunday,and 30 from Monday.', APPLES, 'In all they sold 75 apples.'],
    ])('%s', (_, sentence, question, want) => {
      expect(withoutBreakdown(sentence, question)).toBe(want);
    });
  });

  describe('should drop the parts for each way of listing them', () => {
    test.each([
      ['for ", and" before a part that opens with its number', 'In all they sold 75 apples: 25 from Saturday, 20 from Sunday, and 30 from Monday.', APPLES, 'In all they sold 75 apples.'],
      ['for parts between semicolons', 'In all the shop sold 45 shirts: 20 red; 15 blue; 10 green.', SHIRTS, 'In all the shop sold 45 shirts.'],
      ['for a comma after the last part', 'Altogether they picked 75 apples (Ann 25, Ben 30, Cara 20,).', 'How many apples did they pick altogether?', 'Altogether they picked 75 apples.'],
      ['for amounts of money with cents in brackets', 'Altogether they spent $7.50 (Ann $2.50, Ben $3.00 and Cara $2.00).', 'How much did they spend altogether?', 'Altogether they spent $7.50.'],
      ['for parts in title case', 'Together They Have 260 Sheep - Toulouse 160 Sheep, Charleston 80 Sheep, Seattle 20 Sheep', SHEEP, 'Together They Have 260 Sheep.'],
    ])('%s', (_, sentence, question, want) => {
      expect(withoutBreakdown(sentence, question)).toBe(want);
    });
  });

  describe('should drop the parts when the question names none of them, even with the little words they share', () => {
    test.each([
      ['for "has"', 'Together the family has 75 apples - Ann has 25, Ben has 30 and Cara has 20.', 'How many apples has the family picked?', 'Together the family has 75 apples.'],
      ['for "had"', 'Together they had 75 apples - Ann had 25, Ben had 30 and Cara had 20.', 'How many apples had they picked by noon?', 'Together they had 75 apples.'],
      ['for "with"', 'Together they came home with 75 apples - Ann with 25, Ben with 30 and Cara with 20.', 'How many apples did they come home with?', 'Together they came home with 75 apples.'],
      ['for "from"', 'Altogether they sold 75 apples - 25 from Monday, 20 from Tuesday and 30 from Friday.', 'How many apples did they sell from their stall?', 'Altogether they sold 75 apples.'],
      ['for "the"', 'Together the families picked 75 apples - the Smiths 40 and the Joneses 35.', 'How many apples did the families pick?', 'Together the families picked 75 apples.'],
      ['for "and"', 'Together they picked 75 apples - Ann 25; Ben 30; and Cara 20.', 'How many apples did the boys and girls pick?', 'Together they picked 75 apples.'],
    ])('%s', (_, sentence, question, want) => {
      expect(withoutBreakdown(sentence, question)).toBe(want);
    });
  });

  describe('should drop the parts after a total without a question', () => {
    test.each([
      ['for parts named by two letters', 'Together they have 75 apples - Al 25, Bo 30 and Cy 20.', 'Together they have 75 apples.'],
      ['for parts named by places', 'Altogether there are 75 apples: 25 here and 50 at home.', 'Altogether there are 75 apples.'],
    ])('%s', (_, sentence, want) => {
      expect(withoutBreakdown(sentence, undefined)).toBe(want);
    });
  });

  describe('should keep the parts', () => {
    test.each([
      ['for a question that names one word of a part', 'Together they have 260 sheep - Toulouse 160, Charleston 80 and Seattle 20 ewes.', 'How many sheep does Seattle have?'],
      ['for parts without a number', 'In total they sold 45 shirts: red, blue and green ones.', SHIRTS],
      ['for a last part that is a clause with "make"', 'Together they picked 75 apples: Cara 20 and the others make 55.', 'How many apples did they pick together?'],
      ['for a last part that is a clause with "give"', 'Together they picked 75 apples: Cara 20 and the others give 55.', 'How many apples did they pick together?'],
      ['for a last part that is a clause with "equal"', 'Together they picked 75 apples: Cara 20 and the others equal 55.', 'How many apples did they pick together?'],
      ['for a stray closing bracket inside a part', 'Together they have 260 sheep - Toulouse 160, Charleston 80 and Seattle ) 20', SHEEP],
    ])('%s', (_, sentence, question) => {
      expect(withoutBreakdown(sentence, question)).toBeNull();
    });
  });

  describe('should read a bracket opened right after a dash or a colon the same however many spaces come before it', () => {
    test.each([
      ['for a dash and one space', 'Together they have 260 sheep - (Toulouse 160, Charleston 80 and Seattle 20).'],
      ['for a dash and two spaces', 'Together they have 260 sheep -  (Toulouse 160, Charleston 80 and Seattle 20).'],
      ['for a colon and one space', 'Together they have 260 sheep: (Toulouse 160, Charleston 80 and Seattle 20).'],
      ['for a colon and two spaces', 'Together they have 260 sheep:  (Toulouse 160, Charleston 80 and Seattle 20).'],
    ])('%s', (_, sentence) => {
      expect(withoutBreakdown(sentence, SHEEP)).toBeNull();
    });
  });
});
