/** The instructor and staff tools, linked from the site header (app/components/site-header.tsx). */
export const TOOL_LINKS = [
  { href: '/sources', label: 'Sources' },
  { href: '/audit', label: 'Citation audit' },
  { href: '/check', label: 'Claim check' },
  { href: '/timeline', label: 'Timeline' },
] as const;

export type ToolHref = (typeof TOOL_LINKS)[number]['href'];
