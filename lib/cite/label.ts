import type { PageRange } from '../types';
import type { CitedFootnote } from './types';

export function formatPages(pages: PageRange | null): string | null {
  if (!pages) return null;
  return pages.start === pages.end ? `p. ${pages.start}` : `pp. ${pages.start}–${pages.end}`;
}

/** "Turbiville 2010" from a bibliography entry text ("Turbiville, Graham H., Jr. “U.S. ...” 2010."). */
export function shortSource(text: string): string {
  const plain = text.replace(/[*_]/g, '').trim();
  const author = /^([A-Z][\p{L}'’-]+),/u.exec(plain)?.[1];
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(plain)?.[1];
  const title = /[“"]([^”"]+)[”"]/.exec(plain)?.[1];
  const name = author ?? (title ? `“${title.replace(/[.,]$/, '')}”` : plain.split(/[.,]/)[0]);
  return year ? `${name} ${year}` : name;
}

function footnoteLabel(f: CitedFootnote): string {
  const where = f.pages ? `, ${/[-–,]/.test(f.pages) ? 'pp.' : 'p.'} ${f.pages}` : '';
  return f.source ? `${shortSource(f.source.text)}${where}` : `footnote ${f.n}`;
}

/** "Thesis pp. 16–19, §II.B; the thesis cites Turbiville 2010, p. 4." */
export function citationLabel(c: { section: string | null; pages: PageRange | null; footnotes: CitedFootnote[] }): string {
  const head = ['Thesis', formatPages(c.pages), c.section ? `§${c.section}` : null].filter(Boolean);
  let label = head.length > 1 ? `${head[0]} ${head.slice(1).join(', ')}` : 'Thesis';
  if (c.footnotes.length) label += `; the thesis cites ${c.footnotes.map(footnoteLabel).join('; ')}`;
  return `${label}.`;
}
