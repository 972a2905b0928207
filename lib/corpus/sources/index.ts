/** Full texts of cited sources: `corpus/sources/` + manifest → records of kind `source-passage`. */
export { parseSourceManifest, checkSourceIds, SOURCE_MANIFEST, SOURCE_EXTENSIONS, type SourceManifest, type SourceManifestEntry } from './manifest';
export { extractSourcePages, neutralizeSuperscripts, type SourcePage } from './extract-text';
export { htmlToText } from './html-text';
export { pdfPages } from './pdf-text';
export { sourceRecords, sourceShortLabel, sourceDocName, pageParagraphs, type SourceDocument } from './source-records';
