import { analyzeQuery } from '../../retrieve/analyze-query';
import { UNIFORM_STATS } from '../../retrieve/question-terms';
import { sideQuestion } from './comparison';
import type { ExtractiveInput } from './model';
import { DEFAULT_PLAN, planAnswer, type Plan } from './plan';
import { abstaining } from './pointed-plan';
import { sentenceCandidates } from './candidates';
import { terms } from '../../retrieve/tokenize';

/** Sentences said of each side of a comparison. */
const PER_SIDE = 2;

/** Words that set two things beside each other ("just like", "a common goal", "unlike", "different ways"). */
const COMPARES = /\b(?:both|unlike|whereas|just like|similar\w*|same|common|differ\w*|compar\w*)\b/i;

/**
 * "What is the difference between realism and liberalism?": each side answered as "What is
 * realism?" from the passages read for both, its sentences one after the other, after a sentence
 * setting the two side by side if the passages hold one. Where the thesis says nothing of one
 * side, the other is shown alone; of neither, it abstains.
 */
export function planComparison(input: ExtractiveInput, sides: [string, string]): Plan {
  const plans = sides.map((side) =>
    planAnswer(analyzeQuery(sideQuestion(side), []), input.passages, input.stats ?? UNIFORM_STATS, { ...DEFAULT_PLAN, maxSentences: PER_SIDE }, input.similarity, undefined, undefined, input.categories),
  );
  const answered = plans.filter((p) => !p.abstain && p.picks.length);
  if (!answered.length) return abstaining('what');
  // A sentence setting the two side by side ("the Mérida Initiative, just like Plan Colombia, is …") leads.
  const [a, b] = sides.map((side) => terms(side));
  const joint = sentenceCandidates(input.passages).find((c) => a.every((t) => c.terms.has(t)) && b.every((t) => c.terms.has(t)) && COMPARES.test(c.text));
  const sidePicks = answered.flatMap((p) => p.picks.slice(0, PER_SIDE));
  const picks = [...(joint ? [{ c: joint, score: 1, cov: 1, windowCov: 1, fit: 1 }] : []), ...sidePicks].filter((p, i, all) => all.findIndex((q) => q.c.text === p.c.text) === i);
  return { type: 'what', confidence: Math.min(...answered.map((p) => p.confidence)), abstain: false, picks, best: picks[0], unknownAnchors: [] };
}
