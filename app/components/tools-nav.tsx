import Link from 'next/link';

/** The instructor and staff tools; each tool page shows this bar (the site header is the chat's). */
export const TOOL_LINKS = [
  { href: '/sources', label: 'Sources' },
  { href: '/audit', label: 'Citation audit' },
  { href: '/check', label: 'Claim check' },
  { href: '/timeline', label: 'Timeline' },
] as const;

export type ToolHref = (typeof TOOL_LINKS)[number]['href'];

export function ToolsNav({ current }: { current?: ToolHref }) {
  return (
    <nav aria-label="Tools" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.45rem', alignItems: 'center', margin: '0 0 1rem', fontSize: '0.9rem' }}>
      <Link href="/" className="chip">
        Chat
      </Link>
      {TOOL_LINKS.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          className="chip"
          aria-current={l.href === current ? 'page' : undefined}
          style={l.href === current ? { borderColor: 'var(--accent)', color: 'var(--accent)', fontWeight: 600 } : undefined}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
