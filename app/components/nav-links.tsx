'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The header's links, the current page marked for assistive technology and the eye. */
export function NavLinks({ links }: { links: readonly { href: string; label: string }[] }) {
  const path = usePathname();
  return (
    <ul>
      {links.map((l) => {
        const current = l.href === '/' ? path === '/' : path === l.href || path.startsWith(`${l.href}/`);
        return (
          <li key={l.href}>
            <Link href={l.href} aria-current={current ? 'page' : undefined}>
              {l.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
