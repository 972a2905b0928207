/** True when the question leans on an earlier turn ("what happened after that?"). */
export function needsContext(q: string): boolean {
  const words = q.trim().split(/\s+/);
  return words.length <= 6 || /\b(that|this|it|its|they|them|their|those|these|he|him|his|she|her|then|there|after|before|else)\b/i.test(q);
}
