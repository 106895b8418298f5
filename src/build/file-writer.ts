// Writes the files the build makes beside Astro's pages (twins, quote pages) on a thread of its own, with synchronous
// file-system calls: on the build's thread, each file's folder, open, write and close would be four round trips to
// Node's thread pool, taken from Astro's page rendering, which runs on that thread alone.
import { WorkerPool } from './worker-pool.ts';

/** One batch of files to write: output-relative paths (with `/`) and their text. */
export interface WriteJob {
  dist: string;
  files: [path: string, text: string][];
}

/** A writer of files into one output folder; `close` it once every write has been awaited. */
export interface FileWriter {
  /** Writes the files (making their folders), resolving once all are on disk. */
  write(files: [path: string, text: string][]): Promise<void>;
  close(): Promise<void>;
}

/** A writer into `dist`, on one worker thread: the disk takes one file at a time best. */
export function fileWriter(dist: string): FileWriter {
  const pool = new WorkerPool<WriteJob, null>('src/build/file-writer-worker.ts', 1);
  return {
    write: async (files) => {
      await pool.run({ dist, files });
    },
    close: () => pool.close(),
  };
}
