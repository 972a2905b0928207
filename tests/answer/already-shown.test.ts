import { describe, expect, it } from 'vitest';
import { alreadyShown, asksForMore } from '@/lib/answer/extractive/already-shown';
import { chatQuestion } from '@/lib/answer/chat-request';

describe('"What else …" follow-ups', () => {
  it('reads questions asking past what was shown', () => {
    expect(asksForMore('What else does the thesis say about him?')).toBe(true);
    expect(asksForMore('Tell me more about Plan Colombia.')).toBe(true);
    expect(asksForMore('Why does the U.S. cooperate more with Colombia?')).toBe(false);
  });

  it('finds a thesis sentence in the previous answer, markers and a leading connective aside', () => {
    const shown = alreadyShown('In 1997, General Charles E. Wilhelm assumed command of USSOUTHCOM.[1] Mexico returned the helicopters.[2]');
    expect(shown('In 1997, General Charles E. Wilhelm assumed command of USSOUTHCOM.¹⁴⁴')).toBe(true);
    expect(shown('However, in 1997, General Charles E. Wilhelm assumed command of USSOUTHCOM.')).toBe(true);
    expect(shown('General Wilhelm met with Colombian Army Commander General Mora in January of 1999.')).toBe(false);
  });

  it('takes the previous answer from the chat body', () => {
    const body = {
      messages: [
        { role: 'user' as const, parts: [{ type: 'text', text: 'Who was General Wilhelm?' }] },
        { role: 'assistant' as const, parts: [{ type: 'text', text: 'In 1997, General Charles E. Wilhelm assumed command.[1]' }] },
        { role: 'user' as const, parts: [{ type: 'text', text: 'What else does the thesis say about him?' }] },
      ],
    };
    expect(chatQuestion(body)).toEqual({
      question: 'What else does the thesis say about him?',
      context: 'Who was General Wilhelm?',
      shown: 'In 1997, General Charles E. Wilhelm assumed command.[1]',
    });
  });
});
