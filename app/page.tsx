import { SearchBox } from './search-box';

export default function HomePage() {
  return (
    <main>
      <h1>Footnote</h1>
      <p className="muted">
        Search <em>Combating Drug Trafficking: Variation in the United States&apos; Military Cooperation with Colombia
        and Mexico</em> (Brian S. Curry, Naval Postgraduate School, 2017) — passages, footnotes, tables and sources.
      </p>
      <SearchBox />
    </main>
  );
}
