import { describe, expect, it } from 'vitest';
import { questionTerms, unknownSignals, type TermStats } from '@/lib/retrieve/question-terms';
import { capitalAcronyms, idTokens } from '@/lib/retrieve/tokenize';
import { findAliases } from '@/lib/retrieve/aliases';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { terms } from '@/lib/retrieve/tokenize';

describe('identifiers in questions', () => {
  it('are anchors, known or not to the corpus; decades written "mid-1990s" are not identifiers', () => {
    expect(idTokens('in the mid-1990s and pre-1945')).toEqual([]);
    expect(idTokens('FY2016 funding for UH-1H helicopters')).toEqual(['fy2016', 'uh1h']);
    const stats: TermStats = { idf: () => 2, df: () => 3, hasId: (id) => id === 'fy2017' };
    const q = questionTerms(analyzeQuery('How much aid did Colombia receive in FY2015?', []), stats);
    expect(unknownSignals(q).unknownAnchors).toEqual(['fy2015']);
    const known = questionTerms(analyzeQuery('How much aid did Colombia receive in FY2017?', []), stats);
    expect(unknownSignals(known).unknownAnchors).toEqual([]);
    expect(known.find((t) => t.term === 'fy2017')?.anchor).toBe(true);
  });
});

describe('findAliases', () => {
  it('reads capitals and nicknames as the actors they stand for', () => {
    expect(findAliases('Where did Washington turn its attention in 2012?')).toEqual([{ alias: 'washington', expansion: 'United States' }]);
    expect(findAliases('Which ship did a Nazi sub sink in 1942?')).toEqual([{ alias: 'nazi', expansion: 'German' }]);
    // The hypotheses by their place, as the thesis labels them.
    expect(findAliases('Under the second hypothesis, when do nations cooperate?')).toEqual([{ alias: 'second hypothesis', expansion: 'H2 hypothesis' }]);
    expect(analyzeQuery('Under the second hypothesis, when do nations cooperate?', []).terms.map((t) => t.term)).toContain('h2');
    expect(findAliases('a more conservative, Washington-friendly outlook').map((a) => a.alias)).toEqual(['washington']);
    expect(findAliases('when Panama broke away from Bogotá').map((a) => a.alias)).toEqual(['broke away', 'bogota']);
    // A limit on numbers as the thesis writes it ("a cap of 800 U.S. military personnel").
    expect(findAliases('Who decides the maximum number of American troops allowed in Colombia?')).toEqual([{ alias: 'maximum number', expansion: 'maximum cap' }]);
    // A capital stands for its country, not for a word "government" that the question's own words do not have ("Bogotá's frigate").
    expect(findAliases("Where was Bogotá's frigate readied?").map((a) => a.expansion)).toEqual(['Colombia Colombian']);
    expect(findAliases("What was FDR's approach to Latin America?").map((a) => a.expansion)).toEqual(['Franklin D. Roosevelt']);
    expect(findAliases('What did the Pentagon say?').map((a) => a.alias)).toEqual(['pentagon']);
    // "the police" is what the thesis mostly calls law enforcement.
    expect(findAliases('why did mexico use its army instead of relying on the police?').map((a) => a.expansion)).toEqual(['police law enforcement']);
    // Stationing troops is what the thesis calls a garrison; "at home" is within a country's borders.
    expect(findAliases("why can't the US just station troops inside Mexico?").map((a) => a.expansion)).toEqual(['station garrison']);
    expect(findAliases("why won't mexico let american troops be based there?").map((a) => a.alias)).toEqual(['based']);
    expect(findAliases('How many bases can U.S. troops use?')).toEqual([]);
    expect(findAliases('can mexican troops serve as blue helmets overseas').map((a) => a.expansion)).toEqual(['peacekeepers peacekeeping']);
    expect(findAliases('across the Rio Grande').map((a) => a.expansion)).toEqual(['Mexico border']);
    // Slang and idioms for what the thesis says plainly.
    expect(findAliases('How much coke did the operation seize?').map((a) => a.expansion)).toEqual(['cocaine']);
    expect(findAliases('When did the working group hold its swan song?').map((a) => a.expansion)).toEqual(['last final']);
    expect(findAliases('Which idea did Colombians give a big thumbs-down?').map((a) => a.expansion)).toEqual(['rejected opposed hated']);
    // A relationship held up as a template is one to mirror.
    expect(findAliases('Which partnership is the template for U.S.-Mexico ties?').map((a) => a.expansion)).toEqual(['template model mirror']);
    // The region a combatant command covers is its AOR.
    expect(findAliases('Which US combatant command covers Colombia?').map((a) => a.expansion)).toEqual(['combatant command AOR']);
    // Hunting someone is chasing them, as the thesis says of Pershing and Villa.
    expect(findAliases('In 1916 a general marched into Mexico. Who was he hunting?').map((a) => a.expansion)).toEqual(['hunting chasing pursue']);
    expect(findAliases('How do the militaries differ at home?').map((a) => a.expansion)).toEqual(['domestic within its borders']);
    // Idioms: a green light is approval; a charter, a constitution. A question word before one is no name.
    expect(findAliases("Whose green light do Mexico's armed forces need?").map((a) => a.expansion)).toEqual(['approval approve']);
    expect(findAliases("Under its revolutionary-era charter, what pact is forbidden?").map((a) => a.expansion)).toEqual(['charter constitution', 'forbidden forbid precluded prohibits']);
    // What a law forbids, in the thesis's words; a large spending is an investment; the homeland command is NORTHCOM.
    expect(findAliases('What were the task force troops barred from doing?').map((a) => a.expansion)).toEqual(['barred precluded forbid prohibits']);
    expect(findAliases('What are Mexican troops not allowed to do abroad?').map((a) => a.expansion)).toEqual(['not allowed precluded forbid prohibits']);
    expect(findAliases('What justified a big American outlay?').map((a) => a.expansion)).toEqual(['outlay investment spending']);
    expect(findAliases('When was the new homeland command created?').map((a) => a.expansion)).toEqual(['NORTHCOM']);
    expect(findAliases('why was the panama canal such a big deal?').map((a) => a.expansion)).toEqual(['important significant strategic']);
    expect(findAliases('who was in charge of SOUTHCOM in 1997?').map((a) => a.expansion)).toEqual(['command commander led']);
    expect(findAliases('Why did Mexican officials resent the lie-detector screening?').map((a) => a.expansion)).toEqual(['polygraph']);
    expect(findAliases('Who did the president name as his go-between with the command?').map((a) => a.expansion)).toEqual(['liaison']);
    expect(findAliases('when a new colombian leader took office').map((a) => a.expansion)).toEqual(['took office inauguration']);
    expect(findAliases('Which warship did the navy send to the Far East conflict?').map((a) => a.expansion)).toEqual(['Korea Japan Asia Pacific']);
    // Leaving the service is retiring.
    expect(findAliases('what label did the army chief pin on the commander once he left the service?').map((a) => a.expansion)).toEqual(['retired']);
    // A price tag is a cost.
    expect(findAliases("what's the total price tag of plan colombia?").map((a) => a.expansion)).toEqual(['cost funds', 'price cost']);
    // Paying for something is funding it.
    expect(findAliases('Which command paid for the training?').map((a) => a.expansion)).toEqual(['paid funding funds']);
    // Counts in everyday words.
    expect(findAliases('which realist wrote half a dozen rules of politics?').map((a) => a.expansion)).toEqual(['six']);
    // A limit is the thesis's "cap"; military people are its "personnel".
    expect(findAliases('is there a limit on how many US military people can be in colombia?').map((a) => a.expansion)).toEqual(['limit cap', 'military personnel']);
    // Research-design terms in their textbook synonyms.
    expect(findAliases('what are the cause variables and the outcome variable?').map((a) => a.expansion)).toEqual(['independent variables', 'dependent variable']);
    // Capitals of the other countries the thesis names: "Pyongyang" is North Korea.
    expect(findAliases('why does Washington work with Bogotá but not with Pyongyang?').map((a) => a.expansion)).toEqual(['United States', 'Colombia Colombian', 'North Korea']);
    // The institute's own acronym, which the thesis spells WHINSC.
    expect(findAliases('Where is WHINSEC located?').map((a) => a.expansion)).toEqual(['WHINSC Western Hemisphere Institute for Security Cooperation']);
    // NORTHCOM described by its mission.
    expect(findAliases('Who did Mexico post at the U.S. homeland-defense headquarters?').map((a) => a.expansion)).toEqual(['NORTHCOM']);
    // The helicopters' everyday names are their designations.
    expect(findAliases('Why did Mexico send the Hueys back in 1999?').map((a) => a.expansion)).toEqual(['returned', 'UH-1H helicopters']);
    // The war of 1846 and the Mérida Initiative by their other names.
    expect(findAliases('What happened during the Mexican War?').map((a) => a.expansion)).toEqual(['war on Mexico in 1846']);
    expect(findAliases('When was Plan Merida signed?').map((a) => a.expansion)).toEqual(['Merida Initiative']);
    // Mexico's World War II squadron, by the name Mexicans give it.
    expect(findAliases('What was Escuadrón 201?').map((a) => a.expansion)).toEqual(['201st Fighter Squadron Mexican Expeditionary Air Force']);
  });

  it('leaves longer names and unrelated words alone', () => {
    expect(findAliases('What did George Washington say about alliances?')).toEqual([]);
    expect(findAliases('How many helicopters did Mexico receive?')).toEqual([]);
  });
});

describe('aliases in query analysis', () => {
  it('adds the expansion to retrieval and does not treat the alias as an unknown name', () => {
    const analysis = analyzeQuery('What did Washington do when Panama broke away in 1903?', []);
    expect(analysis.expansions).toContain('United States');
    expect(analysis.aliases).toEqual(['broke away', 'washington']);
    // A corpus that never says "Washington" but does say "United States" and "Panama".
    const known = new Set([...terms('United States Panama broke away 1903'), 'do']);
    const stats: TermStats = { idf: () => 2, df: (t) => (known.has(t) ? 3 : 0) };
    const q = questionTerms(analysis, stats);
    expect(unknownSignals(q).unknownAnchors).toEqual([]);
    expect(q.some((t) => t.term === 'unit' || t.term === 'united')).toBe(true);
  });

  it("reads an alias's expansion as the question's own words, so a question of the alias alone is not off-topic", () => {
    const analysis = analyzeQuery('What is WHINSEC?', []);
    const known = new Set(terms('WHINSC Western Hemisphere Institute for Security Cooperation'));
    const stats: TermStats = { idf: () => 2, df: (t) => (known.has(t) ? 3 : 0) };
    const q = questionTerms(analysis, stats);
    expect(q.find((t) => t.term === 'whinsc')).toMatchObject({ own: true, weight: 2 });
    expect(unknownSignals(q)).toEqual({ unknownAnchors: [], unknownShare: 0 });
  });

  it('still flags a name the corpus never uses when no alias covers it', () => {
    const analysis = analyzeQuery('What did Ecuador do in 1903?', []);
    const stats: TermStats = { idf: () => 2, df: (t) => (t === '1903' ? 3 : 0) };
    expect(unknownSignals(questionTerms(analysis, stats)).unknownAnchors).toEqual(['ecuador']);
  });

  it("reads a treaty's or a battle's name typed in lower case as a name, when the corpus never uses its words", () => {
    const known = ['treaty', 'border', 'battle', 'buena', 'vista', 'usa', 'paid', 'mexico'];
    const stats: TermStats = { idf: () => 2, df: (t) => (known.includes(t) ? 3 : 0) };
    const unknown = (q: string) => unknownSignals(questionTerms(analyzeQuery(q, []), stats)).unknownAnchors;
    expect(unknown('what did the treaty of guadalupe hidalgo say about the border?')).toEqual(['guadalup', 'hidalgo']);
    expect(unknown('what happened at the battle of buena vista')).toEqual([]);
  });

  it('knows a name in its demonym or plural form, but not inside a longer name', () => {
    const vocab = ['franco', 'colombian', 'mexican'];
    const stats: TermStats = { idf: () => 2, df: (t) => (vocab.includes(t) ? 3 : 0), vocabulary: () => vocab };
    expect(unknownSignals(questionTerms(analyzeQuery('What is the capital of France?', []), stats)).unknownAnchors).toEqual(['franc']);
    expect(unknownSignals(questionTerms(analyzeQuery('What did Colombia do?', []), stats)).unknownAnchors).toEqual([]);
    expect(unknownSignals(questionTerms(analyzeQuery('What did Mexico do?', []), stats)).unknownAnchors).toEqual([]);
  });
});

describe('filler words', () => {
  it('are not words an answer must cover: "just", "the way it does"', () => {
    const stats: TermStats = { idf: () => 2, df: () => 3 };
    const asked = questionTerms(analyzeQuery("why can't the US just station troops in Mexico the way it does in Colombia?", []), stats).map((t) => t.term);
    expect(asked).toEqual(expect.arrayContaining(['garrison', 'mexico', 'colombia']));
    for (const filler of ['just', 'way']) expect(asked).not.toContain(filler);
    expect(questionTerms(analyzeQuery('What was Operation Just Cause?', []), stats).map((t) => t.term)).toContain('just');
    // Idioms that stress the question.
    const idiom = questionTerms(analyzeQuery('Why are Mexican officers taught to be suspicious of the U.S. in the first place?', []), stats).map((t) => t.term);
    expect(idiom).toEqual(expect.arrayContaining(['officer', 'taught', 'suspicious']));
    for (const filler of ['first', 'plac']) expect(idiom).not.toContain(filler);
    const bother = questionTerms(analyzeQuery('Why did Colombia bother sending troops all the way to Korea?', []), stats).map((t) => t.term);
    expect(bother).toEqual(expect.arrayContaining(['colombia', 'send', 'troop', 'korea']));
    for (const filler of ['bother', 'way']) expect(bother).not.toContain(filler);
    expect(questionTerms(analyzeQuery('Who was the first commander of NORTHCOM?', []), stats).map((t) => t.term)).toContain('first');
    // "What made …" asks for a trigger: "made" is no word of the event, nor a passive's "get".
    const trigger = questionTerms(analyzeQuery('What made Mexico finally get drawn into WWII?', []), stats).map((t) => t.term);
    expect(trigger).toEqual(expect.arrayContaining(['mexico', 'drawn']));
    for (const filler of ['mad', 'get']) expect(trigger).not.toContain(filler);
    expect(questionTerms(analyzeQuery('What weapons were made in Mexico?', []), stats).map((t) => t.term)).toContain('mad');
    expect(questionTerms(analyzeQuery('What aid did Mexico get?', []), stats).map((t) => t.term)).toContain('get');
  });
});

describe('round-twenty wording', () => {
  const stats: TermStats = { idf: () => 2, df: () => 3 };
  const asked = (q: string) => questionTerms(analyzeQuery(q, []), stats).map((t) => t.term);

  it('reads building on a study as further research and talking to people as interviewing them', () => {
    const build = asked('If I want to build on this thesis, who does the author think I should go and talk to?');
    expect(build).toEqual(expect.arrayContaining(['further', 'research', 'interview']));
    expect(findAliases('a suspicious plane flying south').map((a) => a.expansion)).toContain('rogue aircraft');
    // Mexico by its Aztec past; the Medellín drug lord was Pablo Escobar.
    expect(findAliases("the Aztec nation's senior generals").map((a) => a.expansion)).toEqual(['Mexico']);
    expect(asked('What share of the cocaine was the Medellín drug lord behind?')).toEqual(expect.arrayContaining(['pablo', 'escobar']));
  });

  it('reads words typed in capitals for stress as words, not acronyms', () => {
    expect(capitalAcronyms('Which hypothesis does NOT get a Yes from NORTHCOM or SOUTHCOM, and ONLY then?')).toEqual(['NORTHCOM', 'SOUTHCOM']);
    const q = questionTerms(analyzeQuery('Which of the three hypotheses does NOT get a Yes in Table 1?', []), stats);
    expect(q.find((t) => t.term === 'not')?.anchor).toBe(false);
  });

  it('keeps "source" when a thing happens at the source, and drops verbs of insisting', () => {
    const source = asked('Why does the thesis insist that counter-drug cooperation with Colombia has to happen at the source?');
    expect(source).toEqual(expect.arrayContaining(terms('source')));
    expect(source).not.toContain('insist');
    expect(asked('Which source does the thesis cite for the cap?')).not.toEqual(expect.arrayContaining(terms('source')));
  });
});
