import { describe, expect, test } from 'vitest';
import { namesTheRest } from '../../../src/core/critic/rest-remark';

/** Policy `final-answer`: a closing sentence about the rest of a whole, however it is spaced and capitalised. */
const LEFT = 'There were 30 cats on a rock and 18 chased a mouse. How many cats were left on the rock?';

describe('namesTheRest', () => {
  describe('should set the closing sentence aside', () => {
    test.each([
      ['for two spaces after "And"', 'And  the remaining 18 ran off.', 'So 12 cats were left on the rock.', LEFT],
      ['for two spaces after "The"', 'The  other 18 ran after the mouse.', 'So 12 cats were left on the rock.', LEFT],
      ['for a closing sentence with a leading space', ' The other 18 ran after the mouse.', 'So 12 cats were left on the rock.', LEFT],
      ['for question words that say nothing of the part, in the closing sentence only', 'The other 18 were chasing the mouse.', 'So 12 cats stay on the rock.', LEFT],
      ['for asked words capitalised in the sentence before', 'The other 18 stayed away from the mouse.', 'So 12 cats stayed on Pride Rock.', 'How many cats stayed on Pride Rock?'],
    ])('%s', (_, sentence, before, question) => {
      expect(namesTheRest(sentence, before, question)).toBe(true);
    });

    test('for the counted thing named again after a question with two spaces after "How many"', () => {
      const question = 'There were 30 cats on a rock and 18 chased a mouse. How many  cats were left on the rock?';
      expect(namesTheRest('The other 18 cats ran off.', 'So 12 were left on the rock.', question)).toBe(true);
    });
  });
});
