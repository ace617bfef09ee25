import { describe, expect, test } from 'vitest';
import { judgeByRules } from '../../../src/core/critic';
import { closingParts } from '../../../src/core/critic/closing-parts';

// The working a response gives before the answers it numbers at its end.
const WORKING = 'So $q = 2$.';

describe('judgeByRules', () => {
  describe('should read answers numbered one a line after the working as the answers together', () => {
    test.each([
      [
        'for parts lettered (a), (b)',
        'The common ratio is $q = 2$, so $a_7 = 3 \\cdot 2^4 = 48$ and $S_7 = 3(2^7 - 1) = 381$.\n(a) 48\n(b) 381',
        '(a) Find $a_7$. (b) Find $S_7$.',
      ],
      ['for labels indented by spaces', 'The common ratio is $q = 2$, so $a_7 = 48$ and $S_7 = 381$.\n  (1) 48\n  (2) 381', '(1) Find $a_7$. (2) Find $S_7$.'],
      ['for a response that ends with a line break', 'The common ratio is $q = 2$, so $a_7 = 48$ and $S_7 = 381$.\n(1) 48\n(2) 381\n', '(1) Find $a_7$. (2) Find $S_7$.'],
    ])('%s', (_, pred, question) => {
      expect(judgeByRules(pred, '48, 381', { question }).equal).toBe(true);
    });
  });
});

describe('closingParts', () => {
  describe('should read the labels as they are written', () => {
    test.each([
      ['for labels indented by spaces', `${WORKING}\n  (1) 48\n  (2) 384`],
      ['for labels indented by no-break spaces', `${WORKING}\n\u00a0(1) 48\n\u00a0(2) 384`],
      ['for bullets followed by two spaces', `${WORKING}\n-  (1) 48\n-  (2) 384`],
      ['for a colon after the label', `${WORKING}\n(1): 48\n(2): 384`],
      ['for values written right after the label', `${WORKING}\n(1)48\n(2)384`],
      ['after a numbered line of working', '1. From $a_3 = 12$ we get $q = 2$.\n(1) 48\n(2) 384'],
      ['for a text that ends with a line break', `${WORKING}\n(1) 48\n(2) 384\n`],
    ])('%s', (_, text) => {
      expect(closingParts(text)).toEqual(['48', '384']);
    });

    test.each([
      ['for letters in brackets', 'So the two parts are:\n(a) 5\n(b) 7'],
      ['for letters with a closing bracket', 'So the two parts are:\na) 5\nb) 7'],
    ])('%s', (_, text) => {
      expect(closingParts(text)).toEqual(['5', '7']);
    });
  });

  describe('should give each value without the marks that close it or the $ around it', () => {
    test.each([
      ['for spaces inside the $', `${WORKING}\n(1) $ 48 $\n(2) $ 384 $`, ['48', '384']],
      ['for a full stop after the $', `${WORKING}\n(1) $48$.\n(2) $384$.`, ['48', '384']],
      ['for several marks after the value', `${WORKING}\n(1) 48\n(2) 384 ;.`, ['48', '384']],
      ['for decimal points inside the values', `${WORKING}\n(1) 3.5\n(2) 7.25`, ['3.5', '7.25']],
      ['for two formulas on one line, kept as written', 'So the roots are:\n(1) $3$ or $-3$\n(2) $5$', ['$3$ or $-3$', '5']],
      ['for LaTeX commands, which are no words', `${WORKING}\n(1) $\\frac{1}{2}$\n(2) $\\sqrt{3}$`, ['\\frac{1}{2}', '\\sqrt{3}']],
    ])('%s', (_, text, values) => {
      expect(closingParts(text)).toEqual(values);
    });
  });

  describe('should keep a value given to a plain name', () => {
    test.each([
      ['for names with spaces around =', `${WORKING}\n(1) x = 3\n(2) S_{10} = 110`, ['x = 3', 'S_{10} = 110']],
      ['for names without spaces around =', `${WORKING}\n(1) x=3\n(2) y=4`, ['x=3', 'y=4']],
    ])('%s', (_, text, values) => {
      expect(closingParts(text)).toEqual(values);
    });
  });

  describe('should give null for lines that are not closing answers', () => {
    test.each([
      ['for a label in the middle of the last line', `${WORKING}\n(1) 48\nand (2) 384`],
      ['for a value longer than 40 characters', `${WORKING}\n(1) 48\n(2) 1 + 2 + 4 + 8 + 16 + 32 + 64 + 128 + 256 + 512`],
      ['for one labelled line', `${WORKING}\n(1) 48`],
      ['for labels that do not start at 1', `${WORKING}\n1. $q = 2$\nHence\n(2) 384\n(3) 768`],
      ['for labels that skip a number', `${WORKING}\n(1) 48\n(3) 384`],
      ['for a value in words', `${WORKING}\n(1) 48\n(2) the sum is 384`],
      ['for a part left empty', `${WORKING}\n(1) 48\n(2) ...`],
      ['for a computation', `${WORKING}\n(1) 12 + 30 = 42\n(2) 6`],
      ['for an equation with a coefficient', `${WORKING}\n(1) 3x = 12\n(2) 6`],
      ['for a chain of equalities after a name', `${WORKING}\n(1) a_7 = 3 \\cdot 16 = 48\n(2) 6`],
      ['for a chain of equalities written without spaces', `${WORKING}\n(1) x=3\n(2) a_7=3\\cdot16=48`],
    ])('%s', (_, text) => {
      expect(closingParts(text)).toBeNull();
    });
  });
});
