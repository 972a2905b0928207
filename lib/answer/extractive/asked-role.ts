import { INSTITUTION, newNames } from './detail-evidence';
import { words } from '../../retrieve/tokenize';
import { mainClause } from '../../retrieve/analyze-query';

export { mainClause };

/**
 * The role a who-question asks the holder of ("Which Mexican Navy Secretary …", "Who commanded
 * …"), what qualifies it (nation, organisation, service), and whether a sentence names a holder.
 */

/** Roles a question may ask for (the nouns, as a regex source) and the words that show a sentence names a holder of one. */
const ROLES: [string, RegExp][] = [
  ['presidents?|heads? of state', /\bpresident/i],
  ['ambassadors?|envoys?', /\bambassador/i],
  ['generals?|commanders?', /\b(general|admiral|commander)\b/i],
  ['admirals?', /\badmiral/i],
  ['secretary|cabinet officer|cabinet secretary', /\bsecretary\b/i],
  // Mexico's and Colombia's defence ministers are their Secretaries of Defense ("General Enrique Cervantes").
  ['ministers?', /\b(?:minister|secretary)\b/i],
  ['advisors?|advisers?', /\badvis[oe]r/i],
  ['(?:second )?readers?', /\breader\b/i],
  ['chairs?|chairman', /\bchair/i],
  ['(?:defen[cs]e )?attach[ée]s?', /\battach[ée]/i],
];

/** "Who commanded <the unit>", with the unit's first words. */
const COMMANDED = /^who (?:commanded|was in command of) ((?:\S+ ?){1,4})/i;
const COMMANDER = ROLES.find(([nouns]) => nouns.includes('commanders?'))![1];

/**
 * What says someone commanded or led ("assumed command of NORTHCOM", "Pershing's expedition"):
 * "Who commanded the battalion?" is not answered by any general (one who "presented the citation").
 */
const COMMAND_SAID = /\b(?:command(?:er|ers|ed|ing|s)?|led|leads|headed)\b|\b[A-Z][a-z]+['’]s\s+["“]?(?:[a-z]+\s+)?(?:expedition|battalion|brigade|division|unit|forces|troops|army|fleet)\b/;

/** "Who chaired the commission?", "Who led the task force?": whoever is said to have done it. */
const LED = /^who (?:led|headed|ran|directed|chaired)\b/i;
/** "Which U.S. general commanded …", "Which officer led …": the same, asked of a kind of person. */
const WHICH_COMMANDED = /^which (?:[\w.'’-]+ ){1,3}?(?:commanded|was in command of)\b/i;
const WHICH_LED = /^which (?:[\w.'’-]+ ){1,3}?(?:led|headed|ran|directed|chaired)\b/i;
/** Words of leading, in lower case and not the nouns "command" or "head": "Southern Command" and "a bi-national command" do not say anyone led. */
const LEAD_SAID = /\b(?:led|leads|leader|headed|heads|ran|runs|directed|directs|director|chaired|chairs|chairman|commanded|commander|commanders|commanding)\b/;

/**
 * For "Who commanded the Colombian Battalion?" or "Who chaired the commission?", the words that say
 * someone did (a commission's chair is said to chair it, or to lead it); null for other questions.
 */
export function commandWords(question: string): RegExp | null {
  const main = mainClause(question);
  return LED.test(main) || WHICH_LED.test(main) ? LEAD_SAID : COMMANDED.test(main) || WHICH_COMMANDED.test(main) ? COMMAND_SAID : null;
}

const ROLE_NOUN = `(${ROLES.map(([nouns]) => nouns).join('|')})`;
// The role comes before the question's verb: "Which SOUTHCOM boss did General Mora praise …" asks for a boss, not a general.
const WHICH_ROLE = new RegExp(`^(?:in |on |at |for )?which (?:(?!(?:did|does|do|was|were|is|are|has|have|had)\\b)[\\w.'’-]+ ){0,3}?${ROLE_NOUN}(?!\\w)`);
const WHO_ROLE = new RegExp(`^who (?:is|was|were|became) (?:the )?(?:[\\w.'’-]+ ){0,2}?${ROLE_NOUN}(?!\\w)|^who (?:succeeded|replaced|preceded|(?:is|was|were|became) .{1,60}?(?:successor|predecessor|replacement)) .{0,60}?as (?:the )?(?:[\\w.'’-]+ ){0,2}?${ROLE_NOUN}(?!\\w)`);

/**
 * The role of the person asked about: the noun after "which" ("Which U.S. president ...", "Which
 * Colombian head of state ...") or after "who was" ("Who was Mexico's president ..."); roles of
 * other people in the question ("... joined Colombia's president") are not it.
 */
export function askedRole(question: string): RegExp | null {
  // "Who is General Wilhelm?" asks about Wilhelm, not for a general.
  if (askedAbout(question)) return null;
  // "Who commanded the Colombian Battalion?" asks for its commander.
  if (COMMANDED.test(mainClause(question))) return COMMANDER;
  const m = roleMatch(question);
  if (!m) return null;
  return ROLES.find(([nouns]) => new RegExp(`^(${nouns})$`).test(m[1] ?? m[2]))?.[1] ?? null;
}

/** "which <qualifiers> <role>" or "who was … <role>" in the question's main clause, lowercased. */
function roleMatch(question: string): RegExpExecArray | null {
  const s = mainClause(question).toLowerCase();
  return WHICH_ROLE.exec(s) ?? WHO_ROLE.exec(s);
}

const NATIONS: [string, RegExp][] = [
  // The combatant commands are American: "Which NORTHCOM commander …" asks for an American.
  ['us', /\b(u\.s\.|us\b|american\b|united states\b|(?:north|south|cent|pa|eu|afri)com\b)/i],
  ['mexico', /\b(mexican|mexico['’]s)\b/i],
  ['colombia', /\b(colombian|colombia['’]s)\b/i],
];

/** The nation qualifying the asked role: "Which U.S. Army general ..." → us. */
export function askedNation(question: string): string | null {
  // "Who commanded the U.S. Caribbean Defense Command?": the commander of a U.S. command.
  const commanded = COMMANDED.exec(mainClause(question));
  if (commanded) return NATIONS.find(([, re]) => re.test(commanded[1]))?.[0] ?? null;
  const m = roleMatch(question);
  if (!m) return null;
  // "Who is the president of Mexico?": the nation may follow the role.
  const of = /^\s+of\s+(?:the\s+)?(mexico|colombia|united states|u\.s\.)\b/.exec(mainClause(question).toLowerCase().slice(m.index + m[0].length));
  const after = of ? ({ mexico: 'mexico', colombia: 'colombia' } as Record<string, string>)[of[1]] ?? 'us' : null;
  return NATIONS.find(([, re]) => re.test(m[0]))?.[0] ?? after;
}

/**
 * Organisations named with the asked role, as acronyms: "Which NORTHCOM commander …", "Who
 * succeeded Gortney as commander of NORTHCOM?" → NORTHCOM. The holder must be of that one.
 */
export function askedOrganisations(question: string): string[] {
  return [...new Set(roleSpan(question, '[A-Z]{3,}').match(/\b[A-Z]{3,}\b/g) ?? [])];
}

/** The asked role as the question words it, with what follows it ("… commander of NORTHCOM", "… secretary of the Navy"). */
function roleSpan(question: string, following: string): string {
  const clause = mainClause(question);
  const m = roleMatch(question);
  if (!m) return '';
  return clause.slice(m.index, m.index + m[0].length) + (new RegExp(`^\\s+(?:of|at|for)\\s+(?:the\\s+)?${following}\\b`).exec(clause.slice(m.index + m[0].length))?.[0] ?? '');
}

/** Armed services that qualify a role ("Mexican Navy Secretary", "Secretary of the Navy"), as the words a sentence may use for each. */
const BRANCHES: [RegExp, RegExp][] = [
  [/\bnav(?:y|al)\b/i, /\bnav(?:y|al)\b/i],
  [/\barmy\b/i, /\barmy\b/i],
  [/\bair force\b/i, /\bair force\b/i],
  [/\bmarines?\b/i, /\bmarines?\b/i],
];

/** The services named with the asked role: "Who was the Mexican Navy Secretary?" → navy. Its holder must be of that service. */
export function askedBranches(question: string): RegExp[] {
  const span = roleSpan(question, '(?:Navy|Army|Air Force|Marines?)');
  return BRANCHES.filter(([asked]) => asked.test(span)).map(([, said]) => said);
}

/** "NORTHCOM" is also spelt "Northern Command". */
function namesOrganisation(text: string, acronym: string): boolean {
  if (text.includes(acronym)) return true;
  const command = /^(?:US)?([A-Z]+)COM$/.exec(acronym);
  return !!command && new RegExp(`\\b${command[1]}\\w*\\s+Command\\b`, 'i').test(text);
}

/** Characters read after a role for the organisation it is of ("Commander, United States Southern Command (SOUTHCOM)"). */
const ORGANISATION_REACH = 50;

/** Characters read before a role for its holder's nation ("Colombian Army General …"). */
const NATION_REACH = 24;

/**
 * The capitalised words right after a role ("Secretary of National Defense, General Antonio
 * Riviello", "Ambassador to Colombia Myles Frechette") and right before it ("Diego Esparza,
 * Ph.D. Thesis", "Enrique Cervantes, the Mexican").
 */
const HOLDER_AFTER = /^(?:\s+(?:of|to|for)(?: the)?(?: [A-Z][\w.]*){1,3})?,?\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’-]*)/;
const HOLDER_BEFORE = /((?:[A-Z][\w'’.-]*,?\s+){1,5})(?:(?:the|a|then|former)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}$/;
/** A holder said to be the role: "General Joseph Stringham was the last U.S. Defense Attaché". */
const HOLDER_WAS = /((?:[A-Z][\w'’.-]*\s+){1,4})(?:was|is|became|remained|served as)\s+(?:(?:the|a|an)\s+)?(?:(?:last|first|former|new|then|only)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}$/;

/** A holder named before an apposition that ends in the role: "Gustavo Rojas Pinilla, the chief of the … engineering section and future president". */
const HOLDER_APPOSED = /((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’-]*),\s+(?:the|a|an)\s+[^,;.“”"]{0,80}?\s(?:and|,)\s+(?:(?:the|a)\s+)?(?:future|later|then|former|eventual)?\s*$/;

/** A role named in the plural ("presidents", "generals"), which a list of names may follow. */
const PLURAL_ROLE = /^\w+s\b/;
const LIST_SPLIT = /,\s*(?:and\s+)?|\s+and\s+/;
const LISTED_NAME = /^\s*((?:[A-Z][\w'’.-]*\s+|(?:de|del|la|los)\s+){0,5}[A-Z][\w'’-]*)/;

/**
 * "Mexican presidents Carlos Salinas de Gortari, De La Madrid, Jose Lopez Portillo, and Luis
 * Echeverria brought …": every name of the list after a plural role holds it, up to the part that
 * goes on past its name.
 */
function listedHolders(after: string): string[] {
  const out: string[] = [];
  for (const part of after.split(LIST_SPLIT)) {
    const name = LISTED_NAME.exec(part)?.[1];
    if (!name) break;
    out.push(name);
    if (part.trim() !== name.trim()) break;
  }
  return out;
}

/** A service and rank before a name ("Army General Joseph Stringham"): they do not make it an institution. */
const SERVICE_RANK = /^(?:(?:U\.S\.|American|Mexican|Colombian|Army|Navy|Air Force|Marine|Marines|Corps|General|Admiral|Colonel|Captain|Major|Lieutenant|Commander)\s+)+/;

/** A person goes by surname: "General Charles E. Wilhelm" is the "General Wilhelm" of the question. */
const surname = (name: string) => words(name).filter((w) => !/^(ph|d|jr|sr)$/.test(w)).at(-1) ?? '';

const globalRoles = new Map<RegExp, RegExp>();

/** The role's regex with the global flag, for matchAll (compiled once: it runs for every candidate sentence). */
function everyMatch(role: RegExp): RegExp {
  let g = globalRoles.get(role);
  if (!g) globalRoles.set(role, (g = new RegExp(role.source, 'gi')));
  return g;
}

/**
 * Whether the sentence names a new person in the asked role (of the asked nation, when the
 * question gives one): "Mexican Navy Secretary Admiral Lorenzo Franco" answers "which Mexican Navy
 * Secretary", while "a first for any U.S. Defense Secretary", "Dean Cook argues that General
 * Wilhelm" and "Colombian Army General Pablo Lopez" (for "which U.S. Army general") do not.
 */
export function namesRoleHolder(text: string, role: RegExp, asked: Set<string>, nation: string | null, organisations: string[] = [], branches: RegExp[] = []): boolean {
  const holdersOf = (m: RegExpMatchArray, before: string) =>
    [
      HOLDER_AFTER.exec(text.slice(m.index! + m[0].length).replace(/^\w+/, ''))?.[1],
      HOLDER_BEFORE.exec(before)?.[1],
      HOLDER_WAS.exec(before)?.[1],
      HOLDER_APPOSED.exec(before)?.[1],
      ...(PLURAL_ROLE.test(text.slice(m.index!, m.index! + m[0].length + 3)) ? listedHolders(text.slice(m.index! + m[0].length).replace(/^\w+/, '')) : []),
    ]
      .flatMap((h) => (h ? newNames(` ${h}`, asked) : []))
      .filter((n) => !asked.has(surname(n)) && !INSTITUTION.test(n.replace(SERVICE_RANK, '')));
  const matches = [...text.matchAll(everyMatch(role))].map((m) => {
    const before = text.slice(0, m.index);
    return { m, before, own: NATIONS.find(([, re]) => re.test(before.slice(-NATION_REACH)))?.[0], holders: holdersOf(m, before) };
  });
  // "Secretary Perry visited Mexico, a first for any U.S. Defense Secretary": an office the sentence gives another nation
  // and no one else holds ("any U.S. Defense Secretary") is the unnamed holder's too.
  const othersOffice = nation ? matches.some((x) => x.own && x.own !== nation && x.holders.length === 0) : false;
  for (const { m, before, own, holders } of matches) {
    if (nation && own && own !== nation) continue;
    if (!own && othersOffice) continue;
    const around = text.slice(Math.max(0, m.index! - NATION_REACH), m.index! + m[0].length + ORGANISATION_REACH);
    if (organisations.length && !organisations.some((o) => namesOrganisation(around, o))) continue;
    // "Secretary Perry" does not answer "which Mexican Navy Secretary": an office named for a service must be of the asked one.
    // A rank need not say its service ("General Andrews"), but must not say another ("Navy Admiral" for "which Army general").
    const service = before.slice(-NATION_REACH) + (/^\s+of\s+(?:the\s+)?(?:[A-Z]\w+\b[\s,]*){1,3}/.exec(text.slice(m.index! + m[0].length))?.[0] ?? '');
    const office = /^(?:secretar|minist)/i.test(m[0]);
    if (branches.length && (office ? branches.some((b) => !b.test(service)) : BRANCHES.some(([, b]) => b.test(service)) && !branches.some((b) => b.test(service)))) continue;
    if (holders.length) return true;
  }
  return false;
}

/** "Who is General Wilhelm?", "Who was Santa Anna?": the surname of the person a question asks to be introduced. */
export function askedAbout(question: string): string | null {
  const m = /^\s*[Ww]ho (?:is|was) ((?:[A-Z][\w.'’-]*\s*){1,4})\??\s*$/.exec(question);
  const surname = m?.[1].trim().split(/\s+/).at(-1)?.replace(/[?.,]$/, '');
  return surname && surname.length >= 3 ? surname : null;
}
