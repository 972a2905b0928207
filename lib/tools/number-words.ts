const SMALL = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "six billion" → "6 billion", "thirty-two" → "32": number words as digits, so figures compare across wordings. */
export function numberWordsToDigits(text: string): string {
  return text.replace(/\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](one|two|three|four|five|six|seven|eight|nine))?\b|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b/gi, (all, tens?: string, unit?: string, small?: string) => {
    if (small) return String(SMALL.indexOf(small.toLowerCase()));
    const base = tens!.toLowerCase() === 'twenty' ? 20 : TENS[tens!.toLowerCase()];
    return String(base + (unit ? SMALL.indexOf(unit.toLowerCase()) : 0));
  });
}
