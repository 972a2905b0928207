import { findPhrasalVerbs } from './phrasal-verbs';

/**
 * Everyday stand-ins for the actors the thesis names: capitals for governments ("Washington"),
 * nicknames for presidents ("FDR"). The thesis writes "the United States" and "President
 * Roosevelt"; a student writes "Washington" and "FDR". Each alias is read as its expansion.
 */
export const ALIASES: Record<string, string> = {
  washington: 'United States',
  'white house': 'United States President',
  pentagon: 'Department of Defense',
  'uncle sam': 'United States',
  bogota: 'Colombia Colombian',
  'mexico city': 'Mexico Mexican',
  'panama city': 'Panama',
  ottawa: 'Canada',
  tokyo: 'Japan',
  pyongyang: 'North Korea',
  berlin: 'Germany',
  manila: 'Philippines',
  kabul: 'Afghanistan',
  moscow: 'Soviet',
  fdr: 'Franklin D. Roosevelt',
  jfk: 'John F. Kennedy',
  'foggy bottom': 'Department of State',
  'capitol hill': 'Congress',
  amlo: 'Andres Manuel Lopez Obrador',
  // The institute's own acronym; the thesis writes WHINSC.
  whinsec: 'WHINSC Western Hemisphere Institute for Security Cooperation',
  // NORTHCOM's mission described, as users name the command they cannot recall.
  'homeland defense command': 'NORTHCOM',
  'homeland-defense command': 'NORTHCOM',
  'homeland defense headquarters': 'NORTHCOM',
  'homeland-defense headquarters': 'NORTHCOM',
  'homeland command': 'NORTHCOM',
  'homeland security command': 'NORTHCOM',
  'homeland-security command': 'NORTHCOM',
  // The region a combatant command covers is its AOR (area of responsibility), as the thesis writes it.
  'combatant command': 'combatant command AOR',
  'combatant commands': 'combatant commands AOR',
  // The helicopters' everyday names; the thesis writes their designations.
  huey: 'UH-1H helicopter',
  hueys: 'UH-1H helicopters',
  'black hawk': 'UH-60 Blackhawk',
  'black hawks': 'UH-60 Blackhawks',
  // The wartime regime by its everyday name; the thesis writes "German" and "the Axis".
  nazi: 'German',
  nazis: 'Germans',
  // Mexico's World War II squadron as Mexicans name it; the thesis writes "201st Fighter Squadron".
  'escuadron 201': '201st Fighter Squadron Mexican Expeditionary Air Force',
  'squadron 201': '201st Fighter Squadron Mexican Expeditionary Air Force',
  'aztec eagles': '201st Fighter Squadron Mexican Expeditionary Air Force',
  // The war of 1846–48 by its other names; the thesis tells of it as the "war on Mexico in 1846".
  'mexican war': 'war on Mexico in 1846',
  'war of 1846': 'war on Mexico in 1846',
  // The initiative by the name the press sometimes gave it.
  'plan merida': 'Merida Initiative',
  'merida plan': 'Merida Initiative',
  // The police as the thesis usually names them.
  police: 'police law enforcement',
  // Idioms for approval and for troops deployed.
  'green light': 'approval approve',
  'go-ahead': 'approval approve',
  'boots on the ground': 'troops forces',
  // A country's charter is its constitution.
  charter: 'charter constitution',
  // A go-between is a liaison.
  'go-between': 'liaison',
  'go between': 'liaison',
  // A lie-detector test is a polygraph.
  'lie detector': 'polygraph',
  'lie-detector': 'polygraph',
  // Taking office is an inauguration.
  'took office': 'took office inauguration',
  'take office': 'take office inauguration',
  'taking office': 'taking office inauguration',
  // The Far East: where the thesis's Pacific wars were fought.
  'far east': 'Korea Japan Asia Pacific',
  // Who was in charge of a command commanded it.
  'in charge of': 'command commander led',
  // A big deal is something important.
  'big deal': 'important significant strategic',
  // Leaving the service is retiring.
  'left the service': 'retired',
  'leave the service': 'retire',
  'left the military': 'retired',
  'left the army': 'retired',
  // What something cost, in everyday words.
  'price tag': 'cost funds',
  price: 'price cost',
  // A limit on numbers, as the thesis writes it ("a cap of 800 U.S. military personnel").
  limit: 'limit cap',
  ceiling: 'ceiling cap',
  'maximum number': 'maximum cap',
  'upper limit': 'limit cap',
  // Military people are personnel.
  'military people': 'military personnel',
  'military staff': 'military personnel',
  // At home: within a country's own borders.
  'at home': 'domestic within its borders',
  // Research-design terms in their textbook synonyms; the thesis writes "independent" and "dependent variable".
  'cause variable': 'independent variable',
  'cause variables': 'independent variables',
  'causal variable': 'independent variable',
  'causal variables': 'independent variables',
  'explanatory variable': 'independent variable',
  'explanatory variables': 'independent variables',
  'outcome variable': 'dependent variable',
  'outcome variables': 'dependent variables',
  'effect variable': 'dependent variable',
  // Paying for something is funding it ("SOUTHCOM provided the funding").
  'paid for': 'paid funding funds',
  'pay for': 'pay funding funds',
  'pays for': 'pays funding funds',
  'paying for': 'paying funding funds',
  // Congress's defence committees by their acronyms.
  sasc: 'Senate Armed Services Committee',
  hasc: 'House Armed Services Committee',
  // What a law forbids, as the thesis writes it ("we are precluded from any law enforcement action", "laws that forbid it").
  forbidden: 'forbidden forbid precluded prohibits',
  prohibited: 'prohibited prohibits precluded forbid',
  barred: 'barred precluded forbid prohibits',
  'not allowed': 'not allowed precluded forbid prohibits',
  'not permitted': 'not permitted precluded forbid prohibits',
  // A large spending is an investment ("the only public institution that warranted a large U.S. investment").
  outlay: 'outlay investment spending',
  // Hunting someone is chasing them ("General Pershing was chasing Pancho Villa").
  hunting: 'hunting chasing pursue',
  hunted: 'hunted chasing pursued',
  'hunt for': 'hunt chasing pursue',
  'hunt down': 'hunt chasing pursue',
  // The river is the border; "across the Rio Grande" is U.S.-Mexican.
  'rio grande': 'Mexico border',
  // Everyday and slang names the thesis does not use.
  coke: 'cocaine',
  teddy: 'Theodore',
  'swan song': 'last final',
  'thumbs down': 'rejected opposed hated',
  'thumbs-down': 'rejected opposed hated',
  // UN peacekeepers by their nickname.
  'blue helmets': 'peacekeepers peacekeeping',
  'blue helmet': 'peacekeeper peacekeeping',
  // A relationship to copy is one to mirror ("would likely need to mirror the bilateral defense relationship of the United States and Canada").
  template: 'template model mirror',
  blueprint: 'blueprint model mirror',
  // Counts in everyday words: "half a dozen rules" are six.
  'half a dozen': 'six',
  'half-dozen': 'six',
  // Mexico by a nickname for its Aztec past; the Medellín cartel's drug lord was Pablo Escobar.
  'aztec nation': 'Mexico',
  'land of the aztecs': 'Mexico',
  'medellin drug lord': 'Pablo Escobar drug lord',
  'medellin cartel': 'Pablo Escobar drug trade organization',
  'medellin kingpin': 'Pablo Escobar drug lord',
  // War games are exercises; a plane is an aircraft; a suspicious one, as an exercise's scenario put it, rogue.
  'war games': 'exercises',
  plane: 'plane aircraft',
  planes: 'planes aircraft',
  'suspicious plane': 'rogue aircraft',
  'suspicious aircraft': 'rogue aircraft',
  // Building on a study is further research; talking to people who served is interviewing them.
  'build on this thesis': 'further research',
  'build on this study': 'further research',
  'build on this research': 'further research',
  'build on this work': 'further research',
  'build on the thesis': 'further research',
  'build on the study': 'further research',
  'build on his work': 'further research',
  'follow-up research': 'further research',
  'follow-up study': 'further research',
  'talk to': 'talk interviewing',
  // The hypotheses by their place; the thesis labels them H₁, H₂, H₃.
  'first hypothesis': 'H1 hypothesis',
  'second hypothesis': 'H2 hypothesis',
  'third hypothesis': 'H3 hypothesis',
};

export interface AliasMatch {
  /** The alias as the question spells it, folded ("washington"). */
  alias: string;
  expansion: string;
}

/** Each alias with the word before it (to tell "George Washington" from "Washington"), compiled once. */
const PATTERNS = Object.entries(ALIASES).map(([alias, expansion]) => ({
  alias,
  expansion,
  pattern: new RegExp(`(?:([A-Za-z]+)\\s+)?\\b${alias.replace(/ /g, '\\s+')}\\b`, 'gi'),
}));

/** Capitalised words that may precede an alias without making it part of a longer name (a demonym is an adjective: "a big American outlay"). */
const LEADS = new Set(['us', 's', 'american', 'mexican', 'colombian', 'whose', 'whom', 'a', 'an', 'on', 'for', 'by', 'with', 'of', 'are', 'were', 'can', 'should', 'will', 'since', 'after', 'before', 'during', 'the', 'in', 'at', 'from', 'to', 'did', 'does', 'do', 'how', 'why', 'what', 'when', 'where', 'which', 'who', 'and', 'but', 'was', 'is', 'has', 'had', 'would', 'could']);

/**
 * The aliases a question uses ("Washington-friendly" counts as "Washington"), but not inside a
 * longer name: "George Washington" is a person, not the U.S. government.
 */
export function findAliases(question: string): AliasMatch[] {
  const plain = question.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const out: AliasMatch[] = findPhrasalVerbs(plain);
  for (const { alias, expansion, pattern } of PATTERNS) {
    for (const m of plain.matchAll(pattern)) {
      const before = m[1];
      if (before && /^[A-Z]/.test(before) && !LEADS.has(before.toLowerCase())) continue;
      out.push({ alias, expansion });
      break;
    }
  }
  return out;
}
