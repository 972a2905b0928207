import { describe, expect, it } from 'vitest';
import { bridgesName, multiwordNames } from '@/lib/answer/extractive/bridge';
import type { Scored } from '@/lib/answer/extractive/score';
import type { QuestionTerm } from '@/lib/retrieve/question-terms';
import { terms } from '@/lib/retrieve/tokenize';

const sentence = (text: string, window = text) => ({ c: { text, terms: new Set(terms(text)), window: { terms: new Set(terms(window)), words: new Set() } } }) as unknown as Scored;
const perry = { term: 'perry', weight: 5, anchor: true, known: true, own: true } as QuestionTerm;

describe('bridgesName', () => {
  const last = sentence('In 2000, the U.S.-Mexico Bilateral Working Group held its last meeting.');
  it('links a name the question gives to the answer through another sentence naming the same body', () => {
    const link = sentence('This meeting in Mexico led to a U.S.-Mexico Bilateral Working Group.', 'Secretary Perry met Mexican leaders. This meeting in Mexico led to a U.S.-Mexico Bilateral Working Group.');
    expect(multiwordNames(last.c.text)).toEqual(['U.S.-Mexico Bilateral Working Group']);
    expect(bridgesName(perry, [last], [last, link])).toBe(true);
  });

  it('does not link through a name as common as "United States", nor through a sentence without the name asked', () => {
    const common = sentence('The United States sent forces to Mexico City.');
    const korea = sentence('Perry said the United States sent troops to Korea.');
    expect(bridgesName(perry, [common], [common, korea])).toBe(false);
    const unrelated = sentence('The U.S.-Mexico Bilateral Working Group met in 1996.');
    expect(bridgesName(perry, [last], [last, unrelated])).toBe(false);
  });
});
