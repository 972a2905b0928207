/** Words of a role or rank that may lead a person's name ("Army Chief of Staff", "Mexican Secretary of National Defense General"). */
const ROLE_WORD = /^(general|admiral|president|vice|secretary|senator|colonel|lieutenant|captain|commander|ambassador|minister|major|professor|chief|chairman|staff|army|navy|air|force|marine|corps|sergeant|of|the|u\.s\.|us|mexican|colombian|american|defense|national|state|joint|chiefs)$/;

/** Whether a word is one of a role or rank ("general", "navy"), which leads a name rather than being one. */
export function isRoleWord(word: string): boolean {
  return ROLE_WORD.test(word.toLowerCase());
}

/**
 * The person a capitalised name phrase names, without the role leading it: "Army Chief of Staff
 * Gordon Sullivan" → "Gordon Sullivan". A sentence naming Sullivan need not repeat his title. A
 * phrase that is all role ("Secretary of State") or has no role ("Plan Colombia") is kept whole.
 */
export function personalName(name: string): string {
  const words = name.split(/\s+/);
  let i = 0;
  while (i < words.length && isRoleWord(words[i])) i++;
  const person = words.slice(i);
  // "National Museum of Interventions" names no person.
  return i > 0 && person.length && !person.includes('of') ? person.join(' ') : name;
}
