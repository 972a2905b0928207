import { isBlankPageMarker } from './blocks';
import { findHeadingLine } from './body';
import { tocLines, type TocEntry } from './toc';

/** Where the parts of the thesis sit (0-based line indexes). */
export interface ThesisLayout {
  /** First line of chapter I. */
  bodyStart: number;
  /** The "LIST OF REFERENCES" heading line (or end of text). */
  bodyEnd: number;
  /** End of the references (blank-page marker, INITIAL DISTRIBUTION LIST or end of text). */
  referencesEnd: number;
  /** A blank page sits between the references and the next TOC entry. */
  blankAfterReferences: boolean;
}

export function locateParts(lines: readonly string[], text: string, toc: readonly TocEntry[]): ThesisLayout {
  const sections = toc.filter((e) => e.kind === 'section');
  const afterToc = Math.max(0, tocLines(text).endLine);
  const bodyStart = sections.length ? findHeadingLine(lines, sections[0], afterToc) : -1;
  if (bodyStart < 0) throw new Error(`thesis: the heading of the first TOC entry ("${sections[0]?.title ?? '?'}") was not found in the body`);
  let bodyEnd = lines.findIndex((l, i) => i > bodyStart && l.trim() === 'LIST OF REFERENCES');
  if (bodyEnd < 0) bodyEnd = lines.length;
  let referencesEnd = bodyEnd + 1;
  while (referencesEnd < lines.length && !isBlankPageMarker(lines[referencesEnd]) && lines[referencesEnd].trim() !== 'INITIAL DISTRIBUTION LIST') referencesEnd++;
  const blankAfterReferences = referencesEnd < lines.length && isBlankPageMarker(lines[referencesEnd]);
  return { bodyStart, bodyEnd: Math.min(bodyEnd, lines.length), referencesEnd: Math.min(referencesEnd, lines.length), blankAfterReferences };
}
