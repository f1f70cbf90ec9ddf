import type { FastifyBaseLogger } from 'fastify';

export interface BackgroundJob {
  name: string;
  everyMs: number;
  /** One pass; returns how much it did, for the log. Safe to run on several instances at once. */
  run(): Promise<number>;
}

/** Runs each job on its interval, one pass at a time, until `stop` is called. */
export function startBackgroundJobs(jobs: BackgroundJob[], log: FastifyBaseLogger): { stop(): Promise<void> } {
  let stopping = false;
  const running = new Set<Promise<void>>();
  const timers = jobs.map((job) => {
    let busy = false;
    return setInterval(() => {
      if (busy || stopping) return;
      busy = true;
      const pass = job
        .run()
        .then((done) => {
          if (done > 0) log.debug({ job: job.name, done }, 'background job pass');
        })
        .catch((error: unknown) => log.error({ err: error, job: job.name }, 'background job failed'))
        .finally(() => {
          busy = false;
          running.delete(pass);
        });
      running.add(pass);
    }, job.everyMs);
  });
  return {
    async stop() {
      stopping = true;
      timers.forEach(clearInterval);
      await Promise.all(running);
    },
  };
}
