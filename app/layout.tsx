import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Footnote — grounded answers about one thesis',
  description: 'Ask about "Combating Drug Trafficking" (NPS 2017) and get answers with footnote citations.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
