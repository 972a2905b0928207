import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/answer/extractive/candidates';
import { namesMachine, unmetConstraints, yearOfEvent, yearOnlyAsBound } from '@/lib/answer/extractive/constraints';
import { askedDetail } from '@/lib/answer/extractive/asked-detail';
import type { QuestionTerm } from '@/lib/retrieve/question-terms';
import type { Scored } from '@/lib/answer/extractive/score';
import { typeFit } from '@/lib/answer/extractive/type-cues';
import { terms, words } from '@/lib/retrieve/tokenize';

function pick(text: string, type: Parameters<typeof typeFit>[0] = 'what'): Scored {
  const t = new Set(terms(text));
  const c = { passage: 1, rank: 0, kind: 'passage', index: 0, raw: text, text, terms: t, words: new Set(words(text)), window: { terms: t, words: new Set(words(text)) }, footnoted: false, tableTitle: null, sectionTitle: '' } as Candidate;
  return { c, score: 1, cov: 1, windowCov: 1, fit: typeFit(type, text) };
}
const qt = (term: string, own = true): QuestionTerm => ({ term, weight: 3, anchor: own, known: true, own, surface: null });

describe('unmetConstraints', () => {
  it('leaves a question whose detail is there unflagged', () => {
    const p = pick('In 1916, General Pershing led 10,000+ U.S. Army troops into northern Mexico.', 'how-many');
    expect(unmetConstraints('How many troops did Pershing lead into Mexico in 1916?', 'how-many', p, [p], [])).toEqual([]);
  });

  it('flags a figure that counts something else, and a missing date', () => {
    const p = pick('In 2015 alone, I personally met with top military leaders of Mexico on eight separate occasions.', 'how-many');
    expect(unmetConstraints('How many U.S. troops were stationed in Colombia in 2015?', 'how-many', p, [p], [])).toEqual(['country', 'event stationed', 'counted']);
    const d = pick('Lieutenant Colonel Gustavo Rojas Pinilla was the future president of Colombia.', 'when');
    expect(unmetConstraints('In what year did Gustavo Rojas Pinilla become president of Colombia?', 'when', d, [d], [])).toEqual(['date']);
  });

  it('wants an effect question answered about what it asks the effect of', () => {
    const q = ['peac', 'deal', 'farc', 'cooperation'].map((t) => ({ ...qt(t), anchor: false }));
    const farc = pick('Internal instability in Colombia from the FARC continues to foster cooperation between both militaries.');
    const question = 'How did the 2016 peace deal with the FARC affect cooperation?';
    expect(unmetConstraints(question, 'what', farc, [farc], q)).toEqual(['cause']);
    const deal = pick('The peace deal with the FARC reduced the need for cooperation.');
    expect(unmetConstraints(question, 'what', deal, [deal], q)).toEqual([]);
  });

  it('wants a date for the thing the asked deed was done to', () => {
    const q = ['farc', 'final', 'peac', 'accord', 'colombian', 'government'].map((t) => ({ ...qt(t), anchor: false }));
    const question = 'When did the FARC sign its final peace accord with the Colombian government?';
    const label = pick('The FARC, labeled a terrorist organization in October 1997, kept fighting.', 'when');
    expect(unmetConstraints(question, 'when', label, [label], q)).toContain('object');
    const accord = pick('In 2016, the FARC signed a final peace accord with the government.', 'when');
    expect(unmetConstraints(question, 'when', accord, [accord], q)).not.toContain('object');
  });

  it('takes "the United States" or "American" as the U.S. a yes/no question asks about', () => {
    const q = [{ ...qt('usa'), anchor: false }, qt('invad', false), qt('colombia')];
    const never = pick('The United States has never invaded Colombia or infringed on Colombian sovereignty.');
    expect(unmetConstraints('Has the U.S. ever invaded Colombia?', 'what', never, [never], q)).not.toContain('subject');
    const other = pick('Colombia has never invaded Panama.');
    expect(unmetConstraints('Has the U.S. ever invaded Colombia?', 'what', other, [other], q)).toContain('subject');
  });

  it('wants a share of money for where the question says it went', () => {
    const q = ['plan', 'colombia', 'money', 'aerial', 'fumigation', 'coca', 'crop', 'colombian', 'military'].map((t) => ({ ...qt(t), anchor: false }));
    const military = pick('Plan Colombia provided $1.3 billion, and about 80% of all funds went to the Colombian military.', 'how-many');
    expect(unmetConstraints('What share of Plan Colombia money went to aerial fumigation of coca crops?', 'how-many', military, [military], q)).toContain('destination');
    expect(unmetConstraints('What share of Plan Colombia money went to the Colombian military?', 'how-many', military, [military], q)).not.toContain('destination');
    // Money "set aside for" or "earmarked for" something goes there too.
    const police = [...q, ...['federal', 'police'].map((t) => ({ ...qt(t), anchor: false }))];
    expect(unmetConstraints('Of the Plan Colombia money, how much was set aside for the federal police?', 'how-many', military, [military], police)).toContain('destination');
    expect(unmetConstraints('Of the Plan Colombia money, how much was set aside for the Colombian military?', 'how-many', military, [military], police)).not.toContain('destination');
    // With an adverb between: "went specifically to …".
    expect(unmetConstraints('How much of the Plan Colombia money went specifically to the federal police?', 'how-many', military, [military], police)).toContain('destination');
  });

  it('wants a beginning for a date asked as the first time', () => {
    const later = pick('Mabus highlighted cooperation between the Colombian Navy and U.S. Navy to include RIMPAC and UNITAS in 2014.', 'when');
    expect(unmetConstraints('In what year did the Colombian Navy first take part in UNITAS?', 'when', later, [later], [])).toContain('first time');
    const began = pick('Mexico participated in UNITAS, a naval exercise that began in 1960.', 'when');
    expect(unmetConstraints('When did UNITAS first take place?', 'when', began, [began], [])).not.toContain('first time');
    const created = pick('In 1955, the U.S. Army decided to create a course in Colombia.', 'when');
    expect(unmetConstraints('When was the Lancero course first created?', 'when', created, [created], [])).not.toContain('first time');
    // A list opening "First, …" dates no beginning.
    const listed = pick('First, the Mexican military cannot sign an alliance with anyone, although, during World War II, there was an exception.', 'when');
    expect(unmetConstraints('When did the US first send troops into Mexico?', 'when', listed, [listed], [])).toContain('first time');
    // "First name" and "the First World War" ask for no first time.
    expect(unmetConstraints('When did the First World War end?', 'when', later, [later], [])).not.toContain('first time');
  });

  it('flags a sentence about the other case-study country', () => {
    const p = pick('Colombian soldiers learn combat skills in the jungle and mountains at the Lancero course.');
    expect(unmetConstraints('What is the tallest mountain in Mexico?', 'what', p, [p], [])).toEqual(['country']);
    const both = pick('Unlike Mexico, Colombian soldiers train in the mountains.');
    expect(unmetConstraints('What is the tallest mountain in Mexico?', 'what', both, [both], [])).toEqual([]);
    expect(unmetConstraints('How do Mexico and Colombia differ?', 'what', p, [p], [])).toEqual([]);
  });

  it('reads the nation of what is counted before the verb only', () => {
    const p = pick('Colombian instructors train 50 Mexican pilots annually.', 'how-many');
    expect(unmetConstraints('How many pilots do Colombian instructors train?', 'how-many', p, [p], [])).toEqual([]);
    const q = pick('U.S. instructors train 50 Colombian pilots annually.', 'how-many');
    expect(unmetConstraints('How many Mexican pilots do U.S. instructors train?', 'how-many', q, [q], [])).toContain('counted');
  });

  it('wants a date or figure about the asked country itself, whatever its neighbours say', () => {
    const p = pick('President Bush signed the Mérida Initiative, providing funding to Mexico of $48 million through FY2016.', 'how-many');
    p.c.window = { terms: new Set([...p.c.terms, 'colombia']), words: p.c.words };
    expect(unmetConstraints('How much aid did Colombia receive in FY2016?', 'how-many', p, [p], [])).toContain('country');
    // The date the answer leads with is the Colombian Navy's; a Mexican date after it does not make it Mexico's.
    const rimpac = pick('Mabus praised cooperation between the Colombian Navy and U.S. Navy to include RIMPAC in 2014.', 'when');
    const mexican = pick('In September 2005, the Mexican Secretary of the Navy invited the NORTHCOM Commander to visit Mexico.', 'when');
    expect(unmetConstraints('When did Mexico join RIMPAC?', 'when', rimpac, [rimpac, mexican], [])).toContain('country');
    expect(unmetConstraints('When did the Mexican Secretary of the Navy invite the NORTHCOM Commander?', 'when', mexican, [mexican, rimpac], [])).not.toContain('country');
  });

  it('flags a where-question answered without a new place', () => {
    const p = pick('Shortly after his arrest, Escobar escaped from jail with the help of military officials.', 'where');
    p.fit = typeFit('where', p.c.text, null, 'In which prison was Pablo Escobar held?');
    expect(unmetConstraints('In which prison was Pablo Escobar held?', 'where', p, [p], [])).toEqual(['place', 'facility prison']);
    const q = pick('The school was previously located in Panama.', 'where');
    q.fit = typeFit('where', q.c.text, null, 'Where was the school before it moved to Georgia?');
    expect(unmetConstraints('Where was the school before it moved to Georgia?', 'where', q, [q], [])).toEqual([]);
  });

  it('wants the facility a where-question asks for, not just any new place', () => {
    const q = 'At which U.S. airfield did the pilots of the 201st Fighter Squadron train?';
    const theater = pick('Mexico sent its 201st Fighter Squadron to fight in the Pacific Theater.', 'where');
    theater.fit = typeFit('where', theater.c.text, null, q);
    expect(theater.fit).toBe(1);
    expect(unmetConstraints(q, 'where', theater, [theater], [])).toEqual(['facility airfield']);
    const field = pick('The pilots of the 201st Fighter Squadron trained at the airfield in Pocatello, Idaho.', 'where');
    field.fit = typeFit('where', field.c.text, null, q);
    expect(unmetConstraints(q, 'where', field, [field], [])).toEqual([]);
  });

  it('does not take the United States for a new place when the question says U.S.', () => {
    const q = 'At which U.S. base did the pilots train?';
    expect(typeFit('where', 'The pilots trained in the United States.', null, q)).toBe(0);
    expect(typeFit('where', 'The pilots trained at Randolph Field.', null, q)).toBe(1);
  });

  it('flags a name asked for but not given', () => {
    const p = pick('In 1997, officials arrested a key drug dealer and later released him.');
    expect(unmetConstraints('What was the name of the drug dealer released in 1997?', 'what', p, [p], [])).toEqual(['name']);
  });

  it('wants the name beside the noun asked about, not any name in the sentence', () => {
    const q = 'What was the code name of the July 2008 operation that freed Ingrid Betancourt?';
    const far = pick('The operation itself was secret and U.S. Ambassador William Brownfield gave few details to the press.');
    expect(unmetConstraints(q, 'what', far, [far], [])).toEqual(['name']);
    const near = pick('The July 2008 rescue, Operation Jaque, freed Ingrid Betancourt and three contractors.');
    expect(unmetConstraints(q, 'what', near, [near], [])).toEqual([]);
  });

  it('takes a name for the noun when the sentence says it is one, however far apart', () => {
    const q = 'What was the ship Colombia sent to patrol Korean waters called?';
    const apposition = pick('Colombia sent the Almirante Padilla, a frigate-class ship outfitted for combat.');
    expect(unmetConstraints(q, 'what', apposition, [apposition], [])).toEqual([]);
    const copula = pick('The naval ship, offered by Colombia to patrol the Korean waters, was the Almirante Padilla.');
    expect(unmetConstraints(q, 'what', copula, [copula], [])).toEqual([]);
    const mention = pick('Colombia offered a naval ship to patrol the Korean waters, said President Laureano Gomez.');
    expect(unmetConstraints(q, 'what', mention, [mention], [])).toEqual(['name']);
    // A compound is about its head: a Navy ship is a warship.
    const warship = pick('Later that year, a German submarine sank the Colombian Navy ship ARC Resolute.');
    expect(unmetConstraints('What was the name of the Colombian warship a German submarine sank?', 'what', warship, [warship], [])).toEqual([]);
  });

  it('wants what came next for "what happened after", not the event restated or what led up to it', () => {
    const q = 'What happened to Pablo Escobar after he escaped from jail?';
    const restated = pick('However, shortly after his arrest, Escobar escaped from jail.');
    expect(unmetConstraints(q, 'what', restated, [restated], [])).toEqual(['next event']);
    const next = pick('After his escape, Colombian police and U.S. advisors hunted Escobar down in Medellín in 1993.');
    expect(unmetConstraints(q, 'what', next, [next], [])).toEqual([]);
  });

  it('wants the commanding said of the asked event, named by the question\'s rarer names', () => {
    const q = 'Which U.S. general commanded the army at the Battle of Buena Vista?';
    const marks = [qt('buena'), qt('vista')];
    const scott = pick('The United States sent forces, led by U.S. Army General Winfield Scott, to Mexico City.', 'who');
    expect(unmetConstraints(q, 'who', scott, [scott], marks)).toContain('command');
    const taylor = pick('At Buena Vista, U.S. forces were led by General Zachary Taylor.', 'who');
    expect(unmetConstraints(q, 'who', taylor, [taylor], marks)).not.toContain('command');
  });

  it('finds the noun in any of its forms: "countries" for "country"', () => {
    const q = 'Which 12 other countries take part in Operation MARTILLO alongside Colombia and the United States?';
    const p = pick('Operation MARTILLO involves Colombia, the United States, and 12 other countries, stopping smugglers bound for Central America.');
    expect(unmetConstraints(q, 'what', p, [p], [])).toEqual(['name']);
  });

  it('does not take a country\'s name opening another name ("Panama Canal") as the country', () => {
    const canal = pick('The two countries needed to defend the Panama Canal, a strategic choke point.');
    expect(unmetConstraints('Which countries attended the Lima Conference?', 'what', canal, [canal], [])).toEqual(['name']);
    const named = pick('Delegates from Panama and Peru attended the conference.');
    expect(unmetConstraints('Which countries attended the Lima Conference?', 'what', named, [named], [])).toEqual([]);
  });

  it('does not take a name in another phrase ("an exercise with the United States") as the name asked for', () => {
    const q = 'What was the name of the exercise Secretary Perry announced in 1995?';
    const other = pick('Secretary Perry announced in 1995 that the Mexican Navy would join an international exercise with the United States.');
    expect(unmetConstraints(q, 'what', other, [other], [])).toEqual(['name']);
    const named = pick('Secretary Perry announced in 1995 that the Mexican Navy would join the exercise UNITAS.');
    expect(unmetConstraints(q, 'what', named, [named], [])).toEqual([]);
  });

  it('does not take a total "through FY2016" for what one year brought', () => {
    const total = pick('The initiative gave Mexico $48 million in 2007 and annual funding through FY2016, totaling $2.6 billion.', 'how-many');
    expect(unmetConstraints('How much aid did Mexico receive in FY2016 alone?', 'how-many', total, [total], [])).toContain('single year');
    expect(unmetConstraints('How much aid did Mexico receive through FY2016?', 'how-many', total, [total], [])).not.toContain('single year');
    const year = pick('In FY2016, the U.S. government provided Mexico with $150 million in aid.', 'how-many');
    expect(unmetConstraints('How much aid did Mexico receive in FY2016?', 'how-many', year, [year], [])).not.toContain('single year');
    // "starting in 1999" opens a span: "between 1999 and 2004" answers it.
    const span = pick('Between 1999 and 2004, some 32,458 Colombians received U.S. military training.', 'how-many');
    expect(unmetConstraints('Over the five years starting in 1999, how many Colombians were trained?', 'how-many', span, [span], [])).not.toContain('single year');
    expect(yearOnlyAsBound('From 2000 to 2016, aid reached $10 billion.', '2016')).toBe(true);
    expect(yearOnlyAsBound('Aid for 2010-2016 reached $10 billion.', '2016')).toBe(true);
    expect(yearOnlyAsBound('Aid reached $10 billion in 2016, up from 2010.', '2016')).toBe(false);
  });

  it('wants a date or figure given where the question\'s rarer names are, in a derived form too', () => {
    const q = 'How many troops did Mexico send to the Korean War?';
    const pershing = pick('In 1916, General Pershing crossed into Northern Mexico with 10,000+ troops.', 'how-many');
    expect(unmetConstraints(q, 'how-many', pershing, [pershing], [qt('korean')])).toContain('named');
    const korea = pick('Mexico sent 5,000 troops to the Korean War.', 'how-many');
    expect(unmetConstraints(q, 'how-many', korea, [korea], [qt('korean')])).not.toContain('named');
    // Named anywhere in the passage will do: "The school operates 30 helicopters", two sentences after "Melgar".
    const school = pick('The school operates 30 Bell OH-58 helicopters.', 'how-many');
    school.c.passageTerms = new Set([...school.c.terms, 'melgar']);
    expect(unmetConstraints('How many helicopters does the Melgar school operate?', 'how-many', school, [school], [qt('melgar')])).not.toContain('named');
    const cap = pick('Congressional leaders set a cap of 800 U.S. military personnel in Colombia.', 'how-many');
    expect(unmetConstraints('How many troops did Congress allow in Colombia?', 'how-many', cap, [cap], [qt('congress')])).not.toContain('named');
  });

  it('wants a kind of machine told by its designation or its name', () => {
    const q = 'What type of drones did the U.S. fly over Mexico in 2011?';
    const unarmed = pick('In 2011, unarmed U.S. military drones flew intelligence missions into Mexican airspace.');
    expect(unmetConstraints(q, 'what', unarmed, [unarmed], [])).toContain('model');
    const named = pick('In 2011, Global Hawk drones flew intelligence missions into Mexican airspace.');
    expect(unmetConstraints(q, 'what', named, [named], [])).not.toContain('model');
    const fortress = pick('In 1938, three U.S. Army "Flying Fortress" airplanes landed in Bogota.');
    expect(unmetConstraints('What type of aircraft landed in Bogota in 1938?', 'what', fortress, [fortress], [])).not.toContain('model');
    expect(askedDetail('What aircraft did Roosevelt send to Bogota in 1938?')).toEqual({ kind: 'model' });
    expect(namesMachine('The school operates 30 Bell OH-58 helicopters.')).toBe(true);
    expect(namesMachine('Instructors were assigned to the Colombian Regional Helicopter Training Center.')).toBe(false);
    const army = pick('Roosevelt sent these U.S. Army planes as a sign of peace.');
    expect(unmetConstraints('What type of aircraft did Roosevelt send?', 'what', army, [army], [])).toContain('model');
  });

  it('wants a term said to be what something is called', () => {
    const q = 'What label do Przeworski and Teune give to choosing similar countries?';
    expect(askedDetail(q)).toEqual({ kind: 'term' });
    expect(askedDetail('What affectionate label did the army chief give the general?')).toEqual({ kind: 'term' });
    const quoted = pick('Przeworski and Teune suggest that such study is based on systems as similar as possible.');
    expect(unmetConstraints(q, 'what', quoted, [quoted], [])).toContain('term');
    const named = pick('These are good case studies, referred to by Przeworski and Teune in their book as, "the most similar systems design."');
    expect(unmetConstraints(q, 'what', named, [named], [])).not.toContain('term');
  });

  it('wants a death said in words of dying when asked how or when someone died', () => {
    const q = 'What became of Escobar after he escaped - when and how did he die?';
    const escape = pick('Shortly after his arrest, Escobar escaped from jail with the help of military officials.');
    expect(unmetConstraints(q, 'what', escape, [escape], [])).toContain('death');
    const died = pick('Escobar died in a shootout with the police in 1993.');
    expect(unmetConstraints(q, 'what', died, [died], [])).not.toContain('death');
    expect(unmetConstraints('Why did Escobar escape?', 'why', escape, [escape], [])).not.toContain('death');
  });

  it('wants how a battle ended when asked who won it', () => {
    const q = 'who actually won the battle of buena vista in 1847, santa anna or the americans?';
    const clash = pick('In 1847, at the Battle of Buena Vista, U.S. military forces clashed with Mexican General Santa Anna and his army.');
    expect(unmetConstraints(q, 'who', clash, [clash], [])).toContain('outcome');
    const won = pick('In 1847, U.S. forces defeated Santa Anna at Buena Vista.');
    expect(unmetConstraints(q, 'who', won, [won], [])).not.toContain('outcome');
    expect(unmetConstraints('Who fought at Buena Vista in 1847?', 'who', clash, [clash], [])).not.toContain('outcome');
  });

  it('takes an area for "how much territory", whatever the word for the land', () => {
    const p = pick('Mexico lost over half of its land to the north, approximately 525,000 square miles.', 'how-many');
    expect(unmetConstraints('How much territory did Mexico lose?', 'how-many', p, [p], [])).not.toContain('counted');
    const q = pick('Mexico lost over half of its army, approximately 525,000 soldiers.', 'how-many');
    expect(unmetConstraints('How much territory did Mexico lose?', 'how-many', q, [q], [])).toContain('counted');
  });

  it('wants a named division, base or book for "which division", not a mention of one', () => {
    const division = pick('Ramsey concluded that the Colombian Battalion fought as part of a U.S. division throughout the conflict.');
    expect(unmetConstraints('Which U.S. division did the Colombian Battalion fight as part of?', 'what', division, [division], [])).toEqual(['name']);
    const named = pick('The Colombian Battalion fought as part of the U.S. 7th Infantry Division.');
    expect(unmetConstraints('Which U.S. division did the Colombian Battalion fight as part of?', 'what', named, [named], [])).toEqual([]);
  });

  it('wants a person in the role asked for: a president for "which president", not a general', () => {
    const general = pick('In 2000, General Wilhelm oversaw the implementation of Plan Colombia.', 'who');
    expect(unmetConstraints('Which U.S. president approved Plan Colombia in 2000?', 'who', general, [general], [])).toEqual(['person']);
    const president = pick('In 2000, President Bill Clinton approved Plan Colombia.', 'who');
    expect(unmetConstraints('Which U.S. president approved Plan Colombia in 2000?', 'who', president, [president], [])).toEqual([]);
    const officials = pick('In October 2009, Colombian and U.S. civilian officials signed the agreement.', 'who');
    expect(unmetConstraints('Which Colombian president signed the October 2009 agreement?', 'who', officials, [officials], [])).toEqual(['person']);
  });

  it('flags an acronym the evidence never mentions, unless its expansion is there', () => {
    const p = pick('In October 2013, Mexican officials took part in an air defense exercise.', 'when');
    expect(unmetConstraints('In what year did Mexico first take part in the RIMPAC exercise?', 'when', p, [p], [qt('rimpac')])).toEqual(['first time', 'acronym rimpac']);
    const e = pick('The Rim of the Pacific exercise took place in 2013.', 'when');
    expect(unmetConstraints('When did RIMPAC take place?', 'when', e, [e], [qt('rimpac'), qt('pacific', false)])).toEqual([]);
  });
});

describe('yearOfEvent', () => {
  const q = [qt('presidential'), qt('citation'), qt('fleet'), { ...qt('receiv'), weight: 1 }];
  it('takes the year in the clause telling the asked event', () => {
    expect(yearOfEvent('On December 9, the battalion was presented the Presidential Unit Citation by General Van Fleet, and on January 4, 1953, it received the U.N. service medal.', q)).toBe(false);
    expect(yearOfEvent('In 1951, the battalion received the Presidential Unit Citation from Van Fleet, and later the U.N. medal.', q)).toBe(true);
    expect(yearOfEvent('The battalion received the Presidential Unit Citation from Van Fleet in 1951.', q)).toBe(true);
  });
});
