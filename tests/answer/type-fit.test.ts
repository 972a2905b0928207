import { describe, expect, it } from 'vitest';
import { listLeads, sentenceCandidates } from '@/lib/answer/extractive/candidates';
import { extractiveAnswer } from '@/lib/answer/extractive/model';
import { questionTerms, type TermStats } from '@/lib/retrieve/question-terms';
import { givesRestriction, outlinesOnly, questionFigures, restatesQuestion, scoreCandidates } from '@/lib/answer/extractive/score';
import { REASON_CUE } from '@/lib/retrieve/reason-cue';
import { terms } from '@/lib/retrieve/tokenize';
import { answerType, namesSettlement, typeFit } from '@/lib/answer/extractive/type-cues';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { corpus, record } from '../cite/fixtures';

const uniform: TermStats = { idf: () => 1, df: () => 1 };

describe('typeFit with the question', () => {
  it('counts a person for "who" only when the question does not already name them', () => {
    const q = 'Which Mexican general was General Sullivan’s counterpart?';
    expect(typeFit('who', 'General Sullivan met Mexican leaders often.', null, q)).toBe(0);
    expect(typeFit('who', 'General Sullivan met General Antonio Riviello.', null, q)).toBe(1);
    // Without the question, any titled name fits.
    expect(typeFit('who', 'General Sullivan met Mexican leaders often.')).toBe(1);
  });

  it('counts a person fully only in the asked role and nation', () => {
    const q = 'Which U.S. envoy in Bogotá said little to reporters about the 2008 rescue?';
    expect(typeFit('who', 'The rebels had held Senator Ingrid Betancourt since 2002.', null, q)).toBe(0.5);
    expect(typeFit('who', 'U.S. Ambassador William Brownfield gave few details.', null, q)).toBe(1);
    const g = 'Which U.S. Army general commanded the new command in 1941?';
    expect(typeFit('who', 'Colombia assigned Colombian Army General Pablo Lopez as its liaison.', null, g)).toBe(0.5);
    expect(typeFit('who', 'Lieutenant General Frank Andrews took command.', null, g)).toBe(1);
  });

  it('counts a place for "where" only when it is new', () => {
    const q = 'Where was the school before it moved to Georgia?';
    expect(typeFit('where', 'The school has been located in Georgia since 1984.', null, q)).toBe(0);
    expect(typeFit('where', 'The school was previously located in Panama.', null, q)).toBe(1);
  });

  it('wants an amount for "how much", and never reads "one such" as a figure', () => {
    const q = 'How much did Mexico get?';
    expect(typeFit('how-many', 'Mexico has five significant obstacles to overcome.', null, q)).toBe(0);
    expect(typeFit('how-many', 'The initiative provided approximately $420 million to the Mexican military.', null, q)).toBe(1);
    expect(typeFit('how-many', 'About 80% of all funds went to the military.', null, q)).toBe(1);
    // "How much land", "How much aid": an amount of it, not a count of something else.
    expect(typeFit('how-many', 'Mexico lost over half of its land, approximately 525,000 square miles.', null, 'How much land did Mexico lose?')).toBe(1);
    const aid = 'How much additional aid was Colombia to receive under the 2009 agreement?';
    expect(typeFit('how-many', 'In 2009, officials signed an agreement giving access to seven Colombian bases.', null, aid)).toBe(0);
    expect(typeFit('how-many', 'Colombia will likely receive another $46 million with this new agreement.', null, aid)).toBe(1);
    expect(typeFit('how-many', 'The Mérida Initiative is one such law that does not specify advisors.')).toBe(0);
  });
});

describe('reason fit for why-questions', () => {
  const passage = record({
    id: 'thesis:II.C:p3',
    text:
      'U.S. officials knew that the presence of U.S. forces in Mexico would be a touchy subject for their counterparts. Therefore, wording in documents had to make sure that "occupation" was not included. The documents were signed in 1942.',
  });
  const question = 'Why did the documents avoid the word "occupation"?';
  const scored = scoreCandidates(
    sentenceCandidates([{ n: 1, record: passage, score: 1 }]),
    questionTerms(analyzeQuery(question, []), uniform),
    'why',
    false,
    question,
  );
  const fitOf = (start: string) => scored.find((s) => s.c.text.startsWith(start))!.fit;

  it('takes the sentence before "Therefore, ..." as the reason', () => {
    expect(fitOf('U.S. officials knew')).toBe(1);
  });

  it('does not take "Therefore, X" itself as X’s reason', () => {
    expect(fitOf('Therefore, wording')).toBe(0);
  });

  it('does not take the question\'s own words after a cue as the reason, nor "since" a date', () => {
    const asked = new Set(terms('Why did Calderon bring the armed forces into the fight against TOC networks?'));
    expect(restatesQuestion('In 2006, Calderon decided to use military forces with local police to combat TOC networks.', asked)).toBe(true);
    expect(restatesQuestion('Calderon felt corruption in law enforcement was at an unprecedented level.', asked)).toBe(false);
    expect(REASON_CUE.test('Mexico has taken part in this exercise since 2002.')).toBe(false);
    expect(REASON_CUE.test('Mexico took part since it needed the training.')).toBe(true);
  });

  it('answers with the sentence before "Therefore, X" rather than a later one with a purpose clause', () => {
    const story = record({
      id: 'thesis:II.C:p4',
      text:
        'U.S. officials knew that the presence of U.S. forces in Mexico would be a touchy subject for their counterparts. Therefore, wording in documents had to make sure that "occupation" was not included. Instead, the U.S. offered the means for Mexico to defend herself against any attack from overseas.',
    });
    const q = 'Why did the documents keep out the word "occupation"?';
    const { text } = extractiveAnswer({ analysis: analyzeQuery(q, []), passages: [{ n: 1, record: story, score: 1 }], corpus });
    expect(text).toContain('touchy subject');
  });
});

describe('roadmap sentences', () => {
  const passage = record({
    id: 'thesis:IV:p1',
    text:
      'This chapter will analyze the reasons that best explain cooperation between the militaries as it relates to the IR theories. Realism best explains cooperation between the U.S. and Colombian militaries since 9/11.',
  });
  const score = (question: string) =>
    scoreCandidates(sentenceCandidates([{ n: 1, record: passage, score: 1 }]), questionTerms(analyzeQuery(question, []), uniform), 'what', false, question);

  it('ranks a content sentence above "This chapter will analyze ..." for a question about the subject', () => {
    expect(score('Which IR theory best explains cooperation between the militaries?')[0].c.text).toMatch(/^Realism/);
  });

  it('keeps the roadmap sentence for a question about what the chapter does', () => {
    const top = score('What will the chapter analyze about the reasons that explain cooperation between the militaries?')[0];
    expect(top.c.text).toMatch(/^This chapter/);
  });
});

describe('figures a question names', () => {
  it('are its counts and amounts, not its years or labels', () => {
    expect([...questionFigures('What does the thesis cite for the 131 Colombian deaths in Korea?')]).toEqual(['131']);
    expect([...questionFigures('What was the $2.8 billion for, in 2016?')]).toEqual(['2.8']);
    expect([...questionFigures('Which IR theory explains cooperation since 9/11?')]).toEqual([]);
    expect([...questionFigures('Which works are Tables 3 and 4 adapted from?')]).toEqual([]);
    expect([...questionFigures('What does footnote 35 cite?')]).toEqual([]);
  });

  it('weigh more than other names when a sentence leaves them out', () => {
    const passage = record({
      id: 'thesis:III.C:p4',
      text:
        'The naval vessel, offered by Colombia to patrol the Korean waters, was a frigate. It was outfitted in San Diego. The battalion received a citation. The Colombians lost 131 men and 448 others sustained combat wounds.',
    });
    const q = 'What does the thesis cite for the 131 Colombian deaths in Korea?';
    const top = scoreCandidates(sentenceCandidates([{ n: 1, record: passage, score: 1 }]), questionTerms(analyzeQuery(q, []), uniform), 'source', false, q)[0];
    expect(top.c.text).toMatch(/lost 131 men/);
  });
});

describe('sentences that ask', () => {
  const passage = record({
    id: 'thesis:IV:p1',
    text: 'What explains the variation in cooperation between the U.S. military and forces in Colombia and Mexico? Cooperation between the U.S. military and forces in Colombia is higher than with Mexico because of sovereignty.',
  });
  const top = (question: string) =>
    scoreCandidates(sentenceCandidates([{ n: 1, record: passage, score: 1 }]), questionTerms(analyzeQuery(question, []), uniform), 'what', false, question)[0].c.text;

  it('ranks a statement above the thesis\'s own question', () => {
    expect(top('Compare cooperation between the U.S. military and forces in Colombia and Mexico.')).toMatch(/^Cooperation between/);
  });

  it('keeps the question for a question about the thesis\'s questions', () => {
    expect(top('What question about the variation in cooperation between the U.S. military and forces in Colombia and Mexico does it ask?')).toMatch(/^What explains/);
  });
});

describe('the part of the thesis a question names', () => {
  const hypothesis = record({ id: 'thesis:I.B.1:p2', section: 'I.B.1', text: 'If Colombia views the United States as a competitor, sovereignty disputes will grow between the two countries.' });
  const analysis = record({ id: 'thesis:IV.A.2:p3', section: 'IV.A.2', text: 'Colombia and the United States did not share a common border that would have caused sovereignty disputes.' });
  const passages = [
    { n: 1, record: hypothesis, score: 1 },
    { n: 2, record: analysis, score: 0.9 },
  ];
  const top = (question: string) =>
    scoreCandidates(sentenceCandidates(passages), questionTerms(analyzeQuery(question, []), uniform), 'why', false, question)[0].c.text;

  it('prefers sentences from that part', () => {
    expect(top('Why, according to Chapter IV, did sovereignty disputes not grow between Colombia and the United States?')).toContain('common border');
    expect(top('Why did sovereignty disputes not grow between Colombia and the United States?')).toContain('competitor');
  });
});

describe('namesSettlement', () => {
  const asked = new Set(['what', 'city', 'hosted', 'the', 'border', 'commanders', 'conference']);
  it('takes a town or city, not a state or a country alone, for "Which city …"', () => {
    expect(namesSettlement('NORTHCOM hosted Mexican officials in Texas for a Border Commanders Conference.', asked)).toBe(false);
    expect(namesSettlement('The task force was located in El Paso, Texas.', asked)).toBe(true);
    expect(namesSettlement('Bush attended a summit on illicit drugs in Cartagena, Colombia.', asked)).toBe(true);
    expect(namesSettlement('Cooperation grew in Latin America.', asked)).toBe(false);
  });

  it('reads a restriction as the reason for a why-not question, and only for one', () => {
    const precluded = 'Officials said that "we are precluded from any law enforcement action, such as search, seizure, and arrest."';
    expect(givesRestriction("Why couldn't the task force arrest smugglers?", precluded)).toBe(true);
    expect(givesRestriction('why was the task force not able to arrest anyone', precluded)).toBe(true);
    expect(givesRestriction('Why did the task force go to El Paso?', precluded)).toBe(false);
    expect(givesRestriction("Why couldn't the task force arrest smugglers?", 'The task force was based in El Paso, Texas.')).toBe(false);
  });

  it('wants a count of the fallen for a question about losses, not a count of the enemy', () => {
    const q = "What were the Colombian Army's losses in the March 1998 FARC ambush?";
    expect(typeFit('how-many', 'In fact, the companies fell into an ambush by a FARC force of at least 400 fighters.', null, q)).toBe(0);
    expect(typeFit('how-many', 'When the fighting ended, 62 soldiers were dead, 47 were wounded, and 43 had been captured.', null, q)).toBe(1);
    expect(typeFit('how-many', 'While fighting alongside their U.S. counterparts, the Colombians lost 131 men.', null, 'What were Colombia\'s casualties in Korea?')).toBe(1);
  });

  it('wants a ratio for "how much bigger" and "how many times more", not a sum', () => {
    const q = 'How much bigger was the flow of U.S. arms to Mexico around 1990 than before?';
    expect(typeFit('how-many', 'Mexico received “10 times more U.S. arms than it accumulated between 1950–1983.”', null, q)).toBe(1);
    expect(typeFit('how-many', 'Aid made its way to Mexico along with about $750 million in other equipment.', null, q)).toBe(0);
    expect(typeFit('how-many', 'Aid made its way to Mexico along with about $750 million in other equipment.', null, 'How much aid did Mexico get?')).toBe(1);
  });

  it('wants a day of the month the question names, not another month\'s day', () => {
    const q = 'On what day in October 1997 did the U.S. designate the FARC a terrorist organization?';
    expect(typeFit('when', 'September 11, 2001 brought a renewed commitment to fight terrorist organizations.', null, q)).toBe(0);
    expect(typeFit('when', 'On October 8, 1997, the United States designated the FARC a terrorist organization.', null, q)).toBe(1);
    expect(typeFit('when', 'September 11, 2001 brought a renewed commitment.', null, 'On what exact date did it begin?')).toBe(1);
    // Asked as "What was the exact date …" or tersely, a year alone does not give the day.
    for (const q of ['What was the exact date Bush signed the Merida Initiative?', 'exact date bush signed the merida initiative']) {
      expect(answerType(q, 'what'), q).toBe('when');
      expect(typeFit('when', 'In 2007, President George W. Bush signed the Mérida Initiative.', null, q), q).toBe(0);
    }
  });
});

describe('outlinesOnly', () => {
  it('reads sentences that say what the thesis or its review will do as outlines', () => {
    const q = 'Who says cooperation depends on the social relationship?';
    expect(outlinesOnly('Finally, this review will touch on the constructivist argument.', q)).toBe(true);
    expect(outlinesOnly('This chapter will analyze the Mexican case.', q)).toBe(true);
    expect(outlinesOnly('Alexander Wendt argues that states can cooperate.', q)).toBe(false);
    // Asked about the structure, an outline answers.
    expect(outlinesOnly('This chapter will analyze the Mexican case.', 'What does each chapter cover?')).toBe(false);
  });
});

describe('listLeads', () => {
  it('reads each item of a "First, … Second, …" list with the sentences that say what it lists', () => {
    const texts = [
      'In 1917, Mexico adopted a new constitution.',
      'This constitution laid out a few stringent military requirements.',
      'First, the Mexican military cannot sign an alliance with anyone.',
      'Second, Mexican military units are not allowed to participate in peacekeeping efforts abroad.',
      'Finally, foreign military troops cannot garrison in Mexican territory unless congress approves.',
    ];
    expect(listLeads(texts)).toEqual([[], [], [0], [0, 1], [0, 1]]);
  });

  it('leaves sentences alone that no "First, …" opens a list for', () => {
    expect(listLeads(['The school moved.', 'Finally, it closed in 2001.'])).toEqual([[], []]);
  });
});

describe('who-questions', () => {
  it('lead with a sentence naming a new person over a slightly better one naming none', () => {
    const founding = record({ id: 'thesis:III.C:p1', text: 'In 1941, the United States established the U.S. Caribbean Defense Command.' });
    const liaison = record({ id: 'thesis:III.C:p2', text: 'Colombia assigned General Pablo Lopez to be the liaison to the Caribbean Defense Command.' });
    const q = 'Who did Colombia appoint as go-between with the Caribbean command established in 1941?';
    const passages = [founding, liaison].map((r, i) => ({ n: i + 1, record: r, score: 1 }));
    // The year weighs a little more, so the founding scores about 1.2 times the naming.
    const stats: TermStats = { idf: (t) => (t === '1941' ? 1.5 : 1), df: () => 1 };
    const { text } = extractiveAnswer({ analysis: analyzeQuery(q, []), passages, corpus, stats });
    expect(text.startsWith('Colombia assigned General Pablo Lopez')).toBe(true);
  });
});

describe('what-questions', () => {
  it("go on from a sentence setting the scene to the passage's sentence giving what the question's other words ask", () => {
    const summit = record({
      id: 'thesis:III.D:p2',
      text:
        'In 1990, President Bush was present at a summit on illicit drugs in Cartagena, Colombia. Security concerns for the president were high. A destroyer and a Colombian vessel sailed together. The president contemplated stationing a few ships off the coast. This action showed that the two navies could steam together. However, Colombian civilians hated the idea of permanent U.S. Navy ships off their coastline.',
    });
    const q = 'Which idea floated at the 1990 Cartagena drug summit did Colombian civilians hate?';
    const { text } = extractiveAnswer({ analysis: analyzeQuery(q, []), passages: [{ n: 1, record: summit, score: 1 }], corpus, stats: uniform });
    expect(text).toContain('hated the idea of permanent U.S. Navy ships');
  });
});
