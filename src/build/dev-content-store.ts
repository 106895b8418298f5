// `npm run dev` starts from the last build's content store when that is the newer one. Astro keeps the two stores apart
// (the build's in the cache folder, the dev server's in .astro/), so the first dev server after a build rendered every
// article again before it answered. A store made with other settings is still cleared by Astro's own check.
import { copyFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const modified = (file: string): number => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;

/** Copies the build's store over the dev server's when it is newer (or the dev server has none); says whether it did. */
export function seedDevStore(buildStore: string, devStore: string): boolean {
  const built = modified(buildStore);
  if (built < 0 || built <= modified(devStore)) return false;
  mkdirSync(dirname(devStore), { recursive: true });
  // Copied aside, then renamed: a dev server stopped mid-copy must not leave half a store for the next one to read.
  const partial = `${devStore}.${process.pid}.tmp`;
  copyFileSync(buildStore, partial);
  renameSync(partial, devStore);
  return true;
}
