// Files a build keeps for the next one (the manifests in the cache folder, the published articles): written whole or
// not at all, so that a build killed part-way (a cancelled CI job, the out-of-memory killer) never leaves half a file,
// and read back as nothing, with a one-line notice, when one is damaged all the same (a full disk, a hand edit).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** A name of this process and thread's own beside `file`, renamed over it once written: a rename is all or nothing. */
const partialName = (file: string) => `${file}.${process.pid}-${threadId}.partial`;

export async function writeKeptFile(file: string, text: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const partial = partialName(file);
  await writeFile(partial, text);
  await rename(partial, file);
}

export function writeKeptFileSync(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = partialName(file);
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/**
 * The JSON kept in `file`, or null when there is none yet or it cannot be read as JSON. A damaged file is removed,
 * and `notice` gets one line saying so: the caller then starts its part afresh, as on a first build.
 */
export async function readKeptJson<T>(file: string, notice: (message: string) => void): Promise<T | null> {
  await removeLeftovers(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    await rm(file, { force: true });
    notice(`${file} was damaged (a build stopped while writing it?): discarded; this build redoes what it recorded`);
    return null;
  }
}

/** Removes what a killed build left half written beside `file` (one build at a time: build-lock.ts). */
async function removeLeftovers(file: string): Promise<void> {
  const prefix = `${basename(file)}.`;
  const mine = basename(partialName(file));
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.partial') && name !== mine)
      .map((name) => rm(join(dirname(file), name), { force: true })),
  );
}
