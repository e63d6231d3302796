import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The first folder on the way to `path` that other users may not enter (no `x` for others), or
 * null. As root, embedded PostgreSQL runs as the `postgres` system user, which must pass through
 * every folder above its binaries and data: a clone under `/root` or a `mktemp -d` folder (both
 * mode 700) makes initdb fail with a bare EACCES, so the start names the folder instead.
 */
export function firstClosedFolder(path: string): string | null {
  const folders: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    try {
      if ((statSync(folder).mode & 0o001) === 0) return folder;
    } catch {
      return null; // not there yet: it will be created, with the usual permissions
    }
  }
  return null;
}
