/**
 * Everyday phrasal verbs and the plainer verbs the thesis writes for them: a student asks what
 * Mexico "set up" and who "locked up" the sailors; the thesis says Mexico "created" a museum and
 * the authorities "arrested" nine sailors. Static word vectors see "set" and "up", not "set up", so
 * each phrase is read as its plain verbs, as an alias is read as its expansion.
 */
interface PhrasalVerb {
  /** The verb's forms, as a pattern source ("set|sets|setting"). */
  verb: string;
  /** The particle after it, with room for a short object in between ("locked the sailors up"). */
  particle: string;
  expansion: string;
  /** Only with nothing between verb and particle: "went after Villa" is chasing, "went to Korea after the war" is not. */
  adjacent?: boolean;
}

const PHRASAL_VERBS: PhrasalVerb[] = [
  { verb: 'set|sets|setting', particle: 'up', expansion: 'established created' },
  { verb: 'draw|draws|drew|drawn|drawing', particle: 'up', expansion: 'created drafted' },
  { verb: 'lock|locks|locked|locking', particle: 'up', expansion: 'arrested' },
  { verb: 'round|rounds|rounded|rounding', particle: 'up', expansion: 'arrested' },
  { verb: 'pull|pulls|pulled|pulling|drag|drags|dragged|dragging|draw|draws|drew|drawing|push|pushes|pushed|pushing|bring|brings|brought|bringing', particle: 'into', expansion: 'drawn into' },
  { verb: 'take|takes|took|taken|taking', particle: 'over', expansion: 'seized control' },
  { verb: 'step|steps|stepped|stepping', particle: 'down', expansion: 'left office retired' },
  { verb: 'back|backs|backed|backing', particle: 'down|away|off', expansion: 'retreat' },
  { verb: 'pull|pulls|pulled|pulling', particle: 'out|back', expansion: 'retreat withdrew' },
  { verb: 'turn|turns|turned|turning', particle: 'down', expansion: 'refused rejected' },
  { verb: 'hand|hands|handed|handing|give|gives|gave|given|giving|send|sends|sent|sending', particle: 'back', expansion: 'returned' },
  { verb: 'carry|carries|carried|carrying', particle: 'out', expansion: 'conducted' },
  { verb: 'team|teams|teamed|teaming', particle: 'up', expansion: 'cooperated work together' },
  { verb: 'break|breaks|broke|broken|breaking|split|splits|splitting', particle: 'away|off', expansion: 'seceded break' },
  { verb: 'wipe|wipes|wiped|wiping', particle: 'out', expansion: 'destroyed' },
  { verb: 'step|steps|stepped|stepping|ramp|ramps|ramped|ramping', particle: 'up', expansion: 'increased' },
  { verb: 'cut|cuts|cutting|scale|scales|scaled|scaling', particle: 'back|down', expansion: 'reduced' },
  { verb: 'look|looks|looked|looking', particle: 'into', expansion: 'investigated' },
  { verb: 'get|gets|got|getting|gotten', particle: 'along', expansion: 'cooperate relations' },
  { verb: 'go|goes|went|gone|going', particle: 'through', expansion: 'received attended' },
  { verb: 'hold|holds|held|holding', particle: 'back', expansion: 'obstacles hindered restricts' },
  { verb: 'go|goes|went|gone|going|come|comes|came|coming', particle: 'after', expansion: 'chasing pursued', adjacent: true },
];

/** Each phrasal verb with up to two words between verb and particle, compiled once. */
const PATTERNS = PHRASAL_VERBS.map(({ verb, particle, expansion, adjacent }) => ({
  expansion,
  pattern: new RegExp(`\\b(?:${verb})(?:\\s+(?!(?:${particle})\\b)[a-z'’-]+){0,${adjacent ? 0 : 2}}?\\s+(?:${particle})\\b`, 'gi'),
}));

/**
 * Troops stationed or based in a country are what the thesis (and Mexico's constitution) calls a
 * garrison: "station troops in Mexico", "let American troops be based there".
 */
const STATIONED_TROOPS =
  /\b(?:station(?:s|ed|ing)?|bas(?:e|es|ed|ing)|keep(?:s|ing)?|kept|put(?:s|ting)?)\s+(?:(?:its|their|our|american|u\.?s\.?|foreign|any|more|permanent)\s+){0,2}(?:troops|forces|soldiers)\b|\b(?:troops|forces|soldiers)\s+(?:(?:to|could|can|would|might)\s+)?(?:be\s+)?(?:stationed|based|station)\b/i;

/** What stands in someone's way is an obstacle: "How many hurdles stand in Mexico's way?" */
const IN_THE_WAY = /\b(?:stand|stands|stood|standing|get|gets|got|getting|be|is|are|was|were)\s+in\s+(?:the|[\p{L}.]+['’]s?|its|their|his|her)\s+way\b/iu;

/** The phrasal verbs and idioms a question uses ("set up", "troops … based", "in Mexico's way"): the words as written (lowercase) with the thesis's words for them. */
export function findPhrasalVerbs(question: string): { alias: string; expansion: string }[] {
  const out: { alias: string; expansion: string }[] = [];
  const inTheWay = IN_THE_WAY.exec(question);
  if (inTheWay) out.push({ alias: `${inTheWay[0].split(/\s+/)[0].toLowerCase()} way`, expansion: 'obstacles' });
  // The verb is read as "garrison"; the troops stay words of the question.
  const verb = STATIONED_TROOPS.exec(question)?.[0].toLowerCase().split(/\s+/).find((w) => /^(?:station|bas|keep|kept|put)/.test(w));
  if (verb) out.push({ alias: verb, expansion: `${verb} garrison` });
  for (const { expansion, pattern } of PATTERNS) {
    for (const m of question.matchAll(pattern)) {
      const words = m[0].toLowerCase().split(/\s+/);
      // The verb and its particle are the alias; the object between them is still the question's.
      out.push({ alias: `${words[0]} ${words[words.length - 1]}`, expansion });
      break;
    }
  }
  return out;
}
