import { describe, expect, it } from 'vitest';
import { titledPart } from '@/lib/retrieve/titled-part';
import { partOf } from '@/lib/retrieve/part-reference';

const SECTIONS = [
  { id: 'I', title: 'INTRODUCTION' },
  { id: 'I.A.3', title: 'Cooperation and Constructivism' },
  { id: 'I.B.3', title: 'Constructivist Hypothesis' },
  { id: 'I.C', title: 'RESEARCH DESIGN' },
  { id: 'II', title: 'EVALUATING COOPERATION BETWEEN THE UNITED STATES AND MEXICAN MILITARIES' },
  { id: 'III', title: 'EVALUATING COOPERATION BETWEEN THE UNITED STATES AND COLOMBIAN MILITARIES' },
  { id: 'III.F', title: 'ANALYSIS' },
  { id: 'IV.A.2', title: 'U.S. and Colombian Militaries' },
];

describe('titledPart', () => {
  it('reads a part named by words of its title as where to look', () => {
    expect(titledPart('In the constructivism bit, which pair of countries are foes?', SECTIONS)).toEqual({ span: 'the constructivism bit', abstract: false, sections: ['I.A.3', 'I.B.3'] });
    expect(titledPart('Which countries attended the conference mentioned in the Colombia chapter?', SECTIONS)?.sections).toEqual(['III']);
    expect(titledPart('According to the section on research design, how were the cases chosen?', SECTIONS)?.sections).toEqual(['I.C']);
  });

  it('leaves a part the question asks about, or one named by position or by no title, alone', () => {
    // The part is the subject here, not where to look.
    expect(titledPart('How come the Colombia part of the study only goes back to 1900?', SECTIONS)).toBeNull();
    expect(titledPart('What is in the first part?', SECTIONS)).toBeNull();
    expect(titledPart('In the Wilhelm section, what did he do?', SECTIONS)).toBeNull();
    expect(titledPart('Which Mexican units took part in UNITAS?', SECTIONS)).toBeNull();
  });

  it('is what search found, else the fixed parts', () => {
    const found = titledPart('In the constructivism bit, which countries are foes?', SECTIONS);
    expect(partOf({ text: 'In the constructivism bit, which countries are foes?', part: found })).toBe(found);
    expect(partOf({ text: 'According to the concluding chapter, why?' })?.sections).toEqual(['IV']);
    expect(partOf({ text: 'According to the concluding chapter, why?', part: null })).toBeNull();
  });
});
