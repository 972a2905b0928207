import type { PartReference } from '../../retrieve/part-reference';
import { documentQuestion, type DocumentFact } from './document-question';
import { askedFootnote } from './footnote-question';
import { asksOrganization } from './organization';
import { askedLocation } from './location-question';
import { askedComparison } from './comparison';
import { askedSourceAge, askedSourceKind, type SourceKind } from '../../tools/source-kinds';
import { askedSummary, asksResearchQuestion } from './part-summary';
import { asksRecommendation } from './recommendation';
import { askedCitedAuthor } from './cited-author';
import { asksCitationAudit } from './audit-question';
import { asksIbid } from './ibid-question';
import { asksLeastCited, asksMostCited } from './most-cited';
import { asksTableList } from './table-list';
import { asksPublication } from './publication';
import { askedCells, type CellAsk } from './table-cells';

/** A question that points at its answer outright, and what it points at. */
export type NamedQuestion =
  | { kind: 'footnote'; n: number }
  | { kind: 'document'; fact: DocumentFact }
  | { kind: 'research' }
  | { kind: 'organization' }
  | { kind: 'location'; topic: string }
  | { kind: 'comparison'; sides: [string, string] }
  | { kind: 'source-kind'; sourceKind: SourceKind }
  | { kind: 'source-age'; end: 'oldest' | 'newest' }
  | { kind: 'recommendation' }
  | { kind: 'summary'; part: PartReference }
  | { kind: 'cited'; author: string }
  | { kind: 'audit' }
  | { kind: 'ibid' }
  | { kind: 'most-cited'; least?: boolean }
  | { kind: 'tables' }
  | { kind: 'publication' }
  | { kind: 'cells'; ask: CellAsk };

/**
 * What a question names outright, read once for both retrieval (which records go first) and the
 * answer. A footnote named in the question wins: "Who wrote the study cited in footnote 5?" is
 * about that source, not the thesis's author; then an author whose citations are asked about
 * ("Which claims cite Turbiville?").
 */
export function namedQuestion(question: string): NamedQuestion | null {
  const n = askedFootnote(question);
  if (n !== null) return { kind: 'footnote', n };
  // "Which claims rely on Ibid.?": the claims whose footnote is an Ibid. ("Ibid." is no author).
  if (asksIbid(question)) return { kind: 'ibid' };
  const author = askedCitedAuthor(question);
  if (author) return { kind: 'cited', author };
  // "Which sources does the thesis cite most?": counted from the footnotes.
  if (asksMostCited(question)) return { kind: 'most-cited' };
  // "Which sources are cited only once?": the other end of the count.
  if (asksLeastCited(question)) return { kind: 'most-cited', least: true };
  // "Which newspaper articles does the thesis cite?": the bibliography's entries of that kind.
  const sourceKind = askedSourceKind(question);
  if (sourceKind) return { kind: 'source-kind', sourceKind };
  // "What is the oldest source the thesis cites?": the bibliography's entries of the earliest year.
  const end = askedSourceAge(question);
  if (end) return { kind: 'source-age', end };
  // "When was the thesis published?" is about this document (its title page), not a cited work.
  const fact = documentQuestion(question);
  if (fact) return { kind: 'document', fact };
  // "Who published Coleman's book?": the work's full citation (which work, if any, is read from the bibliography).
  if (asksPublication(question)) return { kind: 'publication' };
  // "Where are the thesis's citations weak?": the citation audit's findings.
  if (asksCitationAudit(question)) return { kind: 'audit' };
  if (asksResearchQuestion(question)) return { kind: 'research' };
  // "Which section discusses the Korean War?": where the topic is, not what the thesis says of it.
  const topic = askedLocation(question);
  if (topic) return { kind: 'location', topic };
  if (asksOrganization(question)) return { kind: 'organization' };
  // "What is the difference between realism and liberalism?": each side, side by side.
  const sides = askedComparison(question);
  if (sides) return { kind: 'comparison', sides };
  // "In which periods is liberalism marked Yes for Mexico?": the rows holding that value.
  const cells = askedCells(question);
  if (cells) return { kind: 'cells', ask: cells };
  if (asksTableList(question)) return { kind: 'tables' };
  if (asksRecommendation(question)) return { kind: 'recommendation' };
  const part = askedSummary(question);
  return part ? { kind: 'summary', part } : null;
}
