import { beforeAll, describe, expect, it } from 'vitest';
import { spellOutAbbreviations } from '@/lib/retrieve/abbreviations';
import { answerQuestion } from '@/lib/answer/answer-question';
import { loadStore, type Store } from '@/lib/index/load-store';
import { testDataDir } from '../helpers/test-index';
import { storeTermStats } from '@/lib/retrieve/term-stats';

describe('spellOutAbbreviations', () => {
  it('spells out a rank or title typed short before a name', () => {
    expect(spellOutAbbreviations('When did Adm. Tidd testify?')).toBe('When did Admiral Tidd testify?');
    expect(spellOutAbbreviations('Why did Gen Castro order fuel?')).toBe('Why did General Castro order fuel?');
    expect(spellOutAbbreviations('who did lt. col. smith meet')).toBe('who did Lieutenant Colonel smith meet');
    expect(spellOutAbbreviations('Maj. Gen. Smith')).toBe('Major General Smith');
    expect(spellOutAbbreviations('What did the SecDef announce?')).toBe('What did the Secretary of Defense announce?');
  });

  it('drops a generational "Sr." after a name but reads "Sr." before a title as senior', () => {
    expect(spellOutAbbreviations('Where was the summit that Bush Sr. attended?')).toBe('Where was the summit that Bush attended?');
    expect(spellOutAbbreviations('What did the SOUTHCOM Sr. Enlisted Leader expand?')).toBe('What did the SOUTHCOM Senior Enlisted Leader expand?');
  });

  it('spells out a month typed short before a day or year', () => {
    expect(spellOutAbbreviations('Which source is cited for the Oct 2009 deal?')).toBe('Which source is cited for the October 2009 deal?');
    expect(spellOutAbbreviations('what happened on mar. 10, 2016')).toBe('what happened on March 10, 2016');
    expect(spellOutAbbreviations('Did the Mar report say so?')).toBe('Did the Mar report say so?');
  });

  it('writes a fiscal year typed short in full', () => {
    expect(spellOutAbbreviations('how much did mexico get in FY16 alone?')).toBe('how much did mexico get in FY2016 alone?');
    expect(spellOutAbbreviations('aid in fy 17')).toBe('aid in fy2017');
  });

  it('leaves words that only look like abbreviations alone', () => {
    expect(spellOutAbbreviations('What is in Sec. II.C?')).toBe('What is in Sec. II.C?');
    expect(spellOutAbbreviations('did they rep the navy')).toBe('did they rep the navy');
    expect(spellOutAbbreviations('What did General Sullivan propose?')).toBe('What did General Sullivan propose?');
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
    const deal = await answerQuestion(store, 'Which source is cited for the Oct 2009 deal giving US forces access to seven Colombian bases?', { llm: null });
    expect(deal.abstained).toBe(false);
    expect(deal.citations.flatMap((c) => c.footnotes.map((f) => f.text)).join(' ')).toMatch(/Bronstein/);
  });

  it('knows an airframe by its family name ("C-130" for the C-130J the thesis names), and a short fiscal year', async () => {
    const stats = storeTermStats(store);
    expect(stats.hasId?.('c130')).toBe(true);
    expect(stats.hasId?.('uh1')).toBe(true);
    expect(stats.hasId?.('c131')).toBe(false);
    const planes = await answerQuestion(store, 'Which planes besides the C-130s is NORTHCOM helping Mexico buy?', { llm: null });
    expect(planes.answer).toMatch(/RC-26/);
    const fy = await answerQuestion(store, 'How much did the U.S. plan to give Colombia in FY 17?', { llm: null });
    expect(fy.answer).toMatch(/\$391 million/);
  });

  it('abstains when asked what a visitor signed, as the thesis never says he signed anything', async () => {
    const r = await answerQuestion(store, 'What agreement did SECNAV Mabus sign with the Colombian defense ministry during his Feb 2015 visit?', { llm: null });
    expect(r.abstained).toBe(true);
  });
});
