/** Where answer sentences (given without markers) sit in the answer text with its markers and Markdown. */

const MARKER = /^\[\d{1,3}\]/;
const SKIP = /[\s*_`]/;

function squeeze(s: string): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; ) {
    const m = s[i] === '[' ? MARKER.exec(s.slice(i, i + 6)) : null;
    if (m) {
      i += m[0].length;
    } else {
      if (!SKIP.test(s[i])) {
        chars += s[i];
        at.push(i);
      }
      i++;
    }
  }
  return { chars, at };
}

/** The [start, end) range of each sentence in `text`, in order; sentences not found are left out. */
export function locateSentences(text: string, sentences: readonly string[]): { start: number; end: number }[] {
  const hay = squeeze(text);
  const out: { start: number; end: number }[] = [];
  let from = 0;
  for (const sentence of sentences) {
    const needle = squeeze(sentence).chars;
    if (!needle) continue;
    let idx = hay.chars.indexOf(needle, from);
    if (idx < 0) idx = hay.chars.indexOf(needle);
    if (idx < 0) continue;
    out.push({ start: hay.at[idx], end: hay.at[idx + needle.length - 1] + 1 });
    from = idx + needle.length;
  }
  return out;
}
