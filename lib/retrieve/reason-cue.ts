/**
 * Words that give a reason ("because", "in order to", "feared that", "viewed … as"). A why-question
 * is answered by a sentence that gives one, so retrieval and the extractive answerer both look for them.
 */
export const REASON_CUE =
  /\b(because|due to|since(?!\s+(?:\d|then\b|its\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|the\s+(?:\d|early|late|mid|end|start|beginning|creation|signing)))|as a result|in order to|so that|led to|leading to|reason|caus(?:ed|es|ing)|result of|driven by|out of concern|fear(ed)? that|given that|therefore|in response to|to (defend|protect|combat|keep|avoid|prevent)|needed|felt|feared|worried|concerned|wanted to|sought to|hoped to|believed|perceived|amounted to|viewed .{1,40} as|retaliat\w*|in pursuit of|in the hope|in an (?:effort|attempt) to|with the (?:aim|goal|intent|purpose) of|for the purpose of|aimed at)\b/i;
