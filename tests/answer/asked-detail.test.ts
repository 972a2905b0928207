import { describe, expect, it } from 'vitest';
import { commandWords } from '@/lib/answer/extractive/asked-role';
import { givesGivenName, namesOffice, askedAbout, askedOrdinal, askedBranches, askedDetail, askedNation, askedOrganisations, askedRole, namesRoleHolder } from '@/lib/answer/extractive/asked-detail';
import { countsWithFigure, endsAtYear, hasDuration, hasNewPerson, newNames, statesDuration } from '@/lib/answer/extractive/detail-evidence';
import { answerType, countedQualifiers, countedWords } from '@/lib/answer/extractive/type-cues';
import { words } from '@/lib/retrieve/tokenize';
import { countryExampleLead, givesAskedName } from '@/lib/answer/extractive/asked-name';
import type { WordSimilarity } from '@/lib/retrieve/word-similarity';
import type { Scored } from '@/lib/answer/extractive/score';

const qw = (q: string) => new Set(words(q));

describe('askedDetail', () => {
  it('finds durations, names of things and persons asked for', () => {
    expect(askedDetail('How long did U.S. forces remain in Mexico City?')).toEqual({ kind: 'duration', counted: false });
    const tall = askedDetail('How tall was General Wilhelm?');
    expect(tall?.kind).toBe('measure');
    expect(tall?.kind === 'measure' && tall.units.test('He stood 6 feet tall.')).toBe(true);
    expect(tall?.kind === 'measure' && tall.units.test('He served for 3 years.')).toBe(false);
    expect(askedDetail("What was General Wilhelm's first name?")).toEqual({ kind: 'given-name', surname: 'Wilhelm' });
    // "What model of drone …" asks for a designation ("UH-1H", "Bell OH-58").
    expect(askedDetail('What model of drone did the US fly over Mexico in 2011?')).toEqual({ kind: 'model' });
    expect(askedDetail('Which operation rescued hostages from the FARC?')).toEqual({ kind: 'name', noun: 'operation' });
    // A which-question about a thing with a name: its name, not a mention of one ("a U.S. division").
    // An official, a representative or a liaison is a person.
    expect(askedDetail('who was the SEMAR official the Mexican Navy stationed at NORTHCOM in 2007')).toEqual({ kind: 'person' });
    expect(askedDetail('Who were the leaders from the two parties that signed the peace agreement?')).toEqual({ kind: 'person' });
    expect(askedDetail('Which U.S. division did the Colombian Battalion fight in?')).toEqual({ kind: 'name', noun: 'division' });
    expect(askedDetail('In which book did Morgenthau set out his principles?')).toEqual({ kind: 'name', noun: 'book' });
    expect(askedDetail('Which Mexican military bases could U.S. troops use?')).toEqual({ kind: 'name', noun: 'bases' });
    expect(askedDetail('what was the treaty called that mexico and the us signed in 1848')).toEqual({ kind: 'name', noun: 'treaty' });
    expect(askedDetail('In which Korean War battle did the battalion suffer its heaviest losses?')).toEqual({ kind: 'name', noun: 'battle' });
    expect(askedDetail('Which 12 other countries take part in Operation MARTILLO?')).toEqual({ kind: 'name', noun: 'countries' });
    expect(askedDetail('Which countries does the thesis compare?')).toEqual({ kind: 'name', noun: 'countries' });
    // After a leading clause, and through "which are the …".
    expect(askedDetail('Besides Colombia and the United States, which are the 12 other countries in Operation MARTILLO?')).toEqual({ kind: 'name', noun: 'countries' });
    expect(askedDetail('Which ship did Lieutenant Curry serve on?')).toEqual({ kind: 'name', noun: 'ship' });
    expect(askedDetail('Which combatant command paid for the training with Mexico?')).toEqual({ kind: 'name', noun: 'command' });
    expect(askedDetail('Which country cooperated more, Colombia or Mexico?')).toBeNull();
    // A kind of thing asked about by a wider word is answered by its kind ("the Army Field Manual" for "which publication").
    expect(askedDetail('Which publication did General Sullivan want translated?')?.kind).not.toBe('name');
    expect(askedDetail('Which IR theory best explains the cooperation?')).toBeNull();
    expect(askedDetail('What was the October 2013 air defense exercise called, the one that was a first for Mexico?')).toEqual({ kind: 'name', noun: 'exercise' });
    expect(askedDetail('How many days did the pilots stay in Bogota?')).toEqual({ kind: 'duration', counted: true });
    expect(askedDetail('What nationality is Ganjar Nugroho, the scholar the thesis quotes?')).toEqual({ kind: 'nationality', surname: 'Nugroho' });
    expect(askedDetail('What is the first name of General Mora, the Colombian Army commander?')).toEqual({ kind: 'given-name', surname: 'Mora' });
    // A title before the surname is no given name, nor is the sentence's first word.
    expect(givesGivenName('In 1997, General Charles E. Wilhelm assumed command.', 'Wilhelm')).toBe(true);
    expect(givesGivenName('General Wilhelm met Colombian Army Commander General Mora in 1999.', 'Mora')).toBe(false);
    expect(givesGivenName('When General Wilhelm retired in 2003, Mora praised him.', 'Wilhelm')).toBe(false);
    expect(askedDetail('Which ministry did Juan Carlos Pinzon head?')).toEqual({ kind: 'office', noun: 'ministry' });
    expect(namesOffice('Colombian Minister Juan Carlos Pinzon opened UNITAS 2013.', 'ministry')).toBe(false);
    expect(namesOffice('Pinzon led the Ministry of Defense.', 'ministry')).toBe(true);
    expect(namesOffice('The Mexican Secretariat of National Defense (SEDENA) placed a representative.', 'secretariat')).toBe(true);
    expect(namesOffice('William J. Perry led the Department of Defense.', 'department')).toBe(true);
    // Every ministry, department or secretariat is an agency.
    expect(namesOffice('The Mexican Secretariat of National Defense (SEDENA) placed a representative.', 'agency')).toBe(true);
    expect(namesOffice('General Vega told his government that Mexico would not align.', 'agency')).toBe(false);
    expect(namesOffice('The last Defense Attaché Flag Officer was posted there.', 'agency')).toBe(false);
    const far = askedDetail('How far offshore does the area reach?');
    expect(far?.kind === 'measure' && far.units.test('out to approximately 500 nautical miles')).toBe(true);
    expect(askedDetail('What was the name of the Mexican oil tanker whose sinking drew Mexico in?')).toEqual({ kind: 'name', noun: 'tanker' });
    expect(askedDetail('What was the name of the drug dealer whom officials released?')).toEqual({ kind: 'name', noun: 'dealer' });
    expect(askedDetail("What are the names of the author's wife and two sons?")).toEqual({ kind: 'name', noun: 'wife' });
    // A clause with no relative pronoun ends the noun phrase: its subject or its verb is not the thing named.
    expect(askedDetail('What was the name of the frigate Colombia sent to patrol Korean waters?')).toEqual({ kind: 'name', noun: 'frigate' });
    expect(askedDetail('What was the name of the ship assigned to the Korean coast?')).toEqual({ kind: 'name', noun: 'ship' });
    expect(askedDetail('What were the names of the three U.S. contractors rescued with Betancourt?')).toEqual({ kind: 'name', noun: 'contractors' });
    expect(askedDetail('names of the three us contractors rescued with betancourt')).toEqual({ kind: 'name', noun: 'contractors' });
    expect(askedDetail('the code name of the 2008 rescue operation')).toEqual({ kind: 'name', noun: 'operation' });
    expect(askedDetail("Who was Mexico's president when NORTHCOM was created?")).toEqual({ kind: 'person', role: /\bpresident/i });
    expect(askedDetail('Who succeeded General Wilhelm as head of SOUTHCOM?')).toEqual({ kind: 'person' });
  });

  it('finds the role of the person asked about, not of others in the question', () => {
    expect(askedRole('Which U.S. president approved Plan Colombia in 2000?')?.test('President Clinton')).toBe(true);
    expect(askedRole('Which Colombian head of state brushed off the complaints?')?.test('Colombian President Cesar Gaviria')).toBe(true);
    expect(askedRole('Which U.S. envoy in Bogotá said little?')?.test('U.S. Ambassador William Brownfield')).toBe(true);
    // A defence minister, as Mexico's and Colombia's Secretaries of Defense.
    expect(askedRole('Which Colombian defense minister hosted Ray Mabus?')?.test('Mexican Secretary of Defense, General Enrique Cervantes')).toBe(true);
    expect(askedRole('Which American commander honored the battalion?')?.test('General James Van Fleet')).toBe(true);
    expect(askedRole('Who was president of Mexico in 1914?')?.test('President Huerta')).toBe(true);
    expect(askedRole('Who was the thesis advisor?')?.test('Approved by: Diego Esparza, Ph.D. Thesis Advisor')).toBe(true);
    expect(askedRole('Who was the second reader?')?.test('Thomas Bruneau, Second Reader')).toBe(true);
    expect(askedRole("Which Pentagon chief joined Colombia's incoming president?")).toBeNull();
    // The asked role comes before the question's verb: a general named after it is someone else.
    expect(askedRole('Which SOUTHCOM boss did General Mora praise when he retired?')).toBeNull();
    expect(askedDetail('Which source does the thesis cite for the president’s visit?')).toBeNull();
  });

  it('asks nothing specific of other questions', () => {
    expect(askedDetail('How many troops did Pershing lead?')).toBeNull();
    expect(askedDetail('Who is cited for the claim that the general was wrong?')).toBeNull();
    expect(askedDetail('Who set the limit on U.S. personnel?')).toBeNull();
  });
});

describe('detail evidence', () => {
  it('recognises stretches of time', () => {
    expect(hasDuration('They stayed in Mexico City for approximately 18 months.')).toBe(true);
    expect(hasDuration('This 11-week course trains NCOs.')).toBe(true);
    expect(hasDuration('The war lasted from 1899 until late 1902.')).toBe(true);
    // Number words past twelve count too: "the next thirty years" is a counted stretch of time.
    expect(hasDuration('The two countries needed the next thirty years to undo the damage inflicted in 1903.', true)).toBe(true);
    expect(countsWithFigure('the school trained some fifteen hundred officers', ['officers'])).toBe(true);
    // An armed group's members by another name: guerrillas are counted as fighters.
    expect(countsWithFigure('the companies fell into an ambush by a FARC force of at least 400 fighters', ['guerrillas'])).toBe(true);
    expect(countsWithFigure('the companies fell into an ambush by a FARC force of at least 400 fighters', ['helicopters'])).toBe(false);
    expect(hasDuration('In 1914, the U.S. Navy anchored in the harbor after the arrest of nine U.S. sailors.')).toBe(false);
  });

  it('reads a stretch of time from a start year and an end given apart', () => {
    expect(endsAtYear('These punitive actions lasted until 1917.')).toBe(true);
    expect(endsAtYear('In 1916, Pershing crossed the border.')).toBe(false);
    expect(statesDuration(['In 1916, Pershing crossed the border.', 'These punitive actions lasted until 1917.'])).toBe(true);
    expect(statesDuration(['These punitive actions lasted until 1917.'])).toBe(false);
    // The start must come before the end.
    expect(statesDuration(['In 1920, the border was quiet.', 'These punitive actions lasted until 1917.'])).toBe(false);
  });

  it('reads the place in a list a question asks for, in the words that give it', () => {
    const fourth = askedOrdinal("What is Morgenthau's fourth principle of political realism?")!;
    expect(fourth.test('Fourth, politics is governed by objective laws.')).toBe(true);
    expect(fourth.test('The 4th principle is prudence.')).toBe(true);
    expect(fourth.test('Morgenthau created six principles of political realism.')).toBe(false);
    expect(askedOrdinal('What did Colombia do in the Second World War?')).toBeNull();
    expect(askedOrdinal('Who was the first Secretary of Defense to visit Mexico?')).toBeNull();
    // A fraction is no place in a list.
    expect(askedOrdinal('Is it true Mexico lost about a third of its territory in 1848?')).toBeNull();
    expect(askedOrdinal('What was the third restriction?')).not.toBeNull();
    // A labelled item gives its place by its number: the second hypothesis is H₂.
    const second = askedOrdinal('Under the second hypothesis, when do nations team up?')!;
    expect(second.test('H₂: The liberal hypothesis correlates with internal instability.')).toBe(true);
    expect(second.test('H2 holds for Colombia.')).toBe(true);
    expect(second.test('H₁: The realist hypothesis correlates with external threats.')).toBe(false);
    expect(second.test('a2 b3')).toBe(false);
  });

  it('counts a stretch of time for "how many days", where "a few days" does not do', () => {
    const few = 'The pilots mingled with Colombian leaders over the course of a few days.';
    expect(statesDuration([few])).toBe(true);
    expect(statesDuration([few], true)).toBe(false);
    expect(statesDuration(['The pilots stayed in Bogota for three days.'], true)).toBe(true);
    expect(hasDuration('The course lasts 11 weeks.', true)).toBe(true);
    expect(askedDetail('Exactly how long did the pilots stay?')).toEqual({ kind: 'duration', counted: true });
  });

  it('finds names the question does not already use', () => {
    const q = qw('What was the name of the drug dealer released by Mexican officials?');
    expect(newNames('In 1997, officials released a key drug dealer on the condition he leave Mexico.', q)).toEqual([]);
    expect(newNames('In 1997, officials released the drug dealer Amado Carrillo.', q)).toEqual(['Amado Carrillo']);
    // A unit's number belongs to its name.
    expect(newNames('Mexico sent its 201st Fighter Squadron to the Philippines.', qw('Which squadron did Mexico send to fight?'))).toContain('201st Fighter Squadron');
  });

  it('finds persons the question does not name', () => {
    const q = qw('Who succeeded General Wilhelm as commander?');
    expect(hasNewPerson('General Wilhelm met the press.', q)).toBe(false);
    expect(hasNewPerson('General Wilhelm met Colombian Army Commander General Mora.', q)).toBe(true);
    expect(hasNewPerson('In 2002 the United States established NORTHCOM.', qw('Who was president?'))).toBe(false);
    // A nation's adjective before a body's name, and a theater of war, are no first and last name.
    const squadron = qw('Who commanded the Mexican fighter squadron?');
    expect(hasNewPerson('Mexico offered its bases and the Mexican Airforce flew combat sorties against the Japanese.', squadron)).toBe(false);
    expect(hasNewPerson('Mexico cooperated with U.S. forces in the Pacific Theater by sending its squadron.', squadron)).toBe(false);
    expect(hasNewPerson('The battalion was presented the citation by General James Van Fleet.', squadron)).toBe(true);
    // A program or a celebration is no person, however capitalised.
    expect(hasNewPerson('The aid fell under the Foreign Military Financing (FMF) program.', qw('Who was the official?'))).toBe(false);
    expect(hasNewPerson('He was invited to witness a Mexican Independence celebration.', qw('Who was the official?'))).toBe(false);
    // A place of two words is no first and last name; whoever defines something is a person.
    expect(hasNewPerson('The United States and North Korea perceive each other as enemies.', qw('Who says so?'))).toBe(false);
    expect(hasNewPerson('Forces left from Mexico City and Costa Rica.', qw('Who says so?'))).toBe(false);
    expect(hasNewPerson('Wendt defines constructivist social theory thus.', qw('Who says so?'))).toBe(true);
    // The person the question names, given in full, is not new; nor is a committee or a title with a first name.
    const tidd = 'On March 10, 2016, Admiral Kurt W. Tidd, Commander, United States Southern Command (SOUTHCOM), provided a statement to the Senate Armed Services Committee.';
    expect(hasNewPerson(tidd, qw('Who succeeded Admiral Tidd at SOUTHCOM?'))).toBe(false);
    expect(hasNewPerson(tidd, qw('Who led SOUTHCOM in 2016?'))).toBe(true);
    expect(hasNewPerson('In 1997, General Charles E. Wilhelm assumed command.', q)).toBe(false);
    // An executive order is a document, not a person.
    expect(hasNewPerson('In 1942, the United States created the commission through Executive Order (EO) 9080.', qw('Who chaired the commission?'))).toBe(false);
    // "the Colombian Defense and Navy" are institutions.
    const mabus = 'On February 4, 2015, then U.S. Secretary of the Navy, Ray Mabus, visited Colombia to meet with his counterparts in the Colombian Defense and Navy.';
    expect(hasNewPerson(mabus, qw('Which Colombian navy officials did Ray Mabus meet in 2015?'))).toBe(false);
    // Whoever argues or explains is a person, also at the start of a sentence; a school of thought is not.
    const scholar = qw('Which scholar holds that democracies will not use force against each other?');
    expect(hasNewPerson('Bruce Russett argues that democratic states will not attack similar governments.', scholar)).toBe(true);
    expect(hasNewPerson('Waltz further explains that cooperation can be a dangerous choice.', scholar)).toBe(true);
    expect(hasNewPerson('Realists argued that states compete.', scholar)).toBe(false);
    expect(hasNewPerson('This thesis argues that realism explains it.', scholar)).toBe(false);
  });

  it('does not count one nationality for another', () => {
    const text = 'From 1946 to 1995, the school trained 766 Mexican military personnel.';
    expect(countsWithFigure(text, ['personnel'], undefined, ['Colombian'])).toBe(false);
    expect(countsWithFigure(text, ['personnel'], undefined, ['Mexican'])).toBe(true);
    expect(countsWithFigure(text, ['personnel'])).toBe(true);
    // The thesis writes "U.S." for American: "nine U.S. sailors" counts Americans.
    expect(countsWithFigure('the arrest of nine U.S. sailors by Mexican authorities', ['americans'])).toBe(true);
    // "Men" are a force's members in general: they count soldiers and troops, not pilots.
    const lost = 'While fighting alongside their U.S. military counterparts, the Colombians lost 131 men and 448 others sustained combat wounds.';
    expect(countsWithFigure(lost, ['soldiers'])).toBe(true);
    expect(countsWithFigure(lost, ['troops'])).toBe(true);
    expect(countsWithFigure(lost, ['pilots'])).toBe(false);
    // Words for one kind of place count for each other: installations are bases; soldiers are not.
    const bases = 'Colombian and U.S. civilian officials signed a military cooperation agreement allowing U.S. military units access to seven Colombian military bases.';
    expect(countsWithFigure(bases, ['installations'])).toBe(true);
    expect(countsWithFigure(bases, ['ships'])).toBe(false);
    expect(countedQualifiers('How many Colombian military personnel did the school train?')).toEqual(['colombian']);
    expect(countedQualifiers('How many troops did Pershing lead?')).toEqual([]);
    // "U.S." and "US" name the American nation: Colombian soldiers are not U.S. troops.
    expect(countedQualifiers('How many US troops can be in Colombia at once?')).toEqual(['american']);
    expect(countedQualifiers('How many U.S. advisors went to Colombia?')).toEqual(['american']);
    // The counted words end after the noun, before the verb: the trainers in "got US military training" are American, the soldiers Colombian.
    expect(countedQualifiers('in october 2002 roughly how many colombian soldiers got US military training?')).toEqual(['colombian']);
    expect(countedWords('roughly how many mexican troops took courses at the school?')).toEqual(['troops']);
    expect(countedQualifiers('roughly how many mexican troops took courses at the school?')).toEqual(['mexican']);
    // A model's designation qualifies what is counted as a nation does: F-5 aircraft are not UH-1H helicopters.
    expect(countedQualifiers('How many F-5 aircraft did Mexico receive?')).toEqual(['F-5']);
    const offered = 'U.S. military officials were proposing to give the Mexican Air Force 73 UH-1H helicopters.';
    const aircraftLike = Object.assign((a: string, b: string) => (a === 'aircraft' && b === 'helicopters' ? 0.8 : 0), {});
    expect(countsWithFigure(offered, ['aircraft'], aircraftLike)).toBe(true);
    expect(countsWithFigure(offered, ['aircraft'], aircraftLike, ['F-5'])).toBe(false);
    expect(countsWithFigure(offered, ['helicopters'], undefined, ['UH-1H'])).toBe(true);
    expect(countsWithFigure(offered, ['helicopters'], undefined, ['Mexican', 'UH-1H'])).toBe(true);
    // A lower-case word ending like a nationality is one only when a country's name begins it.
    expect(countedQualifiers('how many veteran soldiers retired?')).toEqual([]);
    // Troops, personnel and servicemen count for each other; soldiers are an army's alone.
    expect(countsWithFigure(text, ['troops'], undefined, ['Mexican'])).toBe(true);
    expect(countsWithFigure('roughly 250 Colombian army soldiers', ['personnel'])).toBe(false);
    const trained = 'U.S. military advisors trained roughly 250 Colombian army soldiers to combat domestic insurgencies.';
    expect(countsWithFigure(trained, ['troops'], (a, b) => (a === 'troops' && b === 'soldiers' ? 0.8 : 0), ['american'])).toBe(false);
    expect(countsWithFigure('a cap of 800 U.S. military personnel in Colombia', ['personnel'], undefined, ['american'])).toBe(true);
    // A nation after a preposition qualifies something else: "nine U.S. sailors by Mexican authorities" counts Americans.
    expect(countsWithFigure('the arrest of nine U.S. sailors by Mexican authorities', ['sailors'], undefined, ['american'])).toBe(true);
  });

  it('counts the noun after the figure, not what a preposition adds to it', () => {
    expect(countsWithFigure('two companies of the Colombian Army began to pursue them', ['army'])).toBe(false);
    expect(countsWithFigure('two companies of the Colombian Army began to pursue them', ['companies'])).toBe(true);
    // "24 of the pilots" is partitive: the pilots are counted.
    expect(countsWithFigure('24 of the pilots trained in Texas', ['pilots'])).toBe(true);
  });

  it('reads the counted thing as the plural noun, not its modifier or the verb after it', () => {
    expect(countedWords('How many U.S. military advisors went to Colombia in 1939?')).toEqual(['advisors']);
    // Without a plural, the last word is the noun: "military" only says which personnel.
    expect(countedWords('How many Colombian military personnel did the school train?')).toEqual(['personnel']);
    expect(countedWords('march 1998 farc ambush how many soldiers killed')).toEqual(['soldiers']);
    // Typed tersely: "number of" counts too; lowercase "us" qualifies, and a participle ends the noun.
    expect(countedWords('number of us personnel allowed in colombia')).toEqual(['personnel']);
    expect(countedWords('how many killed in the ambush')).toEqual(['killed']);
    // "How bad was the ambush?" asks its toll: the dead and wounded.
    expect(countedWords('How bad was the March 1998 FARC ambush on the 52nd Battalion?')).toContain('dead');
    expect(answerType('How bad was the March 1998 FARC ambush on the 52nd Battalion?', 'what')).toBe('how-many');
    expect(answerType('How bad was corruption in the Colombian military?', 'what')).toBe('what');
    expect(answerType('How come Mexico refused foreign troops?', 'why')).toBe('why');
    expect(answerType('What made relations between the US and Colombia go bad in the early 1900s?', 'why')).toBe('why');
    expect(answerType('How did the cause of the war change?', 'why')).toBe('what');
    // A table's "how much cooperation" is its rating, not a figure.
    expect(answerType('In the tables, how much cooperation existed from WWII to the drug war?', 'table')).toBe('table');
    expect(answerType('How much aid did Mexico get according to the table?', 'table')).toBe('how-many');
    // "What was X doing taking …" asks for a purpose, so it stays a why-question.
    expect(answerType('what was pershing doing taking troops into northern mexico in 1916?', 'why')).toBe('why');
    expect(answerType('What caused the break with Colombia?', 'why')).toBe('what');
    expect(answerType('what happened to those UH-1H helicopters? why?', 'why')).toBe('why');
    expect(countedWords('How many times did Gortney meet them?')).toEqual([]);
    // A people named by nationality is what is counted, not the verb after it.
    expect(countedWords('How many Colombians went through American military instruction?')).toEqual(['colombians']);
    expect(countedWords('How many Colombian soldiers were trained?')).toEqual(['soldiers']);
  });

  it('requires the counted thing beside a figure, not a date or another count', () => {
    expect(countsWithFigure('Pershing led 10,000+ U.S. Army troops into Mexico.', ['troops'])).toBe(true);
    expect(countsWithFigure('When the fighting ended, soldiers: 62 dead and 47 wounded.', ['soldiers'])).toBe(true);
    expect(countsWithFigure('In 2015 he met Mexican leaders on eight separate occasions.', ['troops'])).toBe(false);
    expect(countsWithFigure('Drones Fly Deep in Mexico, New York Times, March 16, 2011.', ['drone', 'flights'])).toBe(false);
    const sim = (a: string, b: string) => (a === 'planes' && b === 'aircraft' ? 0.8 : 0);
    expect(countsWithFigure('Roosevelt sent three aircraft to Bogota.', ['planes'], sim)).toBe(true);
  });
});

describe('answerType', () => {
  it('reads "which <role>" questions as asking for a person, whatever words qualify the role', () => {
    expect(answerType('Which American cabinet officer signed the wartime deal?', 'what')).toBe('who');
    expect(answerType('Which U.S. envoy in Bogotá said little to reporters?', 'what')).toBe('who');
    expect(answerType('Which Colombian Navy ship did a German submarine sink?', 'what')).toBe('what');
    expect(answerType('Which SOUTHCOM boss did General Mora praise when he retired?', 'what')).toBe('who');
    // "What reason …" asks why; "What caused …" asks what.
    expect(answerType('What reason does the thesis give for the drop in aid?', 'why')).toBe('why');
    expect(answerType('What caused the drop in aid?', 'why')).toBe('what');
    // A count asked for by name is a figure.
    expect(answerType('what was the vote count when the Colombian Senate rejected the canal plan', 'what')).toBe('how-many');
    // Scholars and theorists are persons, one or several.
    expect(answerType('Which pair of scholars note that getting states to work together is hard?', 'what')).toBe('who');
    expect(answerType('Which realist warns that teaming up can be risky?', 'what')).toBe('who');
    // What a named person did is a what-question, not a who-question.
    expect(answerType("What did Colombia's president request after meeting the pilots?", 'what')).toBe('what');
    expect(answerType('Which Mexican general was his counterpart?', 'what')).toBe('who');
  });

  it('reads "in which town/city" questions as asking for a place', () => {
    expect(answerType('In which Colombian town were U.S. Army aviators based from 2010?', 'what')).toBe('where');
    expect(answerType('Which city hosts the binational command?', 'what')).toBe('where');
    expect(answerType('In which prison was Pablo Escobar held?', 'what')).toBe('where');
    expect(answerType('Which treaty did the two countries sign?', 'what')).toBe('what');
  });
});

describe('askedNation and roleOfOtherNation', () => {
  it('reads the nation qualifying the asked role', () => {
    expect(askedNation('Which U.S. Army general commanded the Caribbean Defense Command?')).toBe('us');
    expect(askedNation('Which Colombian head of state brushed off the complaints?')).toBe('colombia');
    expect(askedNation('Which general met Sullivan?')).toBeNull();
    // The nation may follow the role.
    expect(askedNation('Who was the president of Mexico in 2006?')).toBe('mexico');
    expect(askedNation('Who was the ambassador of the United States in Bogota?')).toBe('us');
  });

  it('finds a new person in the asked role, of the asked nation', () => {
    const general = /\b(general|admiral|commander)\b/i;
    const q = qw('Which U.S. Army general commanded the Caribbean Defense Command?');
    expect(namesRoleHolder('Colombia assigned Colombian Army General Pablo Lopez as liaison.', general, q, 'us')).toBe(false);
    expect(namesRoleHolder('U.S. Army General Frank Andrews took command.', general, q, 'us')).toBe(true);
    // A holder whose nation the sentence does not say may be the one asked about.
    expect(namesRoleHolder('General Andrews met Colombian General Lopez.', general, q, 'us')).toBe(true);
    // A holder said to be the role, with service and rank before the name.
    const attache = /\battach[ée]/i;
    const a = qw('Who was the last U.S. Defense Attaché flag officer in Mexico?');
    expect(namesRoleHolder('In 1992, Army General Joseph Stringham was the last U.S. Defense Attaché Flag Officer posted there.', attache, a, 'us')).toBe(true);
    expect(namesRoleHolder('The United States has a Defense Attaché in Mexico City.', attache, a, 'us')).toBe(false);
    // Every name of a list after a plural role holds it, not only the first (which the question may name).
    const presidents = /\bpresident/i;
    const asidePresident = qw('Aside from Carlos Salinas de Gortari, which Mexican presidents were more conservative?');
    const list = 'Mexican presidents Carlos Salinas de Gortari, De La Madrid, Jose Lopez Portillo, and Luis Echeverria brought a more conservative ideology.';
    expect(namesRoleHolder(list, presidents, asidePresident, 'mexico')).toBe(true);
    expect(namesRoleHolder('Mexican presidents Carlos Salinas de Gortari brought a more conservative ideology.', presidents, asidePresident, 'mexico')).toBe(false);
    // A holder before an apposition that ends in the role.
    const futurePresident = /\bpresident\b/i;
    const f = qw('Which future Colombian president did U.S. military engineers first get to know?');
    const pinilla = 'U.S. military personnel had their first contact with Lieutenant Colonel Gustavo Rojas Pinilla, the chief of the Colombian Army engineering section and future president of Colombia.';
    expect(namesRoleHolder(pinilla, futurePresident, f, 'colombia')).toBe(true);
    expect(namesRoleHolder('Engineers met the chief of the engineering section and future president of Colombia.', futurePresident, f, 'colombia')).toBe(false);
    const secretary = /\bsecretary\b/i;
    const p = qw('During his 1995 trip to Mexico, which Mexican Navy Secretary did Secretary Perry meet?');
    expect(namesRoleHolder('In 1995, Secretary Perry visited Mexico, a first for any U.S. Defense Secretary.', secretary, p, 'mexico')).toBe(false);
    expect(namesRoleHolder('Perry met Mexican Navy Secretary Admiral Lorenzo Franco.', secretary, p, 'mexico')).toBe(true);
    // An office the sentence gives another nation, held by no one else there, is the unnamed holder's: Perry is no Mexican secretary.
    const d = qw('Who was the Mexican defense secretary in 1995?');
    expect(namesRoleHolder('In 1995, Secretary Perry visited Mexico, a first for any U.S. Defense Secretary.', secretary, d, 'mexico')).toBe(false);
    expect(namesRoleHolder('In 1994, the Mexican Secretary of Defense, General Enrique Cervantes, visited the Pentagon.', secretary, d, 'mexico')).toBe(true);
    expect(askedNation('During his 1995 trip to Mexico, which Mexican Navy Secretary did Secretary Perry meet?')).toBe('mexico');
    const president = /\bpresident/i;
    const h = qw('Which Mexican heads of state brought a more conservative outlook?');
    expect(namesRoleHolder('Mexican presidents Carlos Salinas de Gortari and Luis Echeverria brought a new outlook.', president, h, 'mexico')).toBe(true);
  });

  it('requires the service the question names with the role', () => {
    const q = 'Who was the Mexican Navy Secretary in 1995?';
    expect(askedBranches(q).map(String)).toEqual([String(/\bnav(?:y|al)\b/i)]);
    expect(askedBranches('Which Mexican general met Sullivan?')).toEqual([]);
    const [role, nation, branches] = [askedRole(q)!, askedNation(q), askedBranches(q)];
    // "Navy" later in the sentence is not the Secretary's service.
    expect(namesRoleHolder('Secretary Perry also announced in 1995 that the Mexican Navy and Army would take part.', role, qw(q), nation, [], branches)).toBe(false);
    expect(namesRoleHolder('Perry met Mexican Navy Secretary Admiral Lorenzo Franco.', role, qw(q), nation, [], branches)).toBe(true);
    const u = 'Who was the U.S. Secretary of the Navy who visited Colombia?';
    expect(namesRoleHolder('Then U.S. Secretary of the Navy, Ray Mabus, visited Colombia.', askedRole(u)!, qw(u), askedNation(u), [], askedBranches(u))).toBe(true);
    // A rank need not say its service, but must not say another.
    const g = 'Which U.S. Army general commanded the Caribbean Defense Command?';
    const holds = (t: string) => namesRoleHolder(t, askedRole(g)!, qw(g), askedNation(g), [], askedBranches(g));
    expect(holds('In 1941, General Frank Andrews took command.')).toBe(true);
    expect(holds('In 1941, U.S. Navy Admiral John Hoover took command.')).toBe(false);
  });

  it('asks for a person when the question asks who led something', () => {
    expect(askedDetail('Who led the task force?')).toEqual({ kind: 'person' });
    expect(askedDetail('Who ran the Pentagon in 1994?')).toEqual({ kind: 'person' });
    expect(askedDetail('Who set the limit on U.S. personnel in Colombia?')).toBeNull();
    // A town given with its state is a place.
    expect(hasNewPerson('The location of this new task force was in El Paso, Texas.', qw('Who led the task force?'))).toBe(false);
    expect(hasNewPerson('In 2010, Bradley Coleman, an historian, wrote it.', qw('Who led the task force?'))).toBe(true);
  });

  it('does not take the person the question names, or a name elsewhere in the sentence, for the holder', () => {
    const q = 'Who succeeded General Wilhelm as commander of SOUTHCOM?';
    const role = askedRole(q)!;
    expect(role.test('General Mora')).toBe(true);
    expect(namesRoleHolder('In 1997, General Charles E. Wilhelm assumed command of USSOUTHCOM.', role, qw(q), null)).toBe(false);
    expect(namesRoleHolder('Dean Cook argues that General Wilhelm shaped policy.', role, qw(q), null)).toBe(false);
    expect(namesRoleHolder('In 2000, General Peter Pace took command.', role, qw(q), null)).toBe(true);
    const g = 'Who succeeded Admiral William Gortney as commander of NORTHCOM?';
    expect(namesRoleHolder('Admiral William E. Gortney, Commander, United States Northern Command, testified.', askedRole(g)!, qw(g), null)).toBe(false);
    expect(askedRole("Who was Felipe Calderon's predecessor as president of Mexico?")?.test('President Vicente Fox')).toBe(true);
    expect(hasNewPerson('Army General Joseph Stringham was the last U.S. Defense Attaché Flag Officer posted there.', qw('Who replaced General Joseph Stringham as U.S. Defense Attaché?'))).toBe(false);
  });

  it('reads "Who is General Wilhelm?" as asking about Wilhelm, not for a general', () => {
    expect(askedAbout('Who is General Wilhelm?')).toBe('Wilhelm');
    expect(askedAbout('Who was Santa Anna?')).toBe('Anna');
    expect(askedAbout('Who was the Mexican president in 2006?')).toBeNull();
    expect(askedRole('Who is General Wilhelm?')).toBeNull();
    expect(askedDetail('Who is General Wilhelm?')).toBeNull();
    expect(askedRole('Who was the general in charge?')?.test('General Andrews')).toBe(true);
  });

  it('wants the holder of the organisation the question names with the role', () => {
    const g = 'Who succeeded Admiral William Gortney as commander of NORTHCOM?';
    expect(askedOrganisations(g)).toEqual(['NORTHCOM']);
    expect(askedOrganisations('Which NORTHCOM commander was invited to Mexico?')).toEqual(['NORTHCOM']);
    expect(askedOrganisations('Which general met Sullivan?')).toEqual([]);
    const role = askedRole(g)!;
    const tidd = 'Admiral Kurt W. Tidd, Commander, United States Southern Command (SOUTHCOM), testified.';
    expect(namesRoleHolder(tidd, role, qw(g), askedNation(g), ['NORTHCOM'])).toBe(false);
    expect(namesRoleHolder('Admiral Lori Robinson, Commander, United States Northern Command, testified.', role, qw(g), askedNation(g), ['NORTHCOM'])).toBe(true);
    // The combatant commands are American: a Mexican general is not a NORTHCOM commander.
    expect(askedNation('Which NORTHCOM commander was invited to Mexico?')).toBe('us');
  });

  it('reads "who commanded" and "as U.S. Defense Attaché" as asking for a role holder', () => {
    expect(askedRole('Who commanded the Colombian Battalion during the Korean War?')?.test('Colonel Jaime Polania, the battalion commander')).toBe(true);
    expect(askedDetail('Who commanded the Colombian Battalion during the Korean War?')?.kind).toBe('person');
    // The commander of a U.S. command is American: a Colombian liaison general does not answer.
    const cdc = 'Who commanded the U.S. Caribbean Defense Command?';
    expect(askedNation(cdc)).toBe('us');
    expect(namesRoleHolder('Colombia assigned Colombian Army General Pablo Lopez to be the liaison.', askedRole(cdc)!, qw(cdc), askedNation(cdc))).toBe(false);
    const q = 'Who replaced General Joseph Stringham as U.S. Defense Attaché in Mexico City?';
    expect(askedRole(q)?.test('the Defense Attaché post')).toBe(true);
    expect(namesRoleHolder('General Sullivan would meet with Mexican Secretary of National Defense, General Antonio Riviello.', askedRole(q)!, qw(q), askedNation(q))).toBe(false);
  });

  it('reads "which general commanded/led" as asking who is said to have commanded or led', () => {
    expect(commandWords('Which U.S. general commanded the army at Buena Vista?')?.test('forces led by General Winfield Scott')).toBe(true);
    expect(commandWords('Which officer chaired the commission?')?.test('the Southern Command')).toBe(false);
    expect(commandWords('Which general visited Mexico in 1995?')).toBeNull();
  });

  it('reads the holder across "of <office>," and an appositive', () => {
    const secretary = /\bsecretary\b/i;
    const q = qw('Which Mexican defense secretary did General Sullivan meet?');
    expect(namesRoleHolder('Sullivan met Mexican Secretary of National Defense, General Antonio Riviello.', secretary, q, 'mexico')).toBe(true);
    expect(namesRoleHolder('In 1994, Enrique Cervantes, the Mexican Secretary of Defense, visited.', secretary, q, 'mexico')).toBe(true);
    const envoy = /\bambassador/i;
    expect(namesRoleHolder('U.S. Ambassador to Colombia Myles Frechette protested.', envoy, qw('Which U.S. envoy protested?'), 'us')).toBe(true);
  });
});

describe('givesAskedName', () => {
  const scored = (text: string) => ({ c: { text, terms: new Set<string>(), words: new Set<string>() } }) as unknown as Scored;
  it('reads a sentence giving something its name as naming what was asked', () => {
    const q = new Set(['is', 'there', 'a', 'colombian', 'version', 'of', 'us', 'army', 'ranger', 'school', 'what', 'it', 'called']);
    expect(givesAskedName(scored('Colombians call this course the “Lancero” course; it still trains Colombian military and U.S. military soldiers today.'), 'school', q)).toBe(true);
    // "port-of-call at Naval Base San Diego" and "called on Mexico" give no name.
    const frigate = 'The naval vessel was outfitted for combat during a port-of-call at Naval Base San Diego, California.';
    expect(givesAskedName(scored(frigate), 'captain', new Set(['colombian', 'frigate', 'captain']))).toBe(false);
    expect(givesAskedName(scored('The United States called on Mexico to act.'), 'school', q)).toBe(false);
  });

  it('does not take a nationality, a country or a titled person as the name of a thing', () => {
    const words = (text: string) => ({ c: { text, terms: new Set<string>(), words: new Set(text.toLowerCase().match(/[a-z]+/g)) } }) as unknown as Scored;
    const sim = ((a: string, b: string) => (a === 'ship' && b === 'vessels' ? 0.8 : 0)) as unknown as WordSimilarity;
    const asked = new Set(['what', 'were', 'the', 'names', 'of', 'us', 'amphibious', 'ship', 'and', 'destroyer', 'off', 'cartagena']);
    const security = 'Security concerns for President Bush were high, and Colombian military and U.S. military officials agreed to provide naval vessels off the coast of Colombia.';
    expect(givesAskedName(words(security), 'ship', asked, sim)).toBe(false);
    expect(givesAskedName(words('Colombia offered two naval vessels, the Almirante Padilla among them.'), 'ship', asked, sim)).toBe(true);
  });

  it('leads an example of countries with a sentence naming a country other than the United States', () => {
    const q = 'What example does the lit review use to show that countries that see each other as enemies won’t cooperate much?';
    const qw = new Set(q.toLowerCase().match(/[a-z]+/g));
    const at = (text: string, score: number) => ({ c: { text, terms: new Set<string>(), words: new Set<string>() }, score }) as unknown as Scored;
    const general = at('Charles Glaser argues that adversaries can best achieve their security goals through cooperative policies.', 1.1);
    const korea = at('The United States and North Korea perceive each other as enemies and will likely have limited cooperation.', 1.0);
    expect(countryExampleLead([general, korea], q, qw, 0.85)).toBe(korea);
    // Not when the question asks no example, nor from far behind, nor for the United States alone.
    expect(countryExampleLead([general, korea], 'Why do countries that see each other as enemies not cooperate?', qw, 0.85)).toBeUndefined();
    expect(countryExampleLead([general, at(korea.c.text, 0.5)], q, qw, 0.85)).toBeUndefined();
    expect(countryExampleLead([general, at('The United States perceives threats.', 1.0)], q, qw, 0.85)).toBeUndefined();
  });

  it('reads a museum, a school or a program by its name as naming an institution', () => {
    const q = new Set(['what', 'institution', 'commemorating', 'foreign', 'armed', 'incursions', 'did', 'mexico', 'open', 'in', '1980']);
    expect(askedDetail('What institution commemorating foreign armed incursions did Mexico open in 1980?')).toEqual({ kind: 'name', noun: 'institution' });
    expect(givesAskedName(scored('In 1980, Mexico created the National Museum of Interventions.'), 'institution', q)).toBe(true);
    expect(givesAskedName(scored('Institutions are developed, like the Mérida Initiative, to continue to facilitate cooperation.'), 'institution', q)).toBe(true);
    expect(givesAskedName(scored('Mexico received 10 times more U.S. arms from late 1980 to the early 1990s.'), 'institution', q)).toBe(false);
  });

  it('reads a combatant command named by its acronym as naming a command', () => {
    const asked = new Set(['which', 'combatant', 'command', 'paid', 'for', 'training', 'before', 'northcom']);
    expect(givesAskedName(scored('Prior to 9/11, SOUTHCOM provided the funding to Mexican military representatives.'), 'command', asked)).toBe(true);
    // The command the question names itself is no answer.
    expect(givesAskedName(scored('NORTHCOM provided the funding.'), 'command', asked)).toBe(false);
  });

  it('reads a unit as named by its number or its own name, not by a service or "United States"', () => {
    const asked = new Set(['which', 'mexican', 'air', 'unit', 'flew', 'combat', 'missions', 'against', 'japan']);
    const unit = (text: string) => ({ c: { text, terms: new Set(['unit']), words: new Set(text.toLowerCase().match(/[a-z]+/g)) } }) as unknown as Scored;
    expect(givesAskedName(unit('Mexico sent its 201st Fighter Squadron to fight alongside U.S. forces.'), 'unit', asked)).toBe(true);
    expect(givesAskedName(unit('Colombia sent the Colombia Battalion to Korea.'), 'unit', asked)).toBe(true);
    expect(givesAskedName(unit('Mexico extended an olive branch to the United States.'), 'unit', asked)).toBe(false);
    expect(givesAskedName(unit('The pilots trained under U.S. Army Air Corps aviators.'), 'unit', asked)).toBe(false);
    expect(givesAskedName(unit('The Mexican Air Force flew combat sorties.'), 'unit', asked)).toBe(false);
    expect(askedDetail('Which Mexican air unit flew combat missions against Japan?')).toEqual({ kind: 'name', noun: 'unit' });
    expect(askedDetail('Which Mexican units took part in the UNITAS exercise in 2009?')).toBeNull();
    // The noun after a verb is the claim's, not the asked thing's: "which theorist says countries …" asks for a person.
    expect(askedDetail('In the lit review, which theorist says countries are wary of teaming up?')).toBeNull();
    expect(askedDetail('Which two countries did the thesis compare?')).toEqual({ kind: 'name', noun: 'countries' });
  });
});
