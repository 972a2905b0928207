import { askedAbout, askedRole, mainClause } from './asked-role';

export { askedAbout, askedBranches, askedNation, askedOrganisations, askedRole, mainClause, namesRoleHolder } from './asked-role';

/**
 * The specific detail a question asks for beyond its topic. A passage that talks around the topic
 * without giving that detail ("a key drug dealer" for "what was the name of the drug dealer")
 * does not answer it.
 */
export type AskedDetail =
  /** "How long ...": a stretch of time ("18 months", "from 1899 until 1902"); "How many days …" counts it ("a few days" does not). */
  | { kind: 'duration'; counted: boolean }
  /** "What was the name of the <noun> ...": a proper name, in a sentence about the noun. */
  | { kind: 'name'; noun: string }
  /** "What model of drone …": a designation with letters and digits ("UH-1H", "C-130J"). */
  | { kind: 'model' }
  /** "Who was Mexico's president ...": a person's name, in a sentence that names the role when the question does. */
  | { kind: 'person'; role?: RegExp }
  /** "How tall …", "How old …", "How far …": a quantity in the units of that measure. */
  | { kind: 'measure'; units: RegExp }
  /** "What is the first name of General Mora?": a given name written before the surname. */
  | { kind: 'given-name'; surname: string }
  /** "What nationality is Ganjar Nugroho?": a nation said of that person. */
  | { kind: 'nationality'; surname: string }
  /** "Which ministry did Pinzon head?": an office named as one ("the Ministry of Defense", "Colombia's Defense Ministry"). */
  | { kind: 'office'; noun: string }
  /** "What label do Przeworski and Teune give …": a term, said to be what something is called. */
  | { kind: 'term' };

/** Kinds of machine, told by a designation or a name ("UH-1H", "Flying Fortress"), as a regex source. */
export const MACHINES = 'drones?|aircraft|airplanes?|planes?|helicopters?|jets?|fighters?|bombers?|submarines?|rifles?|missiles?|vehicles?';
const ASKS_MACHINE = new RegExp(`^(?:what|which) (?:(?:types?|kinds?|makes?) of (?:[\\w-]+ ){0,2}?|(?:[\\w-]+ )?)(?:${MACHINES})\\b`, 'i');

/** Words saying what something is called: "referred to … as", "termed", "known as". */
export const NAMING = /\b(?:called|termed|dubbed|coined|known as|label(?:l)?ed(?: as)?|referred to\b[^.;]{0,100}?\bas)\b/i;

/**
 * "Which U.S. division …", "In which book …", "Which 12 other countries …": a which-question
 * about a thing that has a name is not answered by a sentence that only mentions one ("a U.S.
 * division", "Mexico's military bases"). "Which Mexican unit …" asks a unit's name; "Which Mexican
 * units took part …" may ask their kinds (frigates, Marine platoons), so only the singular counts.
 */
const NAMEABLE = /^\s*(?:(?:in|at|to|from|on|aboard|under) )?which (?:(?:are|were|is|was) the )?(?:(?!(?:did|does|do|was|were|is|are|has|have|had|says|said|argues|argued|claims|claimed|thinks|believes|writes|wrote|notes|noted|explains|explained|suggests|suggested|calls|called)\b)[\w.'’-]+ ){0,3}?(divisions?|battalions?|brigades?|squadrons?|regiments?|unit|bases|ports|books?|manuals?|treat(?:y|ies)|battles?|countries|nations|ships?|vessels?|commands?)\b/i;

/** Offices a which-question may ask to be named. */
const OFFICE = /^(?:in |at |for |from )?(?:which|what) (?:[\w.'’-]+ ){0,2}?(ministry|ministries|department|agency|secretariat)\b/i;

/** Offices any of which is an agency of government. */
const AGENCIES = 'Agency|Ministry|Department|Secretariat|Bureau|Office|Administration';

/**
 * Whether a sentence names an office of that kind: "Ministry of Defense", "Defense Ministry",
 * "Secretariat of National Defense". Every ministry, department or secretariat is an agency.
 */
export function namesOffice(text: string, noun: string): boolean {
  const n = noun.replace(/ies$/, 'y').replace(/s$/, '');
  const N = n === 'agency' ? `(?:${AGENCIES})` : n[0].toUpperCase() + n.slice(1);
  return new RegExp(`\\b${N}\\s+of\\s+(?:the\\s+)?[A-Z]|\\b[A-Z][\\w.'’-]*\\s+${N}\\b`).test(text);
}

/** "the first name of General Mora", "General Mora's first name", "full name of …": the surname asked about. */
const GIVEN_NAME = [
  /\b(?:first|given|full|christian) name of (?:the )?(?:[\w.'’-]+ ){0,4}?(?:[A-Z][\w.]*\s+)*([A-Z][\w'’-]+)(?=\W*(?:,|\?|$))/,
  /\b([A-Z][\w'’-]+)['’]s (?:first|given|full|christian) name\b/,
];

/** Titles and ranks, which stand before a surname without being a given name. */
const RANK_WORD = /^(?:General|Gen|Admiral|Adm|President|Secretary|Senator|Colonel|Col|Lieutenant|Lt|Captain|Capt|Commander|Ambassador|Minister|Major|Sergeant|Dr|Mr|Mrs|Ms|Army|Navy|Colombian|Mexican|American|U|S|Rear|Vice|Brigadier|Chief)$/;

/** Whether a sentence gives a name before the surname that is not a title ("General Charles E. Wilhelm", not "General Mora"). */
export function givesGivenName(text: string, surname: string): boolean {
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`((?:[A-Z][\\w'’-]*\\.?\\s+){1,3})${esc}\\b`, 'g'))) {
    // The sentence's first word is capitalised whatever it is ("When General Wilhelm retired …").
    const words = m[1].trim().split(/\s+/).slice(m.index === 0 ? 1 : 0);
    if (words.some((w) => !RANK_WORD.test(w.replace(/\.$/, '')))) return true;
  }
  return false;
}

/** Measures a "how <adjective>" question asks for, and the words that state one. */
const MEASURES: [RegExp, RegExp][] = [
  [/^how (?:tall|high|deep|wide)\b/i, /\b\d[\d,.]*\s*(?:-\s*)?(?:feet|foot|ft|inch(?:es)?|meters?|metres?|m|cm|centimet(?:er|re)s?|kilomet(?:er|re)s?|km|miles?)\b/i],
  [/^how old\b/i, /\b(?:\d+|[a-z]+)[\s-]+years?[\s-]+old\b|\baged?\s+\d+|\bat (?:the )?age\b|\bborn\b/i],
  [/^how heavy\b/i, /\b\d[\d,.]*\s*(?:pounds|lbs?|kilograms?|kg|tons?|tonnes?)\b/i],
  [/^how far\b/i, /\b\d[\d,.]*\s*(?:-\s*)?(?:nautical\s+)?(?:miles?|kilomet(?:er|re)s?|km|feet|meters?|metres?)\b/i],
];


/** Roles whose holder is a person, so "who" wants a name rather than an institution. */
const ROLE = /\b(president|commander|general|admiral|secretary|minister|leader|chief|head|ambassador|director|officer|official|representative|liaison|envoy|successor)s?\b/i;

/** Verbs of leading something: their subject is a person. */
const LEADS = /^who (?:led|leads|headed|heads|directed|directs|ran|runs|chaired|chairs|commanded|commands|was in charge of|is in charge of)\b/i;

/** Words that end the noun phrase after "the name of the" (relative pronouns, prepositions, verbs). */
const PHRASE_END = /^(and|or|whose|who|whom|that|which|in|of|by|on|at|for|from|with|to|was|were|is|are|did|does|had|has|when|where)$/i;

/** Words that count or pick out what follows them ("the three U.S. contractors"). */
const COUNTS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|few|other|both|some|first|last|\d+)$/;

/** The head noun of "the name of the Mexican oil tanker whose ..." ("tanker"). */
function namedNoun(question: string): string | null {
  const m = /\bnames? of (?:the |a |an |this |that |his |her |its |their )?([^?,;]+)/i.exec(question);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // A clause may follow with no relative pronoun: "the frigate Colombia sent", "the warship a submarine sank", "the ship assigned to …".
  const clause = (w: string, i: number) =>
    i > 0 && (/^(?:a|an|the|its|his|her|their)$/.test(w) || (/^[A-Z]/.test(w) && /^[a-z]/.test(words[i - 1]) && !COUNTS.test(words[i - 1])) || /^[a-z]{3,}ed$/.test(w));
  const end = words.findIndex((w, i) => PHRASE_END.test(w) || clause(w, i));
  const phrase = words.slice(0, end < 0 ? words.length : end);
  return phrase.at(-1)?.toLowerCase().replace(/[^a-z-]/g, '') || null;
}

const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * "What is Morgenthau's fourth principle?": the place in a list the question asks for, as the words
 * an answer giving it would use ("fourth", "4th"). "First" is left out: it ranks as often as it counts.
 */
export function askedOrdinal(question: string): RegExp | null {
  // "A third of its territory" is a share, not a place in a list.
  const m = /(?<!\b(?:a|one|two)\s)\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?!world war)[a-z]/i.exec(question);
  if (!m) return null;
  const n = ORDINALS.indexOf(m[1].toLowerCase()) + 2;
  const suffix = n === 2 ? 'nd' : n === 3 ? 'rd' : 'th';
  // Or the item's label with its number: "the second hypothesis" is H₂.
  const sub = String.fromCharCode(0x2080 + n);
  const word = m[1].toLowerCase();
  return new RegExp(`\\b(?:[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}|${n}${suffix})\\b|\\b[A-Z](?:${n}|${sub})(?!\\d)`);
}

/** What detail the question asks for, or null when it asks for nothing this specific. */
export function askedDetail(question: string): AskedDetail | null {
  const s = question.trim();
  if (/^how long\b/i.test(s) || /\b(?:for )?how (long|many (days|weeks|months|years))\b/i.test(s)) {
    return { kind: 'duration', counted: /\bhow many (days|weeks|months|years)\b|\b(?:exactly|precisely)\b/i.test(s) };
  }
  const office = OFFICE.exec(mainClause(s));
  if (office) return { kind: 'office', noun: office[1].toLowerCase() };
  const nationality = /^\s*(?:[Ww]hat|[Ww]hich) nationality (?:is|was|were|are) (?:[\w.'’-]+ )*?([A-Z][a-z]+)(?=[,?]|\s*$)/.exec(s);
  if (nationality) return { kind: 'nationality', surname: nationality[1] };
  for (const re of GIVEN_NAME) {
    const m = re.exec(s);
    if (m) return { kind: 'given-name', surname: m[1].replace(/['’]s$/, '') };
  }
  const measure = MEASURES.find(([asks]) => asks.test(mainClause(s)));
  if (measure) return { kind: 'measure', units: measure[1] };
  // Typed tersely too: "names of the three contractors rescued with Betancourt".
  const noun = /^(?:(?:what|which) (?:was|is|were|are) )?the (?:code |full |official )?names? of\b|^(?:code |full |official )?names? of\b/i.test(s) ? namedNoun(s) : null;
  if (noun) return { kind: 'name', noun };
  // "What was the October 2013 exercise called?": its name.
  const called = /\bcalled\s*(?:[,?]|$)/i.test(s) ? /\b(operation|exercise|program|programme|agreement|initiative|plan|course|school|unit|ship|treaty|battle)\b/i.exec(s) : null;
  if (called) return { kind: 'name', noun: called[1].toLowerCase() };
  // "What was the treaty called that Mexico and the U.S. signed in 1848?"
  const calledThat = /^(?:what|which) (?:was|is|were|are) the (?:[\w.'’-]+ ){0,3}?([a-z]+) (?:called|named|known as)\b/i.exec(s);
  if (calledThat) return { kind: 'name', noun: calledThat[1].toLowerCase() };
  // "Which operation rescued the hostages?": an operation or an exercise has a name ("Operation MARTILLO", "UNITAS").
  // "What institution commemorating the incursions did Mexico open?": a museum or an academy has a name too.
  const named = /^(?:which|what) (operation|exercise|institution|museum|memorial|monument|academy)\b/i.exec(s) ?? NAMEABLE.exec(mainClause(s));
  if (named) return { kind: 'name', noun: named[1].toLowerCase() };
  // "What label do the authors give to …", "What term does the thesis use for …": what it is called.
  if (/^(?:what|which) (?:[\w-]+ )?(?:label|term|phrase|expression|nickname)s? (?:do|does|did|is|was)\b/i.test(mainClause(s))) return { kind: 'term' };
  // "What model of drone …": a designation ("UH-1H", "Bell OH-58").
  if (/^(?:what|which) (?:models?|variants?|versions?) of\b/i.test(s)) return { kind: 'model' };
  // "What type of drones …", "What aircraft did Roosevelt send …": a kind of machine is told by its designation or its name.
  if (ASKS_MACHINE.test(s)) return { kind: 'model' };
  // "Who wrote the study cited for …?" is answered by the footnote, which the chosen sentences do not hold.
  if (/\b(cite|cited|source|argue|argued)\b/i.test(s)) return null;
  // "Who wrote the New York Times piece …?": an author's name, which an unsigned article lacks.
  if (/^who (?:wrote|authored|(?:is|was) the (?:author|writer) of)\b/i.test(s)) return { kind: 'person' };
  const role = askedRole(s);
  if (role) return { kind: 'person', role };
  // "Who is General Wilhelm?" asks about Wilhelm, not for another person.
  if (/^who (is|was|were|became|succeeded|replaced)\b/i.test(s) && ROLE.test(s) && !askedAbout(s)) return { kind: 'person' };
  // "Who led the task force?": whoever leads is a person, not a country or an office.
  if (LEADS.test(mainClause(s))) return { kind: 'person' };
  return null;
}
