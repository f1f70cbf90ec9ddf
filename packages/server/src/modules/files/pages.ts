import { Worker } from 'node:worker_threads';

/**
 * What reading a PDF found: its number of pages (null when it cannot be read: damaged, encrypted,
 * not really a PDF) and, when asked for, the text of its pages (empty for a scan without a text
 * layer, null when not asked for or unreadable), or that reading it would cost more than an upload may.
 */
export type PdfInspection = { readable: true; pages: number | null; text: string | null } | { readable: false; reason: 'inflated_size' | 'deadline' | 'memory' };

export interface PdfInspectionLimits {
  /** How long a worker may read one file before it is stopped. */
  deadlineMs: number;
  /** How much all of the file's compressed streams may inflate to, together. */
  maxInflatedBytes: number;
  /** How many characters of the text layer to read (0: none, only the pages are counted). */
  maxTextChars: number;
}

export const PDF_INSPECTION_LIMITS: PdfInspectionLimits = { deadlineMs: 5_000, maxInflatedBytes: 128 * 1024 * 1024, maxTextChars: 0 };
// Each worker's JavaScript heap; a worker that outgrows it stops, and the file is refused.
const WORKER_HEAP_MB = 256;
// Files are read two at a time at most, so that a burst of uploads cannot take every core and all the memory.
const MAX_WORKERS = 2;

// Compiled, this module and its worker are JavaScript side by side. Under tsx and vitest they are
// TypeScript, which Node 20 cannot start a worker from: the worker then registers tsx first.
const compiled = import.meta.url.endsWith('.js');
const WORKER = new URL(`./pages-worker.${compiled ? 'js' : 'ts'}`, import.meta.url).href;
const BOOTSTRAP = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { workerData } from 'node:worker_threads';
     if (workerData.loader) (await import(workerData.loader)).register();
     await import(workerData.entry);`,
  )}`,
);

const idle: Worker[] = [];
/** Resolves once a worker has loaded its code: a file's deadline runs from then, not from a slow start. */
const loaded = new WeakMap<Worker, Promise<void>>();

function startWorker(): Worker {
  const worker = new Worker(BOOTSTRAP, {
    workerData: { entry: WORKER, loader: compiled ? null : import.meta.resolve('tsx/esm/api') },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // An idle worker does not keep the process alive; a file being read does, by its deadline.
  worker.unref();
  // A worker that fails is not used again (while reading a file, ask() answers for it as well).
  const forget = () => {
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
  };
  worker.on('error', forget).on('exit', forget);
  loaded.set(
    worker,
    new Promise((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`The PDF inspection worker stopped with code ${code} while starting`)));
    }),
  );
  return worker;
}

/** Has the worker read one file; a worker that failed or overran is not used again. */
function ask(worker: Worker, content: Uint8Array, limits: PdfInspectionLimits): Promise<{ inspection: PdfInspection; reusable: boolean }> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(deadline);
      worker.off('message', answered).off('error', failed).off('exit', exited);
      outcome();
    };
    const answered = (inspection: PdfInspection) => settle(() => resolve({ inspection, reusable: true }));
    const failed = (error: NodeJS.ErrnoException) =>
      settle(() => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve({ inspection: { readable: false, reason: 'memory' }, reusable: false }) : reject(error)));
    const exited = (code: number) => settle(() => reject(new Error(`The PDF inspection worker stopped with code ${code} before answering`)));
    const deadline = setTimeout(() => settle(() => resolve({ inspection: { readable: false, reason: 'deadline' }, reusable: false })), limits.deadlineMs);
    worker.on('message', answered).on('error', failed).on('exit', exited);
    worker.postMessage({ content, maxInflatedBytes: limits.maxInflatedBytes, maxTextChars: limits.maxTextChars });
  });
}

const waiting: Array<() => void> = [];
let reading = 0;

/** PDFs being read now, and waiting for a worker: a server that keeps answering shows them in its health. */
export const pdfInspectionsUnderway = () => ({ reading, waiting: waiting.length });

/** Reads a PDF in a worker thread, within the limits, so that the server keeps answering meanwhile. */
export async function inspectPdf(content: Uint8Array, limits: PdfInspectionLimits = PDF_INSPECTION_LIMITS): Promise<PdfInspection> {
  if (reading >= MAX_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  reading += 1;
  const worker = idle.pop() ?? startWorker();
  let reusable = false;
  try {
    await loaded.get(worker);
    const answer = await ask(worker, content, limits);
    reusable = answer.reusable;
    return answer.inspection;
  } finally {
    if (reusable) idle.push(worker);
    else void worker.terminate();
    reading -= 1;
    waiting.shift()?.();
  }
}
