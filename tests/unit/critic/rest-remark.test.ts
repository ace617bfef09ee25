import { describe, expect, test } from 'vitest';
import { namesTheRest } from '../../../src/core/critic/rest-remark';

/** Policy `final-answer`: a closing sentence about the rest of a whole after the part the question asks for. */
const LEFT = 'There were 30 cats on a rock and 18 chased a mouse. How many cats were left on the rock?';

describe('namesTheRest', () => {
  describe('should set the closing sentence aside', () => {
    test.each([
      ['for "The other 18" after the part asked for', 'The other 18 ran after the mouse.', 'So 12 cats were left on the rock.', LEFT],
      ['for "the remaining" after "and"', 'And the remaining 18 ran off.', 'So 12 cats were left on the rock.', LEFT],
      ['for "The rest" with the counted thing named again', 'The rest, 18 cats, ran off.', 'So 12 cats were left on the rock.', LEFT],
      ['for a closing sentence that says only part of what the sentence before says', 'The other 11 walk.', 'So 17 students do not walk to school.', 'A class has 28 students; 11 walk to school. How many students do not walk to school?'],
    ])('%s', (_, sentence, before, question) => {
      expect(namesTheRest(sentence, before, question)).toBe(true);
    });
  });

  describe('should keep the closing sentence as the answer', () => {
    test.each([
      ['when it says what the question asks and the sentence before does not', 'The other 18 ran after the mouse.', 'So 12 cats stayed on the rock.', 'How many cats ran after the mouse?'],
      ['when it says a word of the question the sentence before lacks', 'The other 18 ran.', 'So 12 cats stayed away from the grey mouse.', 'How many cats ran after the grey mouse?'],
      ['when both say the same of the question', 'The other 18 chased the mouse.', 'So 12 cats chased the mouse.', 'How many cats chased the mouse?'],
      ['when the sentence before states no value', 'The other 18 ran after the mouse.', 'So some cats were left on the rock.', LEFT],
      ['without a question', 'The other 18 ran after the mouse.', 'So 12 cats were left on the rock.', undefined],
      ['when it does not open with the rest', 'Then 18 ran after the mouse.', 'So 12 cats were left on the rock.', LEFT],
      ['when "other" is no opening word', 'So the other 18 ran after the mouse.', 'So 12 cats were left on the rock.', LEFT],
    ])('%s', (_, sentence, before, question) => {
      expect(namesTheRest(sentence, before, question)).toBe(false);
    });
  });
});
