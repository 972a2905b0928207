import Link from 'next/link';

export default function PassageNotFound() {
  return (
    <div className="page narrow">
      <h1>No such passage</h1>
      <p>This link does not point at a passage of the thesis. Passage ids look like <code>thesis:II.E:3</code>.</p>
      <p>
        <Link href="/">Ask the thesis a question</Link>
      </p>
    </div>
  );
}
