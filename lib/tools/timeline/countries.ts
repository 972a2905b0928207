export const COUNTRIES = ['Mexico', 'Colombia', 'United States'] as const;
export type Country = (typeof COUNTRIES)[number];

const MENTIONS: [Country, RegExp][] = [
  ['Mexico', /\bMexic(?:o|an|ans)\b/],
  ['Colombia', /\bColombi(?:a|an|ans)\b/],
  ['United States', /\bU\.\s?S\.|\bUnited States\b|\bUSA\b|(?<!Latin |Inter-|South |Central |North )\bAmericans?\b|\bWashington\b|\bPentagon\b|\b(?:NORTHCOM|SOUTHCOM|USSOUTHCOM|USNORTHCOM)\b/],
];

/** The chapter whose case study a section belongs to: II is the Mexican case, III the Colombian one. */
const CHAPTER_COUNTRY: Record<string, Country> = { II: 'Mexico', III: 'Colombia' };

/**
 * Countries an event concerns: Mexico and Colombia by mention in the sentence, else the chapter's case
 * (II = Mexico, III = Colombia); the United States whenever U.S., United States or American is mentioned.
 */
export function eventCountries(sentence: string, section: string | null): Country[] {
  const found = new Set(MENTIONS.filter(([, re]) => re.test(sentence)).map(([c]) => c));
  if (!found.has('Mexico') && !found.has('Colombia')) {
    const fallback = section ? CHAPTER_COUNTRY[section.split('.')[0]] : undefined;
    if (fallback) found.add(fallback);
  }
  return COUNTRIES.filter((c) => found.has(c));
}

/** "mexico", "US", "u.s.", "united-states", "colombian" → the country; null when not one of the three. */
export function parseCountry(input: string): Country | null {
  const s = input.trim().toLowerCase().replace(/[\s_-]+/g, ' ').replace(/\./g, '');
  if (/^mexic(o|an)$/.test(s)) return 'Mexico';
  if (/^colombi(a|an)$/.test(s)) return 'Colombia';
  if (/^(us|usa|united states( of america)?|america|american)$/.test(s)) return 'United States';
  return null;
}

/** Countries named in a question ("with Mexico", "U.S.-Colombian"), without any chapter fallback. */
export function countriesInText(text: string): Country[] {
  return COUNTRIES.filter((c) => MENTIONS.find(([k]) => k === c)![1].test(text));
}
