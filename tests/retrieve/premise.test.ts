import { describe, expect, it } from 'vitest';
import { premiseOf, premiseOnlyTerms } from '@/lib/retrieve/premise';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { questionTerms, type TermStats } from '@/lib/retrieve/question-terms';

describe('premiseOf', () => {
  it('reads the statement a question opens with, before a dash, a full stop or a tag', () => {
    expect(premiseOf('The School of the Americas has been at Fort Bragg since 1984 — when did it get renamed WHINSC?')).toBe('The School of the Americas has been at Fort Bragg since 1984');
    expect(premiseOf('The battalion was attached to a British division, wasn’t it? How did it perform?')).toBe('The battalion was attached to a British division');
    expect(premiseOf('Gortney met Mexican leaders in 2015. Which generals did he meet?')).toBe('Gortney met Mexican leaders in 2015');
  });

  it('finds none in a plain question or one question after another', () => {
    expect(premiseOf('When was the School of the Americas renamed?')).toBeNull();
    expect(premiseOf('What happened to the helicopters? Why?')).toBeNull();
    expect(premiseOf('Who was General Mora — and when did he retire?')).toBeNull();
  });

  it('keeps a name only the claim uses from making the question off-topic, but not one the question asks about', () => {
    expect([...premiseOnlyTerms('The school has been at Fort Bragg since 1984 — when did it get renamed?')]).toContain('bragg');
    const stats: TermStats = { idf: () => 2, df: (t) => (t === 'bragg' || t === 'venezuela' ? 0 : 3) };
    const claim = questionTerms(analyzeQuery('The school has been at Fort Bragg since 1984 — when did it get renamed?', []), stats);
    expect(claim.find((t) => t.term === 'bragg')).toMatchObject({ anchor: false, known: false });
    const asked = questionTerms(analyzeQuery('The school trained Latin Americans — did it train officers from Venezuela?', []), stats);
    expect(asked.find((t) => t.term === 'venezuela')).toMatchObject({ anchor: true, known: false });
  });
});
