import { describe, expect, it } from 'vitest';
import { ABSTAIN_TEXT } from '@/lib/answer/abstain';
import { answerText, trimConnective } from '@/lib/answer/extractive/clean-text';
import { createExtractiveModel, extractiveAnswer } from '@/lib/answer/extractive/model';
import { answerType, typeFit } from '@/lib/answer/extractive/type-cues';
import type { NumberedPassage } from '@/lib/cite/types';
import { analyzeQuery } from '@/lib/retrieve/analyze-query';
import { corpus, passageA, passageB, record } from '../cite/fixtures';

const passageC = record({
  id: 'thesis:III.D:p1',
  section: 'III.D',
  text:
    'In 1972, President Nixon declared a war on drugs. The Colombian military cooperated with U.S. forces against traffickers. Cooperation dropped off in the early 1990s because of human-rights abuses coming from the Colombian military.',
});

const passages: NumberedPassage[] = [
  { n: 1, record: passageA, score: 0.9 },
  { n: 2, record: passageB, score: 0.8 },
  { n: 3, record: passageC, score: 0.7 },
];

const ask = (q: string) => extractiveAnswer({ analysis: analyzeQuery(q, []), passages, corpus });

describe('extractive answerer', () => {
  it('answers "when" with the dated sentence and cites its passage', () => {
    const { text } = ask('When did President Nixon declare a war on drugs?');
    expect(text).toMatch(/^In 1972, President Nixon declared a war on drugs\.\[3\]/);
  });

  it('joins the sentence a "this …" early in the best one points back to', () => {
    const lancero = record({
      id: 'thesis:III.C:p5',
      section: 'III.C',
      text: 'In 1955, the U.S. Army decided to create a course in Colombia similar to its U.S. Army Ranger school. Colombians call this course the “Lancero” course; it still trains Colombian military and U.S. military soldiers today. The course lasts eleven weeks.',
    });
    const { text } = extractiveAnswer({ analysis: analyzeQuery('What is the Lancero course?', []), passages: [{ n: 1, record: lancero, score: 1 }], corpus });
    expect(text).toMatch(/^In 1955, the U\.S\. Army decided to create a course .*\[1\] Colombians call this course the “Lancero” course/);
  });

  it('joins the sentence that "these" before a name points back to', () => {
    const planes = record({
      id: 'thesis:III.B:p3',
      section: 'III.B',
      text: 'In 1938, three “Flying Fortress” airplanes landed in Bogota. President Roosevelt sent these U.S. Army planes as a sign of peace and unity. The visit lasted a few days.',
    });
    const { text } = extractiveAnswer({ analysis: analyzeQuery('What did President Roosevelt send as a sign of peace and unity?', []), passages: [{ n: 1, record: planes, score: 1 }], corpus });
    expect(text).toMatch(/^In 1938, three “Flying Fortress” airplanes landed in Bogota\.\[1\] President Roosevelt sent these/);
  });

  it('drops a neighbour pointing back to a sentence that shares nothing with the question', () => {
    const merida = record({
      id: 'thesis:II.D:p9',
      section: 'II.D',
      text: 'After the attacks, a new command formed to oversee the region. This creation would upset the government because it left Mexico out of the security initiatives. President Bush signed the Mérida Initiative in 2007, providing funding to Mexico totaling $2.6 billion.',
    });
    const { text } = extractiveAnswer({ analysis: analyzeQuery('How much did Congress put into the Mérida Initiative?', []), passages: [{ n: 1, record: merida, score: 1 }], corpus });
    expect(text).toBe('President Bush signed the Mérida Initiative in 2007, providing funding to Mexico totaling $2.6 billion.[1]');
  });

  it('answers "how many" with the sentence carrying the figure', () => {
    expect(ask('How many troops did General Pershing lead into northern Mexico in 1916?').text).toContain('10,000+ troops.[2]');
  });

  it('answers "why" with the reason clause', () => {
    expect(ask('Why did military cooperation with Colombia drop off in the early 1990s?').text).toContain('because of human-rights abuses');
  });

  it('weighs a reason sentence with its neighbours, which tell the deed it explains', () => {
    // The reason sentence names little of the question ("rejected the plan"); the sentence after it says what the plan was.
    // Another passage shares more of the question's words, but its "because" explains a circumstance.
    const refusal = record({
      id: 'thesis:II.D:p1',
      section: 'II.D',
      text: 'In 1995 Mexico rejected the plan because its government wanted to protect national sovereignty. The plan would have stationed a U.S. Marine battalion at the port of Veracruz.',
    });
    const arrival = record({ id: 'thesis:II.D:p2', section: 'II.D', text: 'Mexico saw a U.S. Marine battalion stationed at the port of Veracruz in 1995 because a storm had delayed its ships.' });
    const { text } = extractiveAnswer({
      analysis: analyzeQuery('Why did Mexico reject the 1995 plan to station a U.S. Marine battalion at the port of Veracruz?', []),
      passages: [
        { n: 1, record: refusal, score: 0.9 },
        { n: 2, record: arrival, score: 0.8 },
      ],
      corpus,
    });
    expect(text).toContain('wanted to protect national sovereignty');
  });

  it('names the source for "which source" questions from the thesis footnote', () => {
    const { text } = ask('Which source does the thesis cite for the U.S. military intervening in Mexico eleven times?');
    expect(text).toContain('eleven separate occasions.');
    expect(text).toMatch(/footnote 35 cites S\. Brian Wilson, “The Slippery Slope: U\.S\. Military Moves into Mexico,” Mexico\/Zapatistas \(blog\) \(1998\)\.\[1\]/);
  });

  it('abstains, citing nothing, when the passages do not address the question', () => {
    expect(ask('What is the capital of Australia?').text).toBe(ABSTAIN_TEXT);
    expect(ask('How much counterdrug aid did the United States give Venezuela?').text).toBe(ABSTAIN_TEXT);
  });

  it('abstains when the passage gives another year than the one asked about', () => {
    const unitas = record({ id: 'thesis:III.E:p4', section: 'III.E', text: 'The Colombians hosted UNITAS 2013, a naval exercise combining 15 countries, in Cartagena.' });
    const one = [{ n: 1, record: unitas, score: 1 }];
    const about = (q: string) => extractiveAnswer({ analysis: analyzeQuery(q, []), passages: one, corpus }).text;
    expect(about('Who hosted UNITAS in 2014?')).toBe(ABSTAIN_TEXT);
    expect(about('Who hosted UNITAS in 2013?')).toContain('Colombians hosted UNITAS 2013');
  });

  it('shows a second holder of the asked role from another passage when it covers the question nearly as well', () => {
    const sullivan = (id: string, text: string) => record({ id, section: 'II.D', text });
    const two: NumberedPassage[] = [
      { n: 1, record: sullivan('thesis:II.D:p7', 'General Sullivan would meet with Mexican Secretary of National Defense, General Antonio Riviello, to strengthen army ties.'), score: 0.9 },
      { n: 2, record: sullivan('thesis:II.D:p8', 'General Sullivan also hosted Mexican Secretary of National Defense, General Enrique Cervantes, to deepen ties.'), score: 0.8 },
    ];
    const { text } = extractiveAnswer({ analysis: analyzeQuery('Which Mexican general was General Sullivan’s counterpart in building army ties?', []), passages: two, corpus });
    expect(text).toContain('Riviello');
    expect(text).toContain('Cervantes');
  });

  it('answers "when" with a sentence dated by an earlier one ("In that same year") and that earlier sentence', () => {
    const tours = record({
      id: 'thesis:III.B:p9',
      section: 'III.B',
      text: 'In 1939, two staff tours promoted bilateral understanding. Both were short visits. In that same year, General Stone flew to Bogota to watch infantry drills.',
    });
    const { text } = extractiveAnswer({ analysis: analyzeQuery('When did General Stone fly to Bogota?', []), passages: [{ n: 1, record: tours, score: 1 }], corpus });
    expect(text).toMatch(/In 1939, two staff tours/);
    expect(text).toMatch(/In that same year, General Stone flew to Bogota/);
    expect(text).not.toMatch(/Both were short visits/);
    expect(typeFit('when', 'That same year, the Mexican Navy Secretariat placed an official at NORTHCOM.')).toBe(1);
    expect(typeFit('when', 'The same officials met again.')).toBe(0);
  });

  it('never writes words that are not in the thesis sentences, apart from markers', () => {
    const { text } = ask('When did the United States declare war on Mexico and why?');
    for (const s of text.split(/\[\d+\]\s*/).filter(Boolean)) {
      const plain = s.trim().replace(/\.$/, '');
      expect(passages.some((p) => answerText(p.record.text).includes(plain))).toBe(true);
    }
  });
});

describe('extractive model as LanguageModelV3', () => {
  it('streams stream-start, text-start, text-deltas, text-end and finish with v3 usage', async () => {
    const model = createExtractiveModel({ analysis: analyzeQuery('When did President Nixon declare a war on drugs?', []), passages, corpus });
    const { stream } = await model.doStream({ prompt: [] });
    const parts = [];
    for await (const p of stream as unknown as AsyncIterable<{ type: string; delta?: string }>) parts.push(p);
    const types = parts.map((p) => p.type);
    expect(types[0]).toBe('stream-start');
    expect(types.filter((t) => t === 'text-start')).toHaveLength(1);
    expect(types.at(-2)).toBe('text-end');
    expect(types.at(-1)).toBe('finish');
    const text = parts.filter((p) => p.type === 'text-delta').map((p) => p.delta).join('');
    expect(text).toBe(model.result().text);
    const gen = await model.doGenerate({ prompt: [] });
    expect(gen.content).toEqual([{ type: 'text', text }]);
    expect(gen.usage.outputTokens.total).toBeGreaterThan(0);
  });
});

describe('helpers', () => {
  it('cleans display text and trims connectives', () => {
    expect(answerText('The *Logic* of it costs \\$5.³⁵')).toBe('The Logic of it costs $5.');
    expect(trimConnective('However, shortly after his arrest, Escobar escaped.')).toBe('Shortly after his arrest, Escobar escaped.');
  });
  it('knows what each question type looks for', () => {
    expect(typeFit('when', 'On March 10, 2016, he spoke.')).toBe(1);
    expect(typeFit('how-many', 'In 2016 he spoke.')).toBe(0);
    expect(typeFit('how-many', 'He met them on eight separate occasions.')).toBe(1);
    expect(typeFit('why', 'It fell because of corruption.')).toBe(1);
    // Attitudes are reasons too: "felt", "feared", "viewed ... as".
    expect(typeFit('why', 'Many Colombian citizens felt the U.S. military presence amounted to occupation.')).toBe(1);
    expect(typeFit('why', 'Mexico viewed the United States as a threat.')).toBe(1);
    // A cause in any tense: "were causing security issues", as "caused" always was.
    expect(typeFit('why', 'Drug cartels were causing security issues within its borders.')).toBe(1);
    expect(typeFit('why', 'Corruption causes distrust.')).toBe(1);
    // A purpose is a reason: "signed this agreement in an effort to boost anti-drug operations".
    expect(typeFit('why', 'The two parties signed this cooperation agreement in an effort to boost anti-drug operations.')).toBe(1);
    // A need is a motive, as "wanted to" is: "he needed allies in the Western Hemisphere to fight the European Axis".
    expect(typeFit('why', 'Roosevelt also knew he needed allies in the Western Hemisphere to fight the European Axis.')).toBe(1);
    // "On what exact date …" asks for a day: a year alone does not give it.
    const day = 'On what exact date did Pancho Villa raid Columbus, New Mexico?';
    expect(answerType(day, 'what')).toBe('when');
    expect(typeFit('when', 'In 1916, Army General Pershing crossed the U.S./Mexico border.', null, day)).toBe(0);
    expect(typeFit('when', 'On March 10, 2016, Admiral Tidd provided a statement.', null, day)).toBe(1);
    expect(typeFit('when', 'In 1994, General Enrique Cervantes visited the Pentagon.', null, 'When exactly in 1994 did General Cervantes visit the Pentagon?')).toBe(0);
    // "In which month …" wants a month.
    const month = 'In which month of 1995 did Secretary Perry visit Mexico?';
    expect(typeFit('when', 'In 1995, Secretary Perry visited Mexico.', null, month)).toBe(0);
    expect(typeFit('when', 'The FARC kidnapped Betancourt in February 2002.', null, month)).toBe(1);
    expect(typeFit('when', 'In 1916, Army General Pershing crossed the U.S./Mexico border.', null, 'In what year did Pershing cross the border?')).toBe(1);
    // "What percentage …" asks for a share, not a quantity.
    const share = 'What percentage of the cocaine did Operation MARTILLO stop?';
    expect(typeFit('how-many', 'Operation MARTILLO disrupted 595 metric tons of cocaine.', null, share)).toBe(0);
    expect(typeFit('how-many', 'He led an organization responsible for almost 80% of all cocaine.', null, share)).toBe(1);
    // "What was the dollar value of …" asks for money.
    expect(answerType('What was the dollar value of the 73 UH-1H helicopters?', 'what')).toBe('how-many');
    expect(typeFit('how-many', 'U.S. officials proposed to give the Mexican Air Force 73 UH-1H helicopters.', null, 'What was the dollar value of the 73 UH-1H helicopters?')).toBe(0);
    // A cost or a budget is a sum of money, not a count of troops.
    const cost = 'What was the total cost of the Punitive Expedition?';
    expect(typeFit('how-many', 'In 1916, Pershing crossed into Mexico with 10,000+ troops.', null, cost)).toBe(0);
    expect(typeFit('how-many', 'The expedition cost $130 million.', null, cost)).toBe(1);
    expect(typeFit('why', 'Colombia provided an infantry battalion in 1951.')).toBe(0);
  });
});
