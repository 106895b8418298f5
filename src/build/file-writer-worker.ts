// Worker thread of file-writer.ts: writes each batch of files it is sent, then answers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { toWorkerError, type WorkerAnswer } from './worker-pool.ts';
import type { WriteJob } from './file-writer.ts';

// Folders this thread has made: the twins of a day share theirs, and a made folder needs no second call.
const made = new Set<string>();

function write({ dist, files }: WriteJob): void {
  for (const [path, text] of files) {
    const file = join(dist, path);
    const folder = dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, text);
  }
}

parentPort?.on('message', (job: WriteJob) => {
  let answer: WorkerAnswer<null>;
  try {
    write(job);
    answer = { result: null };
  } catch (error) {
    answer = { error: toWorkerError(error) };
  }
  parentPort?.postMessage(answer);
});
