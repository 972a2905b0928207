/** Instructor and staff tools over the corpus: sources, citation audit, claim check, timeline. */
export { listSources, type SourceListing, type SourceCitation } from './sources';
export { footnoteSourceIds } from './cited-sources';
export { auditCorpus } from './audit/audit';
export { auditMarkdown, FLAG_TITLES } from './audit/markdown';
export { FLAG_KINDS, type AuditReport, type AuditFlag, type FlagKind, type FootnoteRow, type SourceCheck, type FlagEvidence } from './audit/types';
export { checkClaim, verdictFor, SUPPORTED_AT, PARTLY_AT, type ClaimCheck, type ClaimEvidence, type Verdict } from './claim-check';
export { evidenceCitation, sourcePassageLabel } from './evidence';
export * from './timeline';
