// Worker threads that take jobs in the order asked, as many as the machine has cores: for the build's CPU-bound work
// (drawing share cards, rendering markdown) that would otherwise run one item at a time on the build's one thread.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** What a worker posts back for each job: its result, or what went wrong. */
export type WorkerAnswer<Result> = { result: Result } | { error: WorkerError };

/** An error as it crosses the thread boundary: its message, stack, and remark's `reason` and `line` when it has them. */
export interface WorkerError {
  message: string;
  stack?: string | undefined;
  reason?: string | undefined;
  line?: number | undefined;
}

/** The thrown value as plain data, for a worker to post. */
export function toWorkerError(error: unknown): WorkerError {
  if (!(error instanceof Error)) return { message: String(error) };
  const { reason, line } = error as { reason?: unknown; line?: unknown };
  return {
    message: error.message,
    stack: error.stack,
    reason: typeof reason === 'string' ? reason : undefined,
    line: typeof line === 'number' ? line : undefined,
  };
}

interface Task<Job, Result> {
  job: Job;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

/** A worker thread and the task it is on, if any. */
interface Slot<Job, Result> {
  worker: Worker;
  busy: Task<Job, Result> | null;
}

/**
 * A pool of one worker script. A worker is ref'd only while it works: idle workers never keep a finished build from
 * exiting. The script is a .ts file run by Node's type stripping, named from the project root (Astro's `root`), not from
 * the module using the pool: that may be a bundled chunk elsewhere, and the worker must not go through the bundler.
 */
export class WorkerPool<Job, Result> {
  readonly #script: string;
  readonly #size: number;
  readonly #slots: Slot<Job, Result>[] = [];
  readonly #waiting: Task<Job, Result>[] = [];

  /**
   * `script`: its file URL, or a path from the current folder, which a build run from elsewhere (`astro build --root`)
   * does not find; `size`: most workers at once (default: the number of cores).
   */
  constructor(script: URL | string, size = availableParallelism()) {
    this.#script = typeof script === 'string' ? resolve(script) : fileURLToPath(script);
    this.#size = size;
  }

  run(job: Job): Promise<Result> {
    return new Promise((done, fail) => {
      this.#waiting.push({ job, resolve: done, reject: fail });
      this.#next();
    });
  }

  /** Stops every worker, freeing its memory (a later job starts new ones). Only when no job is waiting or running. */
  async close(): Promise<void> {
    if (this.#waiting.length > 0 || this.#slots.some((slot) => slot.busy))
      throw new Error('worker pool closed with jobs still to do');
    await Promise.all(this.#slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  #next(): void {
    while (this.#waiting.length > 0) {
      const slot = this.#slots.find((s) => !s.busy) ?? (this.#slots.length < this.#size ? this.#spawn() : undefined);
      const task = slot && this.#waiting.shift();
      if (!slot || !task) return;
      slot.busy = task;
      slot.worker.ref();
      slot.worker.postMessage(task.job);
    }
  }

  #spawn(): Slot<Job, Result> {
    const slot: Slot<Job, Result> = { worker: new Worker(this.#script), busy: null };
    slot.worker.unref();
    slot.worker.on('message', (answer: WorkerAnswer<Result>) => {
      const task = slot.busy;
      slot.busy = null;
      slot.worker.unref();
      if ('error' in answer) task?.reject(Object.assign(new Error(answer.error.message), answer.error));
      else task?.resolve(answer.result);
      this.#next();
    });
    slot.worker.on('error', (error) => {
      slot.busy?.reject(error);
      this.#slots.splice(this.#slots.indexOf(slot), 1);
      this.#next();
    });
    this.#slots.push(slot);
    return slot;
  }
}
