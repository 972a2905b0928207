/** URLs of record views. Record ids contain colons ("thesis:II.E:3"), so they are always encoded. */

/** The shareable passage page of a record. */
export function passageHref(id: string): string {
  return `/passage/${encodeURIComponent(id)}`;
}

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
