import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '@/lib/retrieve/resolve-follow-up';

describe('resolveFollowUp', () => {
  it('reads a personal pronoun as the person the conversation last asked about', () => {
    expect(resolveFollowUp('Who was his Mexican counterpart?', 'Who was General Sullivan?\nWhat did he propose?')).toBe('Who was General Sullivan’s Mexican counterpart?');
    expect(resolveFollowUp('What did he do in Mexico?', 'Who is Admiral Mike Mullen?')).toBe('What did Admiral Mike Mullen do in Mexico?');
    expect(resolveFollowUp('What else does the thesis say about him?', 'Who was Pablo Escobar?')).toBe('What else does the thesis say about Pablo Escobar?');
  });

  it('reads "it" as the thing the conversation last asked about, keeping its article', () => {
    expect(resolveFollowUp('When was it approved?', 'What was Plan Colombia?')).toBe('When was Plan Colombia approved?');
    expect(resolveFollowUp('Who signed it?', 'What is the Mérida Initiative?')).toBe('Who signed the Mérida Initiative?');
    expect(resolveFollowUp('When was it created?', 'What is NORTHCOM?')).toBe('When was NORTHCOM created?');
    expect(resolveFollowUp('What were its goals?', 'What was Plan Colombia?')).toBe('What were Plan Colombia’s goals?');
  });

  it('leaves a question alone when there is nothing to resolve', () => {
    expect(resolveFollowUp('Is it true that Colombia fought in Korea?', 'What did Mexico do in World War II?')).toBe('Is it true that Colombia fought in Korea?');
    expect(resolveFollowUp('What happened after that?', 'What was the Tampico Affair?')).toBe('What happened after that?');
    expect(resolveFollowUp('What did he propose?', 'What was Plan Colombia?')).toBe('What did he propose?');
    expect(resolveFollowUp('When was it approved?', undefined)).toBe('When was it approved?');
  });
});
