/**
 * Citation markers in model output. Models cite numbered passages as [3], [1, 4], [2-3] or
 * [1][2]; markers are renumbered into citation numbers in order of first use, and markers that
 * point at no passage are dropped. The same class serves streaming (push/flush) and whole texts.
 */

/** A complete marker group: digits with commas, spaces or ranges, optionally "Passage 3" style. */
const MARKER = /\[(?:passages?\s*)?(\d{1,3}(?:\s*(?:,|-|–|and)\s*(?:passages?\s*)?\d{1,3})*)\]/gi;
/** A trailing fragment that could still become a marker when more text arrives. */
const PARTIAL = /\[(?:[\dpasge\s,–-]|and)*$/i;

/** Expands "1, 3-4" into [1, 3, 4] (ranges capped to keep a malformed range harmless). */
export function parseMarkerNumbers(body: string): number[] {
  const out: number[] = [];
  for (const part of body.toLowerCase().replace(/passages?/g, '').split(/\s*(?:,|and)\s*/)) {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part.trim());
    if (range) {
      const [a, b] = [Number(range[1]), Number(range[2])];
      for (let n = a; n <= b && n - a < 20; n++) out.push(n);
    } else if (/^\d+$/.test(part.trim())) out.push(Number(part.trim()));
  }
  return out;
}

export class MarkerRenumberer {
  /** passages[n - 1] is the passage number behind citation n. */
  readonly passages: number[] = [];
  private held = '';

  constructor(private readonly passageCount: number) {}

  private citationNumber(passage: number): number | null {
    if (!Number.isInteger(passage) || passage < 1 || passage > this.passageCount) return null;
    let i = this.passages.indexOf(passage);
    if (i < 0) i = this.passages.push(passage) - 1;
    return i + 1;
  }

  private rewrite(text: string): string {
    return text.replace(new RegExp(`(\\s*)${MARKER.source}`, 'gi'), (_all, space: string, body: string) => {
      const nums = [...new Set(parseMarkerNumbers(body).map((p) => this.citationNumber(p)).filter((n): n is number => n !== null))];
      return nums.length ? `${space}${nums.map((n) => `[${n}]`).join('')}` : '';
    });
  }

  /** Feeds a chunk; returns the text that is safe to emit now (a possible partial marker and trailing space are held). */
  push(chunk: string): string {
    const text = this.held + chunk;
    const partial = PARTIAL.exec(text);
    let cut = partial && text.length - partial.index <= 40 ? partial.index : text.length;
    while (cut > 0 && /\s/.test(text[cut - 1])) cut--;
    this.held = text.slice(cut);
    return this.rewrite(text.slice(0, cut));
  }

  /** Emits whatever is still held at the end of the text. */
  flush(): string {
    const rest = this.rewrite(this.held);
    this.held = '';
    return rest;
  }
}

/** Renumbers a whole text at once; returns the text and the passage behind each citation number. */
export function renumberMarkers(text: string, passageCount: number): { text: string; passages: number[] } {
  const r = new MarkerRenumberer(passageCount);
  const out = r.push(text) + r.flush();
  return { text: out, passages: r.passages };
}

/** Citation numbers of the [n] markers in already renumbered text, and the text without them. */
export function extractMarkers(text: string): { clean: string; citations: number[] } {
  const citations: number[] = [];
  const clean = text
    .replace(/\s*\[(\d{1,3})\]/g, (_m, n: string) => {
      if (!citations.includes(Number(n))) citations.push(Number(n));
      return '';
    })
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { clean, citations };
}
