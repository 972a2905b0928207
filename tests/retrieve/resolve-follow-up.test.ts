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

  it('reads "this" standing alone as the thing asked about, the chat\'s suggested follow-ups among them', () => {
    expect(resolveFollowUp('How does this compare with U.S. cooperation with Mexico?', 'What was Plan Colombia?')).toBe('How does Plan Colombia compare with U.S. cooperation with Mexico?');
    expect(resolveFollowUp('Which international relations theory explains this best?', 'What was Plan Colombia?')).toBe('Which international relations theory explains Plan Colombia best?');
    expect(resolveFollowUp('Which sources does the thesis cite for this?', 'What is the Mérida Initiative?')).toBe('Which sources does the thesis cite for the Mérida Initiative?');
    expect(resolveFollowUp('What does this thesis argue?', 'What is the Mérida Initiative?')).toBe('What does this thesis argue?');
    // A conversation naming no thing leaves "this" to the conversation's words.
    expect(resolveFollowUp('How does this compare with U.S. cooperation with Mexico?', 'Why did cooperation with Colombia decline in the 1990s?')).toBe('How does this compare with U.S. cooperation with Mexico?');
  });

  it('leaves a question alone when there is nothing to resolve', () => {
    expect(resolveFollowUp('Is it true that Colombia fought in Korea?', 'What did Mexico do in World War II?')).toBe('Is it true that Colombia fought in Korea?');
    expect(resolveFollowUp('What happened after that?', 'What was the Tampico Affair?')).toBe('What happened after that?');
    expect(resolveFollowUp('What did he propose?', 'What was Plan Colombia?')).toBe('What did he propose?');
    expect(resolveFollowUp('When was it approved?', undefined)).toBe('When was it approved?');
    // A name in the question itself is what its pronoun points to.
    expect(resolveFollowUp('What did General Wilhelm do in his first year?', 'Who was Pablo Escobar?')).toBe('What did General Wilhelm do in his first year?');
    expect(resolveFollowUp('When was the Mérida Initiative signed and what did it provide?', 'What was Plan Colombia?')).toBe('When was the Mérida Initiative signed and what did it provide?');
  });

  it('reads "he" as the person the previous answer named when the questions named nobody', () => {
    const answer = 'During his three-year tour, General Wilhelm oversaw the implementation of “Plan Colombia.”[1]';
    expect(resolveFollowUp('When did he retire?', 'What was Plan Colombia?\nWho oversaw it?', answer)).toBe('When did General Wilhelm retire?');
    // A person the questions asked about comes first.
    expect(resolveFollowUp('When did he retire?', 'Who was General Sullivan?', answer)).toBe('When did General Sullivan retire?');
    expect(resolveFollowUp('When did he retire?', 'What was Plan Colombia?', 'Plan Colombia was approved in 2000.[1]')).toBe('When did he retire?');
  });
});
