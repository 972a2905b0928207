/**
 * Countries, as the thesis and its readers name them. A question typed in lower case ("was
 * venezuela at unitas 2013") still names one, though the thesis may never mention it.
 */
export const COUNTRY_NAMES = [
  'United States', 'Mexico', 'Colombia', 'Panama', 'Canada', 'Japan', 'Germany', 'Korea', 'Peru', 'Venezuela', 'Ecuador',
  'Cuba', 'Brazil', 'Chile', 'Argentina', 'Guatemala', 'Honduras', 'El Salvador', 'Nicaragua', 'Costa Rica', 'France',
  'Britain', 'England', 'Italy', 'Soviet Union', 'Russia', 'China', 'Saudi Arabia', 'Iraq', 'Afghanistan', 'Spain',
  'Indonesia', 'Vietnam', 'Philippines', 'Israel', 'Bolivia', 'Paraguay', 'Uruguay', 'Belize', 'Haiti',
  'Dominican Republic', 'Jamaica', 'Bahamas', 'Iran', 'Syria', 'Pakistan', 'India',
];

/** One-word country names in lower case ("venezuela"): a lower-case question's names. */
export const COUNTRY_WORDS = new Set(COUNTRY_NAMES.filter((c) => !c.includes(' ')).map((c) => c.toLowerCase()));
