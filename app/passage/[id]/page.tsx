import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { toAppError } from '@/lib/errors';
import { getStore } from '@/lib/index/current-store';
import { decodeRecordId, MAX_QUOTE_CHARS } from '@/lib/passages/href';
import { passageDetail } from '@/lib/passages/lookup';
import type { PassageDetail } from '@/lib/passages/types';
import { whereLabel } from '../../components/format';
import { PassageView } from './passage-view';

export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function load(params: Props['params']): Promise<{ passage: PassageDetail | null; problem?: string }> {
  const id = decodeRecordId((await params).id);
  try {
    return { passage: passageDetail(await getStore(), id) };
  } catch (err) {
    return { passage: null, problem: toAppError(err).message };
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { passage } = await load(params);
  return { title: passage ? `${whereLabel(passage)} — Footnote` : 'Passage — Footnote' };
}

/** A shareable view of one record in its section, with its footnotes, sources and neighbours. */
export default async function PassagePage({ params, searchParams }: Props) {
  const { passage, problem } = await load(params);
  const q = (await searchParams).q;
  const quote = typeof q === 'string' ? q.slice(0, MAX_QUOTE_CHARS) : undefined;
  if (problem) {
    return (
      <div className="page narrow" role="alert">
        <h1>The thesis index is not available</h1>
        <p>{problem}</p>
      </div>
    );
  }
  if (!passage) notFound();
  return <PassageView passage={passage} quote={quote} />;
}
