/** Lexical tokenisation shared by the BM25 index and query analysis. */

const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have how i if in into is it its ' +
    'may might of on or our shall should so such than that the their them then there these they this those to done doing ' +
    'was we were what when where which while who whom whose why will with would you your about after also any ' +
    'between both each other over same some through under until very during before against us he him his she her hers else ' +
    'thesis author say says said according per me'
  ).split(' '),
);

/** Folds accents and case so "Mérida" matches "Merida". */
export function foldText(text: string): string {
  return stripMarkers(text)
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Superscript digits are footnote markers, not text; subscripts (H₁) fold to plain digits. */
export function stripMarkers(text: string): string {
  return text.replace(/[\u2070\u2074-\u2079\u00b9\u00b2\u00b3]+/g, ' ');
}

/**
 * Irregular forms: past forms the suffix rules would confuse with another word ("founded" → "found"),
 * and adjectives whose noun the -ional rule cannot reach ("congressional leaders" are Congress).
 */
const IRREGULAR: Record<string, string> = { found: 'find', congressional: 'congress', presidential: 'president' };

/** A light suffix stemmer: enough to join plurals and simple verb forms without over-merging names. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (IRREGULAR[word]) return IRREGULAR[word];
  // "regional" → "region": an adjective in -ional asks about its noun ("general", "federal" keep theirs).
  if (word.endsWith('ional') && word.length > 7) return word.slice(0, -2);
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return trimDouble(word.slice(0, -3));
  // "agreed" → "agree", but "proceed" and "succeed" are bare forms.
  if (word.endsWith('eed')) return word.length > 5 && !word.endsWith('ceed') ? word.slice(0, -1) : word;
  if (word.endsWith('ed') && word.length > 4) return trimDouble(word.slice(0, -2));
  if (word.endsWith('es') && /(sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return dropFinalE(word.slice(0, -1));
  return dropFinalE(word);
}

/** "retire" and "retired" both read as "retir": the -ed and -ing rules drop a final e, so the bare form must too. */
function dropFinalE(w: string): string {
  return w.length > 3 && w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w;
}

function trimDouble(w: string): string {
  return /([bdfgmnprt])\1$/.test(w) ? w.slice(0, -1) : w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w;
}

/**
 * Raw word tokens: letters/digits runs, keeping decimals ("2.8") and hyphenated figures ("11-week"
 * -> "11", "week"); "U.S." reads as "usa", "WWII" as "world war ii" and "USSOUTHCOM" as "southcom",
 * as the thesis writes both forms.
 */
/** Number words from eleven up read as their digits ("fifteen-country" meets "15 countries"); smaller ones are too often not figures ("one of", "the two countries"). */
const NUMBER_WORDS: Record<string, string> = {
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18', nineteen: '19',
  twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
};

/** "from 92 to 95", "in '94": years typed short, read from 1940 to 2019 (never a count: "92 to 95 percent"). */
const YEAR_END = String.raw`(?:\s*(?:$|[,?.;!)])|\s+(?:what|when|who|whom|how|why|did|does|was|were|is|are|the)\b)`;
const SHORT_YEAR = new RegExp(
  String.raw`['’](\d\d)\b|(?<=\b(?:in|from|since|until|between|by|to|and|through)\s)(\d\d)\b(?=${YEAR_END}|\s*(?:to|and|through|[-–])\s*['’]?\d\d${YEAR_END})`,
  'gi',
);

function fullYear(two: string): string | null {
  const n = Number(two);
  return n >= 40 ? `19${two}` : n <= 19 ? `20${two}` : null;
}

/** The text with years typed short written out ("from 92 to 95" → "from 1992 to 1995"). */
export function expandShortYears(text: string): string {
  return text
    .replace(SHORT_DECADE, (m, decade: string) => (fullYear(decade) ?? m) + 's')
    .replace(SHORT_YEAR, (m, short: string | undefined, bare: string | undefined) => fullYear(short ?? bare!) ?? m);
}

/** "the 90s", "mid-'90s", "late 80s": a decade typed short, 1940s to 2010s (never "$20s" or a count's "20s"). */
const SHORT_DECADE = /(?<![\d$.,])['’]?([4-9]0|[01]0)s\b/g;

export function words(text: string): string[] {
  return wordTokens(text).map((w) => NUMBER_WORDS[w] ?? w);
}

function wordTokens(text: string): string[] {
  // "US" and "USA" in capitals are the country, not the pronoun.
  return foldText(expandShortYears(text.replace(/\bUSA?\b/g, 'U.S.')))
    // "couldn't" reads as "could not": no stray "t" term, which the corpus (one "can’t") makes rare and so heavy.
    .replace(/\b(can|won)['’]t\b/g, (_m, w: string) => (w === 'can' ? 'can not' : 'will not'))
    .replace(/n['’]t\b/g, ' not')
    // "who's", "what's", "whats": "is", not a stray "s" term or the word "what".
    .replace(/\b(who|what|where|when|how|it|that|there|here)(?:['’]s|(?<=what|that)s)\b/g, '$1 is')
    .replace(/\bu\.\s?s\.(?:a\.)?/g, ' usa ')
    .replace(/\bww(ii|2)\b/g, ' world war ii ')
    .replace(/\bww(i|1)\b/g, ' world war i ')
    // "world war 2" as the thesis writes it; "the us" typed in lowercase is the country, not the pronoun.
    .replace(/\bworld war (?:2|two)\b/g, ' world war ii ')
    .replace(/\bworld war (?:1|one)\b/g, ' world war i ')
    .replace(/\bthe us\b/g, ' the usa ')
    // "some 32, 458 Colombians": a thousands separator the thesis typed with a space is still one figure.
    .replace(/\b(\d{1,3}), (\d{3})\b/g, '$1,$2')
    // "80%" says "80 percent": the sign is a word, which tells a share from a page number ("Theory, 80.").
    .replace(/(\d)\s?%/g, '$1 percent ')
    // "1846-48" is two years, 1846 and 1848, not 1846 and the figure 48.
    .replace(/\b(1[5-9]|20)(\d\d)\s?[-–]\s?(\d\d)\b/g, '$1$2 $1$3')
    .replace(/\bus((?:south|north|cent|eu|af|pa|indopa|spa|strat|trans|cyber)com)\b/g, ' $1 ')
    .match(/\d+(?:[.,]\d+)*|[a-z]+/g) ?? [];
}

/** Index terms: stemmed, stopwords removed; numbers keep their digits without thousands separators. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOPWORDS.has(w)) continue;
    out.push(/^\d/.test(w) ? w.replace(/,/g, '') : stem(w));
  }
  return out;
}

/** Content words of a text, folded and unstemmed (the form word vectors are looked up by): no stopwords, figures or 1–2 letter words. */
export function contentWords(text: string): string[] {
  return words(text).filter((w) => w.length > 2 && !/^\d/.test(w) && !isStopword(w));
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';

/**
 * Identifiers the tokenizer splits apart — "H₃", "H3", "P-47", "UH-60", "FY2017" — as one term
 * each ("h3", "p47"), so a question about hypothesis H3 prefers the sentence defining H₃.
 */
export function idTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b([A-Za-z]{1,4})-?([0-9₀-₉]{1,4}[A-Za-z]?)(?![\w₀-₉])/g)) {
    // "mid-1990s", "pre-1945", "mid-90s": a period, not an identifier.
    if (/^(mid|pre|post|late|ca)$/i.test(m[1]) && /^(?:(1[5-9]|20)\d\ds?|\d0s)$/.test(m[2])) continue;
    // "post-9/11": a period after a date, not an identifier.
    if (/^(mid|pre|post|late)$/i.test(m[1]) && text[(m.index ?? 0) + m[0].length] === '/') continue;
    // "WW2" is World War II, read as words (see wordTokens).
    if (/^ww$/i.test(m[1]) && /^[12]$/.test(m[2])) continue;
    // "UH-60s", "P-47s": a plural, not a model letter ("C-130J").
    const digits = [...m[2].replace(/(?<=\d)s$/, '')].map((c) => (SUBSCRIPT.includes(c) ? String(SUBSCRIPT.indexOf(c)) : c)).join('');
    out.push(`${m[1]}${digits}`.toLowerCase());
  }
  return out;
}

/** Words typed in capitals for stress ("which hypothesis does NOT get a Yes"), not acronyms. */
const STRESSED = new Set(
  'NOT NOR AND BUT ALL ANY ONLY NEVER EVER BOTH NONE YES THE WHO WHAT WHEN WHERE WHY HOW DID DOES WAS WERE MOST LEAST MORE LESS FIRST LAST BEFORE AFTER EXACTLY REALLY ACTUALLY ALSO EVEN STILL'.split(' '),
);

/** The acronyms a text types in capitals ("RIMPAC", "NORTHCOM"), not the words it stresses ("NOT"). */
export function capitalAcronyms(text: string): string[] {
  return (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !STRESSED.has(w));
}
