import { describe, expect, it } from 'vitest';
import { portrayalLead, portrayedTerms } from '@/lib/answer/extractive/portrayal';
import type { Scored } from '@/lib/answer/extractive/score';
import { terms } from '@/lib/retrieve/tokenize';

const at = (text: string, score: number) => ({ c: { text, terms: new Set(terms(text)) }, score }) as unknown as Scored;

describe('portrayal', () => {
  it('reads what a "How did X characterize Y?" question asks to have portrayed, with its aliases', () => {
    expect(portrayedTerms('How did the admiral characterize Bogotá in his 2016 testimony?')).toEqual(expect.arrayContaining(['bogota', 'colombia']));
    expect(portrayedTerms('How did Bogota’s army boss describe the 1997 trip by McCaffrey?')).toEqual(expect.arrayContaining(['trip', 'mccaffrey']));
    expect(portrayedTerms('What did the admiral say?')).toBeNull();
  });

  it('leads with a sentence portraying the thing when the best one never names it', () => {
    const q = 'How did the admiral in charge of the southern command characterize Bogotá in his 2016 testimony to senators?';
    const date = at('On March 10, 2016, Admiral Kurt W. Tidd provided a statement to the Senate Armed Services Committee.', 0.85);
    const quote = at('According to Admiral Tidd, Colombia is “a strategic ally, friend, and preeminent partner.”', 0.4);
    expect(portrayalLead([date, quote], q, 0.5)).toBeUndefined();
    expect(portrayalLead([date, at(quote.c.text, 0.6)], q, 0.5)?.c.text).toBe(quote.c.text);
    // Not when the best sentence names it already, nor for a sentence naming it without portraying it.
    expect(portrayalLead([at(quote.c.text, 1), date], q, 0.5)).toBeUndefined();
    expect(portrayalLead([date, at('Colombia received aid.', 0.8)], q, 0.5)).toBeUndefined();
  });
});
