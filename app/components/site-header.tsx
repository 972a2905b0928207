import Link from 'next/link';
import { NavLinks } from './nav-links';
import { TOOL_LINKS } from './tools-nav';

/** Site-wide links: the chat, then the instructor and staff tools. */
export const NAV_LINKS: readonly { href: string; label: string }[] = [{ href: '/', label: 'Chat' }, ...TOOL_LINKS];

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
        <NavLinks links={NAV_LINKS} />
      </nav>
    </header>
  );
}
