import { describe, expect, it } from 'vitest';
import { asksGroupIdentities, deedByUnnamed, leavesGroupUnnamed } from '@/lib/answer/extractive/group-identity';
import { askedWords } from '@/lib/answer/extractive/detail-evidence';

const SIGNING = 'Leaders from the two parties signed a peace agreement aboard the U.S. Navy battleship, USS Wisconsin (BB-64).';

describe('asksGroupIdentities', () => {
  it('reads questions asking who the people of a described group were', () => {
    expect(asksGroupIdentities('Who were the leaders from the two parties that signed the peace agreement?')).toBe(true);
    expect(asksGroupIdentities('Which Colombian navy officials did Ray Mabus meet during his visit?')).toBe(true);
    expect(asksGroupIdentities('Who were the U.S. military personnel that named the command?')).toBe(true);
  });

  it('leaves other who-questions alone', () => {
    expect(asksGroupIdentities('Who signed the peace agreement?')).toBe(false);
    expect(asksGroupIdentities('Who was General Wilhelm?')).toBe(false);
    expect(asksGroupIdentities('Which officials opposed the plan?')).toBe(false);
  });
});

describe('deedByUnnamed', () => {
  it('tells a deed done by a group the sentence does not name', () => {
    expect(deedByUnnamed('Who signed the peace agreement aboard the USS Wisconsin?', SIGNING)).toBe(true);
    // After a time phrase, nations' adjectives qualify the group without naming anyone; "inked" is "signed".
    const deal = 'In October 2009, Colombian and U.S. civilian officials signed a military cooperation agreement.';
    expect(deedByUnnamed("Who inked the 2009 base-access deal on Bogotá's behalf?", deal)).toBe(true);
  });

  it('accepts a named doer, and leaves questions without a deed alone', () => {
    expect(deedByUnnamed('Who signed the Mérida Initiative?', 'President Bush signed the Mérida Initiative in 2007.')).toBe(false);
    expect(deedByUnnamed('Who trained the pilots?', 'U.S. Special Forces trained the pilots.')).toBe(false);
    expect(deedByUnnamed('Who signed the agreement?', 'In 2009, Colombian President Uribe and U.S. officials signed the agreement.')).toBe(false);
    expect(deedByUnnamed('Who led the task force?', SIGNING)).toBe(false);
  });
});

describe('leavesGroupUnnamed', () => {
  it('asks a group question for a sentence naming someone new', () => {
    const q = 'Which Colombian navy officials did Ray Mabus meet during his February 2015 visit?';
    const meeting = 'On February 4, 2015, then U.S. Secretary of the Navy, Ray Mabus, visited Colombia to meet with his counterparts in the Colombian Defense and Navy.';
    expect(leavesGroupUnnamed(q, meeting, askedWords(q))).toBe(true);
    expect(leavesGroupUnnamed(q, 'Mabus met Admiral Hernando Wills in Bogota.', askedWords(q))).toBe(false);
  });
});
