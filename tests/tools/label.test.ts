import { describe, expect, it } from 'vitest';
import { citationLabel } from '@/lib/cite/label';
import { evidenceCitation } from '@/lib/tools';
import type { CorpusRecord } from '@/lib/types';
import { thesisCorpus } from './helpers';

describe('citation labels for passages of cited sources', () => {
  it('read "Turbiville 2010, p. 4." for a source passage, and as before for thesis records', () => {
    expect(citationLabel({ kind: 'source-passage', sectionTitle: 'Turbiville 2010', section: null, pages: { start: 4, end: 4 }, footnotes: [] })).toBe('Turbiville 2010, p. 4.');
    expect(citationLabel({ kind: 'source-passage', sectionTitle: 'Cook 2004', section: null, pages: { start: 127, end: 128 }, footnotes: [] })).toBe('Cook 2004, pp. 127–128.');
    expect(citationLabel({ kind: 'source-passage', sectionTitle: 'Wendt 1992', section: null, pages: null, footnotes: [] })).toBe('Wendt 1992.');
    expect(citationLabel({ section: 'II.B', pages: { start: 17, end: 18 }, footnotes: [] })).toBe('Thesis pp. 17–18, §II.B.');
    expect(citationLabel({ kind: 'passage', sectionTitle: 'PRIOR TO WORLD WAR II', section: 'II.B', pages: { start: 17, end: 17 }, footnotes: [] })).toBe('Thesis p. 17, §II.B.');
  });

  it('evidence cards of source passages carry no thesis footnotes', () => {
    const record: CorpusRecord = {
      id: 'source:turbiville-2010:1',
      kind: 'source-passage',
      doc: 'sources/turbiville-2010.pdf',
      section: null,
      sectionTitle: 'Turbiville 2010',
      pages: { start: 4, end: 4 },
      text: 'Mexico lost over half of its land.',
      searchText: 'Mexico lost over half of its land.',
      footnotes: [],
      sourceId: 'bib:turbiville-2010',
      order: 0,
    };
    expect(evidenceCitation(thesisCorpus(), record, record.text)).toMatchObject({ id: record.id, label: 'Turbiville 2010, p. 4.', footnotes: [], quote: record.text });
  });
});
