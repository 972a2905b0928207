/** Corpus stage: parse the thesis (and any other corpus documents) into the shared Corpus model. */
export { buildCorpus, buildCorpusWithReport, docName, isCorpusFile, CORPUS_VERSION, THESIS_FILE, type CorpusFile } from './build-corpus';
export { parseThesis, type ParsedThesis } from './parse-thesis';
export { parseToc, parseListOfTables, type TocEntry } from './toc';
export { buildSections } from './sections';
export { parseFootnotes, parseFootnoteDefs, type FootnoteDef } from './footnote-defs';
export { resolveFootnoteSources, parseIbid, isIbid, type SourceResolution } from './footnote-sources';
export { matchCitation, citationParts } from './bib-match';
export { citedPages } from './cited-pages';
export { parseBibliography, parseBibliographyItem } from './bibliography';
export { parseTables, parseTableBlock, tableRowText, tableText, type ParsedTable } from './tables';
export { parseFrontMatter, parseAcronyms } from './front-matter';
export { chunkSection, DEFAULT_CHUNK_OPTIONS, resolveChunkOptions, type ChunkOptions, type Chunk } from './chunk';
export { splitSentences } from './sentences';
export { normalizeSearchText, normalizeForMatch, cleanDisplayText, straightenQuotes } from './normalize';
export { parsePlainDocument, plainRecords } from './plain-doc';
export { findMarkers, stripMarkers, toSuperscript } from './superscript';
