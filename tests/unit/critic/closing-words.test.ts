import { describe, expect, test } from 'vitest';
import { closingRemark, withoutRateClause } from '../../../src/core/critic/closing-remark';
import { statedShare } from '../../../src/core/critic/share';
import { withoutBreakdown } from '../../../src/core/critic/breakdown';

/** Policy `final-answer`: words after the answer that only comment on it (a rate, a description, the parts of a total), and a share stated after its counts. */
const SPEND = 'Terry eats 2 yogurts a day. How much does he spend on yogurt over 30 days?';
const BEFORE = 'So he spends $75.00 on yogurt over the 30 days.';

describe('closingRemark', () => {
  test.each([
    ['a rate per day the question does not ask for', 'That works out to $2.50 per day.', BEFORE, SPEND],
    ['"That\'s … a week"', "That's $20 a week.", 'She saved $240.', 'How much has she saved after 12 weeks?'],
    ['a description of the value by a noun for it', 'That is the first such number above four dozen.', 'The fewest is 59.', undefined],
    ['"That\'s the best one …"', "That's the best one can do.", 'The largest area is 144.', undefined],
  ])('should be true for %s', (_, sentence, before, question) => {
    expect(closingRemark(sentence, before, question)).toBe(true);
  });

  test.each([
    ['a rate when the asking sentence says "per day"', 'That works out to $2.50 per day.', BEFORE, 'Terry eats 2 yogurts a day. How much does he spend per day?'],
    ['a rate when the asking sentence says "each day"', 'That works out to $2.50 per day.', BEFORE, 'How much does he spend each day?'],
    ['a rate when the asking sentence says "a day"', 'That works out to $2.50 per day.', BEFORE, 'How much does he spend a day?'],
    ['a rate without a question', 'That works out to $2.50 per day.', BEFORE, undefined],
    ['a rate after a sentence without a value', 'That works out to $2.50 per day.', 'He buys yogurt every day.', SPEND],
    ['a description with a digit', 'That is the first such number above 48.', 'The fewest is 59.', undefined],
    ['a description that denies', 'That is not the smallest number.', 'The fewest is 59.', undefined],
    ['a description that doubts', 'That is the smallest number, or maybe not.', 'The fewest is 59.', undefined],
    ['a sentence that names a kind of answer', 'That is the second quadrant.', 'The point is (-3, 4).', undefined],
    ['a description that rejects the value', 'That is the one value we must reject.', 'The fewest is 59.', undefined],
    ['a rate per thing the question asks one of', 'That works out to $1.25 per yogurt.', 'So the pack costs $5.00.', 'How much does one yogurt cost?'],
  ])('should be false for %s', (_, sentence, before, question) => {
    expect(closingRemark(sentence, before, question)).toBe(false);
  });
});

describe('withoutRateClause', () => {
  test('should drop ", which is … a day" after the amount', () => {
    expect(withoutRateClause('So he spends 75 in all, which is 2.50 a day', SPEND)).toBe('So he spends 75 in all.');
  });
  test('should keep the clause when the question asks for the rate', () => {
    expect(withoutRateClause('So he spends 75 in all, which is 2.50 a day', 'How much does he spend per day?')).toBeNull();
  });
  test('should keep the clause when no amount stands before it', () => {
    expect(withoutRateClause('He eats yogurt, which is 2.50 a day', SPEND)).toBeNull();
  });
});

describe('statedShare', () => {
  const PERCENT = 'What percentage of the students enrolled in hip-hop dance?';
  test.each([
    ['the percent after "is"', '12 out of 20 students is 60% of the entire class.', PERCENT, '60%'],
    ['"percent" in words', 'So 35 out of 50 members makes up 70 percent of the club.', PERCENT, '70%'],
    ['a fraction for a fraction question', '15 of the 40 marbles are 3/8 of the bag.', 'What fraction of the marbles are red?', '3/8'],
    ['any share without a question', '12 out of 20 students is 0.6 of the class.', undefined, '0.6'],
  ])('should read %s', (_, sentence, question, want) => {
    expect(statedShare(sentence, question)).toBe(want);
  });

  test.each([
    ['a decimal share for a percentage question', '12 out of 20 students is 0.6 of the class.', PERCENT],
    ['a "how many" question', '12 out of 20 students is 60% of the class.', 'In a class of 20, 60% chose hip-hop. How many students chose hip-hop?'],
    ['a question that asks for something else', '12 out of 20 students is 60% of the class.', 'How old is the teacher?'],
    ['a doubt after the share', '12 out of 20 students is 60% of the class, or maybe 65%.', PERCENT],
    ['a sentence without the counts of a part', 'The class is 60% of the school.', PERCENT],
  ])('should read nothing for %s', (_, sentence, question) => {
    expect(statedShare(sentence, question)).toBeNull();
  });
});

describe('withoutBreakdown', () => {
  const SHEEP = 'How many sheep do Toulouse, Charleston, and Seattle have together?';
  test.each([
    ['parts after a dash', 'Together the three cities have 260 sheep - Toulouse 160, Charleston 80 and Seattle 20', SHEEP, 'Together the three cities have 260 sheep.'],
    ['parts after a colon', 'In all the shop sold 45 shirts: 20 red, 15 blue and 10 green.', 'How many shirts did it sell in all?', 'In all the shop sold 45 shirts.'],
    ['parts in brackets', 'Altogether they picked 75 apples (Ann 25, Ben 30, Cara 20).', 'How many apples did they pick altogether?', 'Altogether they picked 75 apples.'],
    ['a total in the sentence and a question that names no part', 'Together they have 260 sheep - Toulouse 160, Charleston 80 and Seattle 20', 'How many sheep are there?', 'Together they have 260 sheep.'],
  ])('should drop %s', (_, sentence, question, want) => {
    expect(withoutBreakdown(sentence, question)).toBe(want);
  });

  test.each([
    ['a question that asks for one part', 'Together they have 260 sheep - Toulouse 160, Charleston 80 and Seattle 20', 'How many sheep does Seattle have?'],
    ['no total in the sentence or the question', 'They have 260 sheep - Toulouse 160, Charleston 80 and Seattle 20', 'How many sheep are there?'],
    ['a result among the parts', 'Together they have 260 sheep - Toulouse 160, Charleston 80, so 240', SHEEP],
    ['a doubt among the parts', 'Together they have 260 sheep - Toulouse 160, Charleston 80 or maybe 90', SHEEP],
    ['one part only', 'Together they have 260 sheep - Toulouse 160', SHEEP],
    ['two numbers before the parts', 'Together 3 cities have 260 sheep - Toulouse 160, Charleston 80 and Seattle 20', SHEEP],
    ['a minus after a number', 'Together they have 260 - 160, Charleston 80 and Seattle 20', SHEEP],
  ])('should keep %s', (_, sentence, question) => {
    expect(withoutBreakdown(sentence, question)).toBeNull();
  });
});
