import Link from 'next/link';

/** Site-wide links; pages added later append themselves here. */
export const NAV_LINKS: { href: string; label: string }[] = [{ href: '/', label: 'Chat' }];

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <Link href="/" className="brand" aria-label="Footnote home">
        Footnote<span className="brand-mark" aria-hidden="true">¹</span>
      </Link>
      <span className="brand-sub">Curry, <cite>Combating Drug Trafficking</cite>, NPS 2017</span>
      <nav aria-label="Main">
        <ul>
          {NAV_LINKS.map((l) => (
            <li key={l.href}>
              <Link href={l.href}>{l.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
