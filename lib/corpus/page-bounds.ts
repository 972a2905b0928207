/**
 * Page estimation without page markers. The body is a stream of tokens:
 * - `anchor`: something whose printed page is known (a TOC heading, a table from the List of Tables);
 * - `break`: a certain page break (a footnote block ends a page; a paragraph cut in two; a blank page);
 * - `content`: an item whose page range we want.
 * A forward pass gives a lower bound (last anchor + breaks since), a backward pass an upper bound
 * (next anchor − breaks until it). Consecutive breaks count once. Anchors that contradict the
 * bounds are reported (that would mean a wrong TOC page or a mis-detected break).
 */
export type FlowToken = { kind: 'anchor'; page: number; label: string } | { kind: 'break' } | { kind: 'content'; key: number };

export interface PageBounds {
  lo: Map<number, number>;
  hi: Map<number, number>;
  warnings: string[];
}

export function pageBounds(tokens: readonly FlowToken[]): PageBounds {
  const flow = tokens.filter((t, i) => !(t.kind === 'break' && (i === 0 || tokens[i - 1].kind === 'break')));
  const lo = new Map<number, number>();
  const hi = new Map<number, number>();
  const warnings: string[] = [];
  let cur: number | null = null;
  for (const t of flow) {
    if (t.kind === 'anchor') {
      if (cur !== null && cur > t.page) warnings.push(`${t.label} is on p. ${t.page} but at least ${cur} pages are counted before it`);
      cur = t.page;
    } else if (t.kind === 'break') {
      if (cur !== null) cur++;
    } else if (cur !== null) lo.set(t.key, cur);
  }
  cur = null;
  for (let i = flow.length - 1; i >= 0; i--) {
    const t = flow[i];
    if (t.kind === 'anchor') {
      if (cur !== null && cur < t.page) warnings.push(`${t.label} is on p. ${t.page} but what follows it must end by p. ${cur}`);
      cur = t.page;
    } else if (t.kind === 'break') {
      if (cur !== null) cur--;
    } else if (cur !== null) hi.set(t.key, cur);
  }
  return { lo, hi, warnings };
}
