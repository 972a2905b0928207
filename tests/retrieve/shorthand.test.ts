import { beforeAll, describe, expect, it } from 'vitest';
import { spellOutShorthand } from '@/lib/retrieve/shorthand';
import { spellOutAbbreviations } from '@/lib/retrieve/abbreviations';
import { idTokens } from '@/lib/retrieve/tokenize';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

describe('spellOutShorthand', () => {
  it('writes out staff shorthand in the words the thesis uses', () => {
    expect(spellOutShorthand('helos sent to the Mex AF')).toBe('helicopters sent to the Mexican Air Force');
    expect(spellOutShorthand('who attended the mtg with the Colombian govt')).toBe('who attended the meeting with the Colombian government');
    expect(spellOutShorthand('aid to Mex after 2007')).toBe('aid to Mexico after 2007');
    expect(spellOutShorthand('intl and natl pressure')).toBe('international and national pressure');
    expect(spellOutShorthand('Colombian KIA and WIA')).toBe('Colombian killed and wounded');
    expect(spellOutShorthand('the kia dealer')).toBe('the kia dealer');
  });

  it('writes a century the way the thesis does', () => {
    expect(spellOutShorthand('Why does the author start in the early twentieth century?')).toBe('Why does the author start in the early 1900s?');
    expect(spellOutShorthand('clashes in the 19th century')).toBe('clashes in the 1800s');
    // The world wars as the thesis names them; "Second, …" in the thesis opens a list.
    expect(spellOutShorthand('bases during the Second World War')).toBe('bases during the World War II');
    expect(spellOutShorthand('after the first world war')).toBe('after the World War I');
    expect(spellOutShorthand('a twenty-first century threat')).toBe('a 2000s threat');
  });

  it('reads a "# of" or "$" opening as a question of how many or how much', () => {
    expect(spellOutShorthand('# of Colombian troops in Korea')).toBe('How many Colombian troops in Korea');
    expect(spellOutShorthand('No. of bases opened to US forces')).toBe('How many bases opened to US forces');
    expect(spellOutShorthand('$ for Plan Colombia in 2000')).toBe('How much money for Plan Colombia in 2000');
    expect(spellOutShorthand('Was $1.3 billion the total?')).toBe('Was $1.3 billion the total?');
  });

  it('writes a two-digit year in full only where it cannot be a day', () => {
    expect(spellOutShorthand('the meeting of January 99')).toBe('the meeting of January 1999');
    expect(spellOutShorthand("what happened in March '02")).toBe('what happened in March 2002');
    expect(spellOutShorthand('aid in the ’90s')).toBe('aid in the 1990s');
    expect(spellOutShorthand('what happened on October 30')).toBe('what happened on October 30');
    expect(spellOutShorthand('on December 12, 2006')).toBe('on December 12, 2006');
  });

  it('leaves words that only look like shorthand alone', () => {
    expect(spellOutShorthand('mil-to-mil ties')).toBe('mil-to-mil ties');
    expect(spellOutShorthand('what was the af role')).toBe('what was the af role');
    expect(spellOutShorthand('Mexico and Mexican officers')).toBe('Mexico and Mexican officers');
    expect(spellOutShorthand('the governor of Michoacán')).toBe('the governor of Michoacán');
  });

  it('runs after months are spelt out, so a short month with a short year works', () => {
    expect(spellOutAbbreviations('the Wilhelm-Mora mtg Jan 99')).toBe('the Wilhelm-Mora meeting January 1999');
  });
});

describe('idTokens', () => {
  it('reads "post-9/11" as a period, not as an identifier', () => {
    expect(idTokens('the new post-9/11 command')).toEqual([]);
    expect(idTokens('the UH-60 fleet')).toEqual(['uh60']);
  });
});

describe('shorthand questions on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('answers a count typed as staff shorthand instead of abstaining', async () => {
    const r = await answerQuestion(store, 'No. of UH-1H helos the US offered the Mex AF in 1996?', { llm: null });
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/\b73\b/);
  });

  it('answers a sum typed as "$ …" with a month and a two-digit year', async () => {
    const r = await answerQuestion(store, '$ to train & equip Colombian forces after the Wilhelm-Mora mtg of Jan 99', { llm: null });
    expect(r.abstained).toBe(false);
    expect(r.answer).toMatch(/\$7 million/);
  });
});
