/** URLs of record views. Record ids contain colons ("thesis:II.E:3"), so they are always encoded. */

/** The shareable passage page of a record; with a quote, the page highlights it. */
export function passageHref(id: string, quote?: string): string {
  const q = quote?.trim();
  return `/passage/${encodeURIComponent(id)}${q ? `?q=${encodeURIComponent(q.slice(0, MAX_QUOTE_CHARS))}` : ''}`;
}

/** Longest quote carried in a passage link. */
export const MAX_QUOTE_CHARS = 1500;

/** The JSON of a record (GET /api/passages/[id]). */
export function passageApiUrl(id: string): string {
  return `/api/passages/${encodeURIComponent(id)}`;
}

/** Decodes a URL path segment holding a record id; tolerant of an already-decoded id. */
export function decodeRecordId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
