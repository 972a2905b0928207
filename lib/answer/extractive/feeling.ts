/**
 * "Why was Mexico annoyed when NORTHCOM was set up?": a why-question about a feeling is answered by
 * the sentence telling of that feeling ("Mexico did not like …", "This creation would upset the
 * Mexican government because …"), which rarely uses the question's word for it.
 */
const ASKS_FEELING =
  /^\s*why\b[^?]*\b(?:annoyed|angry|angered|upset|unhappy|displeased|frustrated|offended|resent\w*|distrust\w*|mistrust\w*|suspicious|wary|reluctant|hesitant|dislike[ds]?|hate[ds]?|afraid|worried|nervous|uneasy|bothered|mad|furious|irritated|insulted|bitter|skeptical|touchy|resist\w*|oppos\w*|object(?:ed|s)?|protest\w*)\b/i;

/** Words telling of a feeling or a stance against something. */
const TELLS_FEELING =
  /\b(?:upset\w*|ang(?:er|ered|ry)|annoy\w*|resent\w*|distrust\w*|mistrust\w*|(?:little|no|lack of) trust|did not (?:like|trust|want)|disliked?|hated?|opposed?|opposition|object(?:ed|ions?)|protest\w*|frustrat\w*|suspicio\w*|fear(?:ed|s)?|worr(?:y|ied)|concern(?:ed|s)?|critici\w*|offend\w*|insult\w*|displeas\w*|reluctan\w*|refus\w*|hostil\w*|animosity|tensions?|skeptic\w*|wary|humiliat\w*|sensitiv\w*|push(?:ed)? back|backlash)\b/i;

export function asksFeeling(question: string): boolean {
  return ASKS_FEELING.test(question);
}

export function tellsFeeling(text: string): boolean {
  return TELLS_FEELING.test(text);
}
