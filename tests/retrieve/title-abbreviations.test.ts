import { beforeAll, describe, expect, it } from 'vitest';
import { spellOutTitles } from '@/lib/retrieve/title-abbreviations';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';

describe('spellOutTitles', () => {
  it('spells out a rank or title typed short before a name', () => {
    expect(spellOutTitles('When did Adm. Tidd testify?')).toBe('When did Admiral Tidd testify?');
    expect(spellOutTitles('Why did Gen Castro order fuel?')).toBe('Why did General Castro order fuel?');
    expect(spellOutTitles('who did lt. col. smith meet')).toBe('who did Lieutenant Colonel smith meet');
    expect(spellOutTitles('Maj. Gen. Smith')).toBe('Major General Smith');
    expect(spellOutTitles('What did the SecDef announce?')).toBe('What did the Secretary of Defense announce?');
  });

  it('drops a generational "Sr." after a name but reads "Sr." before a title as senior', () => {
    expect(spellOutTitles('Where was the summit that Bush Sr. attended?')).toBe('Where was the summit that Bush attended?');
    expect(spellOutTitles('What did the SOUTHCOM Sr. Enlisted Leader expand?')).toBe('What did the SOUTHCOM Senior Enlisted Leader expand?');
  });

  it('leaves words that only look like abbreviations alone', () => {
    expect(spellOutTitles('What is in Sec. II.C?')).toBe('What is in Sec. II.C?');
    expect(spellOutTitles('did they rep the navy')).toBe('did they rep the navy');
    expect(spellOutTitles('What did General Sullivan propose?')).toBe('What did General Sullivan propose?');
  });
});

describe('abbreviated titles on the real thesis', () => {
  let store: Store;
  beforeAll(async () => {
    store = await loadStore(await testDataDir());
  });

  it('answers questions naming people by abbreviated ranks instead of abstaining', async () => {
    const tidd = await answerQuestion(store, 'What date did Adm. Tidd give his SOUTHCOM posture statement to SASC?', { llm: null });
    expect(tidd.abstained).toBe(false);
    expect(tidd.answer).toMatch(/March 10, 2016/);
    const bush = await answerQuestion(store, 'Where was the 1990 illicit drugs summit that Bush Sr. attended?', { llm: null });
    expect(bush.answer).toMatch(/Cartagena/);
  });
});
