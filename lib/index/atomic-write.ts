import fs from 'node:fs';
import path from 'node:path';

/** Writes a file so readers see either the old or the new content, never a partial one. */
export function writeFileAtomic(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

/** Points `link` at `target` (relative) by renaming a fresh symlink over it; replaces a plain file or dir left by hand. */
export function replaceSymlink(target: string, link: string): void {
  const tmp = `${link}.${process.pid}.${Date.now()}.tmp`;
  fs.symlinkSync(path.relative(path.dirname(link), target), tmp);
  try {
    const st = fs.lstatSync(link);
    if (!st.isSymbolicLink()) fs.rmSync(link, { recursive: true, force: true });
  } catch {
    // link did not exist
  }
  fs.renameSync(tmp, link);
}
