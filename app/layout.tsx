import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from './components/site-header';
import './globals.css';

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
