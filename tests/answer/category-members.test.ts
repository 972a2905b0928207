import { describe, expect, it } from 'vitest';
import { askedMembers, askedOptions, enumerations, memberFit, membersNamed } from '@/lib/answer/extractive/category-members';

const categories = enumerations([
  'This thesis draws on three theories. These three theories are realism, liberalism, and constructivism.',
  'It applied three generic IR hypotheses—liberalism, constructivism, and realism—to assess the cases.',
  // Not an enumeration of as many members as the count says.
  'The two countries, Mexico and Colombia, and their relationship with the United States, mattered.',
  'Three reasons are given: cost, distance and trust.',
]);

describe('enumerations', () => {
  it('reads a counted plural noun followed by as many members', () => {
    expect(categories.get('theory')).toEqual(['realism', 'liberalism', 'constructivism']);
    expect(categories.get('hypothes')).toEqual(['liberalism', 'constructivism', 'realism']);
    expect(categories.has('country')).toBe(false);
    // Only a list right after the noun and its verb or dash is read ("are given: …" is not).
    expect(categories.has('reason')).toBe(false);
  });
});

describe('askedMembers', () => {
  it('reads which-questions about an enumerated kind, one member or all', () => {
    expect(askedMembers('Which IR theory best explains U.S.-Colombian cooperation?', categories)).toEqual({ members: ['realism', 'liberalism', 'constructivism'], plural: false });
    expect(askedMembers('Which international relations theory explains it?', categories)?.plural).toBe(false);
    expect(askedMembers('What theories does the thesis use?', categories)?.plural).toBe(true);
    expect(askedMembers('What are the three theories the thesis uses?', categories)?.plural).toBe(true);
    // "hypothesis" stems apart from "hypotheses" but is the same noun.
    expect(askedMembers('Which hypothesis correlates with internal instability?', categories)?.members).toEqual(['liberalism', 'constructivism', 'realism']);
    // A theorist holds a theory; asking which one asks for a person.
    expect(askedMembers('Which theorist says states seek relative gains?', categories)).toBeNull();
  });
  it('leaves other questions alone', () => {
    expect(askedMembers('What is the theory of constructivism?', categories)).toBeNull();
    // "A or B" between two members of one kind offers a choice.
    expect(askedOptions('Does the thesis say realism or liberalism best explains cooperation?', categories)).toEqual(['realism', 'liberalism']);
    expect(askedOptions('Was it realist or liberal thinking?', categories)).toEqual(['realism', 'liberalism']);
    expect(askedOptions('Did Mexico or Colombia cooperate more?', categories)).toBeNull();
    expect(askedMembers('Which country cooperated more?', categories)).toBeNull();
    expect(askedMembers('Why does realism explain cooperation?', categories)).toBeNull();
  });
});

describe('memberFit', () => {
  const one = askedMembers('Which theory explains it?', categories)!;
  const all = askedMembers('Which theories does it use?', categories)!;
  it('knows members in any form of their words', () => {
    expect(membersNamed('A realist argument best explains it.', one.members)).toBe(1);
    expect(membersNamed('The liberal hypothesis correlates with internal instability.', one.members)).toBe(1);
    expect(membersNamed('Realism and constructivism agree.', one.members)).toBe(2);
  });
  it('prefers a sentence choosing a member over one defining the kind, unless all are asked for', () => {
    const definition = 'These three theories are realism, liberalism, and constructivism.';
    expect(memberFit('Realism best explains it.', one)).toBe(1);
    expect(memberFit(definition, one)).toBe(0.5);
    expect(memberFit(definition, all)).toBe(1);
    expect(memberFit('Interviewing personnel may change the outcome of the correlated IR theories.', one)).toBe(0);
  });
});
