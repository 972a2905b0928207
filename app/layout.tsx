import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from './components/site-header';
import './globals.css';

// Pages render per request so Next.js can put the proxy's CSP nonce on its scripts.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Footnote — grounded answers about one thesis',
  description: 'Ask about "Combating Drug Trafficking" (NPS 2017) and get answers with footnote citations.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#17161a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        <main id="content">{children}</main>
      </body>
    </html>
  );
}
