import { describe, expect, it } from 'vitest';
import { eventVerb, mentionsEvent, mentionsWord, timeClauseEvent, turnOfAnother, whatEvent } from '@/lib/answer/extractive/event-verb';
import { askedWords } from '@/lib/answer/extractive/detail-evidence';
import { contentWords, terms } from '@/lib/retrieve/tokenize';

const bag = (text: string) => [new Set(contentWords(text)), new Set(terms(text))] as const;

describe('eventVerb', () => {
  it('reads the event a when/how-many question dates or counts', () => {
    expect(eventVerb("In what year did Felipe Calderon's presidency end?")).toBe('end');
    // The end-event may come before the rest of the question, and an abolition ends something too.
    expect(eventVerb('When did the Colombian Battalion return from Korea?')).toBe('return');
    expect(eventVerb('When did Mexico abolish its ban on foreign troops?')).toBe('abolish');
    expect(eventVerb('When did Colombia send troops to Korea?')).toBeNull();
    expect(eventVerb('In what year was the ELN founded?')).toBe('founded');
    expect(eventVerb('How many FARC fighters were killed in the March 1998 ambush?')).toBe('killed');
    expect(eventVerb('How many U.S. service members have been killed in Colombia?')).toBe('killed');
    expect(eventVerb("How much of General Castro's fuel order was actually delivered?")).toBe('delivered');
    // Taking a command is dated by when it was taken ("assumed command"), not by a statement made in it.
    expect(eventVerb('When did Admiral Kurt Tidd take command of U.S. Southern Command?')).toBe('take');
  });

  it('leaves questions alone whose last word is an object, or whose event is a start', () => {
    expect(eventVerb('When did President Nixon declare a war on drugs?')).toBeNull();
    expect(eventVerb('When did Panama secede from Colombia?')).toBeNull();
    expect(eventVerb('In what year did the Mérida Initiative begin?')).toBeNull();
    expect(eventVerb('How many pilots did the school train?')).toBeNull();
    // A passive after "did" is of a clause of its own, not the event counted.
    expect(eventVerb("How much jet fuel did Mexico's defense chief try to buy that made the Americans suspect it was really headed to Japan?")).toBeNull();
  });
});

describe('timeClauseEvent', () => {
  it('reads the turn of a career that dates what a question asks about', () => {
    expect(timeClauseEvent('What rank did Pablo Lopez hold when he retired?')).toBe('retired');
    expect(timeClauseEvent('how did washington respond when Rojas Pinilla took power in a coup?')).toBe('power');
    expect(timeClauseEvent('How did Washington respond to the coup?')).toBeNull();
    expect(timeClauseEvent('What did General Mora do after retiring?')).toBe('retiring');
    expect(timeClauseEvent("What was Secretary Perry's position before he became Secretary of Defense?")).toBe('became');
  });

  it('leaves other time clauses alone: they are too often paraphrased to require', () => {
    expect(timeClauseEvent('In Table 3, which theory is marked No for Colombia in every period after World War II began?')).toBeNull();
    expect(timeClauseEvent("What did Colombia's president request after socializing with visiting American airmen?")).toBeNull();
    expect(timeClauseEvent('What did the U.S. do after 9/11?')).toBeNull();
  });
});

describe('turnOfAnother', () => {
  it('tells a turn of someone the question does not ask about', () => {
    const wilhelm = 'When General Wilhelm retired in 2003, Colombian General Mora called Wilhelm, “Colombia’s favorite friend in the United States.”';
    expect(turnOfAnother(wilhelm, 'retiring', askedWords('What did General Mora do after retiring?'))).toBe(true);
    expect(turnOfAnother(wilhelm, 'retired', askedWords('What did General Mora call General Wilhelm when he retired?'))).toBe(false);
    expect(turnOfAnother('He retired in 2003.', 'retired', askedWords('What did General Mora do after retiring?'))).toBe(false);
  });
});

describe('mentionsWord', () => {
  it('finds the word or another form of it, and close words by similarity', () => {
    expect(mentionsWord(...bag('Escobar was killed by Colombian police in 1993.'), 'killed')).toBe(true);
    expect(mentionsWord(...bag('In 2006, Mexico elected Felipe Calderon President.'), 'end')).toBe(false);
    const sim = (a: string, b: string) => (a === 'killed' && b === 'died' ? 0.7 : 0);
    expect(mentionsWord(...bag('Eight pilots died in the campaign.'), 'killed', sim)).toBe(true);
  });

  it('takes a word of committing, agreeing or deciding for another of its family', () => {
    expect(mentionsWord(...bag('They announced a pledge to increase training.'), 'promised')).toBe(true);
    expect(mentionsWord(...bag('The two countries signed an agreement.'), 'agreed')).toBe(true);
    expect(mentionsWord(...bag('They announced steps to intensify cooperation.'), 'promised')).toBe(false);
  });

  it('hears a death only in words of dying, not in words GloVe puts beside it', () => {
    const ambush = (a: string, b: string) => (a === 'killed' && b === 'ambush' ? 0.7 : 0);
    expect(mentionsWord(...bag('The companies fell into an ambush by a FARC force of 400 fighters.'), 'killed', ambush)).toBe(false);
    expect(mentionsWord(...bag('When the fighting ended, 62 soldiers were dead.'), 'killed')).toBe(true);
    expect(mentionsWord(...bag('The Colombians lost 131 men.'), 'killed')).toBe(true);
  });

  it('takes any word naming a beginning for another ("created" / "established"), but not "found" as in "find"', () => {
    expect(mentionsWord(...bag('In 2002, the United States established NORTHCOM.'), 'created')).toBe(true);
    expect(mentionsWord(...bag('The ELN was formed in 1964.'), 'founded')).toBe(true);
    expect(mentionsWord(...bag('This thesis found that realism explains cooperation.'), 'founded')).toBe(false);
    expect(mentionsWord(...bag('In 2002, the United States established NORTHCOM.'), 'ended')).toBe(false);
    expect(mentionsWord(...bag('In 1997, General Charles E. Wilhelm assumed command of USSOUTHCOM.'), 'take')).toBe(true);
    expect(mentionsWord(...bag('On March 10, 2016, Admiral Kurt W. Tidd provided a statement.'), 'take')).toBe(false);
  });
});

describe('whatEvent', () => {
  it('reads the event a what-question asks the content or outcome of', () => {
    expect(whatEvent('What was agreed at the Lima Conference?')).toBe('agreed');
    expect(whatEvent('What did the participating states agree to at the Lima Conference?')).toBe('agreed');
    expect(whatEvent('What did Congress decide about troop numbers?')).toBe('decided');
    expect(whatEvent('What U.S. aid program replaced Plan Colombia after it ended?')).toBe('replaced');
    expect(whatEvent('Who succeeded Admiral Tidd at SOUTHCOM?')).toBe('succeeded');
    expect(whatEvent("Who stepped into General Wilhelm's shoes at Southern Command?")).toBe('replaced');
    expect(whatEvent("Who filled Wilhelm's shoes?")).toBe('replaced');
    expect(whatEvent('Who took over SOUTHCOM from General Charles Wilhelm?')).toBe('replaced');
    // A successor or predecessor is asked by the noun too: whoever is named must be said to come after or before.
    expect(whatEvent("Who was General Wilhelm's successor?")).toBe('succeeded');
    expect(whatEvent("Who was Admiral Tidd's predecessor at SOUTHCOM?")).toBe('succeeded');
    expect(whatEvent('who won the battle of buena vista in 1847')).toBe('won');
    expect(whatEvent('What was signed in October 2009?')).toBe('signed');
    // What was signed, asked in the active voice: a passage on the signer's visit that never says does not answer.
    expect(whatEvent('What agreement did Secretary Mabus sign with the Colombian defense ministry in 2015?')).toBe('signed');
    expect(whatEvent('Which treaty did the two countries sign?')).toBe('signed');
    // A passive naming or placing something asks for no event.
    expect(whatEvent('What was the operation called?')).toBeNull();
    expect(whatEvent('What was Plan Colombia designed to do?')).toBeNull();
    expect(whatEvent('What was the school known as before 2001?')).toBeNull();
    expect(whatEvent('What did the 2009 agreement allow?')).toBeNull();
  });

  it('reads an outcome a which-question asks, and takes only words of that outcome', () => {
    expect(whatEvent('Which side won the Battle of Buena Vista in 1847?')).toBe('won');
    expect(whatEvent('Which ship did a German submarine sink?')).toBeNull();
    // "lost" is close to "won" in GloVe, but says the opposite.
    expect(mentionsEvent(...bag('Mexico had lost the territory of Texas.'), 'won')).toBe(false);
    expect(mentionsEvent(...bag('The U.S. Army won a decisive victory.'), 'won')).toBe(true);
  });

  it('reads the outcome a yes/no question asks about, and no other verb', () => {
    expect(whatEvent("Did General Pershing's expedition ever capture Pancho Villa?")).toBe('captured');
    expect(whatEvent('Did any Mexican officials fail the polygraph tests?')).toBe('failed');
    expect(whatEvent('Did Colombia send troops to Korea?')).toBeNull();
    expect(mentionsEvent(...bag('U.S. Special Forces assisted with the take down and capture of Pablo Escobar.'), 'captured')).toBe(true);
    expect(mentionsEvent(...bag('General Pershing was chasing Pancho Villa.'), 'captured')).toBe(false);
  });

  it('takes any word of replacement for "replaced"', () => {
    expect(mentionsEvent(...bag('In 2001, the School of the Americas was renamed the Western Hemisphere Institute.'), 'replaced')).toBe(true);
    expect(mentionsEvent(...bag('Plan Colombia ended in 2012.'), 'replaced')).toBe(false);
    // A commander who assumed command succeeded the one before.
    expect(mentionsEvent(...bag('In 1997, General Charles E. Wilhelm assumed command of USSOUTHCOM.'), 'succeeded')).toBe(true);
    expect(mentionsEvent(...bag('Admiral Tidd provided a statement to the Senate.'), 'succeeded')).toBe(false);
    expect(mentionsEvent(...bag('The two countries agreed to cooperate.'), 'agreed')).toBe(true);
  });
});
