import fs from 'node:fs';
import { AppError } from '../errors';
import { dataPaths, type Manifest } from './paths';

/** The current manifest, or null when no index has been built yet. Throws index-corrupt if unreadable. */
export function readManifest(dataDir: string): Manifest | null {
  const file = dataPaths(dataDir).manifest;
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const m = JSON.parse(raw) as Manifest;
    if (typeof m.buildId !== 'string' || !m.model?.id) throw new Error('fields missing');
    return m;
  } catch {
    throw new AppError('index-corrupt', 'The index manifest is corrupt. Run `npm run ingest` to rebuild the index.');
  }
}
