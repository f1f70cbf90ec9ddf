import { type ChildProcess, fork } from 'node:child_process';

const MAIN = new URL('../../src/main.ts', import.meta.url).pathname;

/** Instances still running when the bench ends, however it ends, are ended with it. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * One MotCua instance as production starts it (`src/main.ts`, run from the sources by tsx, so that
 * the bench needs no build): its own process, configured by the environment only, so that SIGKILL
 * takes it down mid-request as a crash would.
 */
export class Instance {
  private child: ChildProcess | undefined;
  readonly base: string;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {
    this.base = `http://127.0.0.1:${port}`;
  }

  /**
   * Starts the process and resolves when it answers `/api/health`. A start that fails (the process
   * exits first) is tried again, as a supervisor would, up to `tries` times: the reasons it gave
   * (the line of its stderr that names the error) are returned with whether it is up and the time
   * from the first start to its answer (or to the last failure), in ms.
   */
  async start(tries = 5): Promise<{ up: boolean; ms: number; failures: string[] }> {
    const started = performance.now();
    const failures: string[] = [];
    while (failures.length < tries) {
      const failure = await this.startOnce();
      if (failure === undefined) return { up: true, ms: performance.now() - started, failures };
      failures.push(failure);
    }
    return { up: false, ms: performance.now() - started, failures };
  }

  private async startOnce(): Promise<string | undefined> {
    const child = fork(MAIN, [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child = child;
    running.add(child);
    child.once('exit', () => running.delete(child));
    let said = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      said = (said + chunk.toString()).slice(-10_000);
    });
    // The line that names what went wrong, rather than where (a stack trace's first line).
    const reasonIn = (text: string) => {
      const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
      return lines.find((line) => /error|cannot/i.test(line)) ?? lines[0] ?? 'nothing said';
    };
    let alive = true;
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => {
        alive = false;
        resolve(`exited with ${code ?? signal}: ${reasonIn(said)}`);
      }),
    );
    return Promise.race([this.healthy(Date.now() + 120_000, () => alive).then(() => undefined), exited]);
  }

  private async healthy(deadline: number, alive: () => boolean): Promise<void> {
    while (Date.now() < deadline && alive()) {
      const ok = await fetch(`${this.base}/api/health`).then((response) => response.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!alive()) return;
    throw new Error(`instance ${this.name} did not answer /api/health within 120 s`);
  }

  /** SIGKILL: no shutdown hook runs, open transactions are cut, leased outbox rows stay leased. */
  kill(): Promise<void> {
    return this.signal('SIGKILL');
  }

  /** SIGTERM: the instance finishes its requests and background passes, then exits. */
  stop(): Promise<void> {
    return this.signal('SIGTERM');
  }

  private signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}
