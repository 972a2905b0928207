export { decodeRecordId, passageApiUrl, passageHref } from './href';
export { excerpt, passageDetail, resolveFootnotes, type PassageSource } from './lookup';
export { streamKey } from './streams';
export type { NeighborPassage, PassageDetail, PassageLink, ResolvedFootnote, SourceRef } from './types';
