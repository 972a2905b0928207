import { STARTERS } from './suggestions';

/** The empty conversation: what Footnote is, and starter questions for each audience. */
export function Intro({ onAsk, disabled }: { onAsk: (q: string) => void; disabled?: boolean }) {
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h1 id="intro-title">Ask the thesis</h1>
      <p className="lede">
        Questions about <cite>Combating Drug Trafficking: Variation in the United States’ Military Cooperation with Colombia and Mexico</cite>{' '}
        (Brian S. Curry, Naval Postgraduate School, 2017). Every sentence of an answer carries a footnote to the passage it comes
        from, the thesis’s own footnote, and the source behind it.
      </p>
      <div className="starters">
        {STARTERS.map((g) => (
          <section key={g.audience} className="starter-group" aria-label={`Starter questions for ${g.audience.toLowerCase()}`}>
            <h2>{g.audience}</h2>
            <ul>
              {g.questions.map((q) => (
                <li key={q}>
                  <button type="button" className="starter" onClick={() => onAsk(q)} disabled={disabled}>
                    {q}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
