import type autocannon from 'autocannon';

/**
 * The three kinds of traffic of the load test, as autocannon request generators sharing one
 * in-memory record of what happened: citizens tracking dossiers, citizens submitting online
 * (each submission marked by a unique summary, so that the database can be asked afterwards
 * what became of it), and officers taking those dossiers through their steps.
 */
export type Kind = 'tracking' | 'submission' | 'officer';

type Request = autocannon.Request;
/** What autocannon keeps for one request between building it and reading its answer. */
interface Context {
  marker?: string;
  item?: WorkItem;
  ticket?: number;
}

/** The steps an online birth registration goes through, each by the officer whose turn it is. */
const STAGES = [
  { officer: 'reception', action: 'receive', extra: {} },
  { officer: 'specialist', action: 'hand_over', extra: {} },
  { officer: 'head', action: 'hand_over', extra: {} },
  { officer: 'leader', action: 'approve', extra: {} },
  { officer: 'reception', action: 'return_result', extra: { returnMethod: 'in_person' } },
] as const;
export const OFFICERS = [...new Set(STAGES.map((stage) => stage.officer))];

/** Where a dossier stands in STAGES, read from its detail after an answer was lost. */
function stageOf(state: string, stepIndex: number | null): number {
  if (state === 'submitted') return 0;
  if (state === 'processing') return 1 + (stepIndex ?? 0);
  if (state === 'result_ready') return 4;
  return STAGES.length;
}

interface WorkItem {
  code: string;
  version: number;
  stage: number;
  /** Its version and stage must be read again: the answer to the last action on it was lost or refused. */
  stale: boolean;
  /** The instance a request about it was sent to and not yet answered. */
  busyOn: string | undefined;
  busySince: number;
  /** Bumped at each request, so that a late answer to a request given up on is ignored. */
  ticket: number;
}

export interface Submission {
  code: string;
  marker: string;
  instance: string;
}

export class LoadState {
  /** Every submission that got a 201, with the code it was given. */
  readonly submissions: Submission[] = [];
  /** How many submissions were sent (each a marker of its own), answered or not. */
  attempts = 0;
  readonly actions = { done: 0, refused: 0, reread: 0, finished: 0 };
  private readonly items = new Map<string, WorkItem>();
  private ready: WorkItem[] = [];
  private readonly down = new Set<string>();

  /** What every submission's summary of this run starts with. */
  readonly markerPrefix: string;

  constructor(
    runId: string,
    private readonly tokens: Record<string, string>,
  ) {
    this.markerPrefix = `Đăng ký khai sinh, lượt thử tải ${runId}-`;
  }

  /** The summary that identifies submission `n` of this run. */
  markerOf(n: number): string {
    return `${this.markerPrefix}${n}`;
  }

  recordSubmission(submission: Submission, version: number): void {
    this.submissions.push(submission);
    const item: WorkItem = { code: submission.code, version, stage: 0, stale: false, busyOn: undefined, busySince: 0, ticket: 0 };
    this.items.set(item.code, item);
    this.ready.push(item);
  }

  /** The instance is going down: its officers take no more work, and what it held is read again elsewhere. */
  markDown(instance: string): void {
    this.down.add(instance);
    this.release((item) => item.busyOn === instance);
  }

  markUp(instance: string): void {
    this.down.delete(instance);
  }

  /** Work whose request went unanswered for longer than autocannon waits is read again. */
  releaseAbandoned(olderThanMs: number): void {
    const before = performance.now() - olderThanMs;
    this.release((item) => item.busyOn !== undefined && item.busySince < before);
  }

  private release(which: (item: WorkItem) => boolean): void {
    for (const item of this.items.values()) {
      if (!which(item)) continue;
      item.busyOn = undefined;
      item.stale = true;
      item.ticket++;
      this.ready.push(item);
    }
  }

  trackingRequests(): Request[] {
    return [
      {
        method: 'GET',
        setupRequest: (request) => {
          const pick = this.submissions[Math.floor(Math.random() * this.submissions.length)]!;
          return { ...request, path: `/api/public/dossiers/${pick.code}` };
        },
      },
    ];
  }

  /**
   * Anonymous online submissions naming one uploaded scan; each comes through the load balancer
   * from an address of its own (TEST-NET ranges, written in a header only), as citizens do, so
   * that the per-address quota rows are not one hot row that no real traffic makes.
   */
  submissionRequests(instance: string, file: { id: string; uploadToken: string }): Request[] {
    return [
      {
        method: 'POST',
        setupRequest: (request, context: Context) => {
          const n = ++this.attempts;
          context.marker = this.markerOf(n);
          const address = `${n % 2 === 0 ? '198.51.100' : '203.0.113'}.${1 + (n % 250)}`;
          return {
            ...request,
            path: '/api/public/dossiers',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
            body: JSON.stringify({
              procedureCode: '1.001193',
              applicant: { type: 'citizen', name: 'Nguyễn Văn An', idNumber: '038095001234', phone: '0912345678', email: 'an.nguyen@example.vn', address: 'Thôn Đông, xã Hòa Bình' },
              summary: context.marker,
              components: [{ code: 'TK', fileIds: [file.id] }, { code: 'GCS', fileIds: [file.id] }],
              uploadTokens: [file.uploadToken],
            }),
          };
        },
        onResponse: (status, body, context: Context) => {
          if (status !== 201) return;
          const created = JSON.parse(body) as { code: string; version: number };
          this.recordSubmission({ code: created.code, marker: context.marker!, instance }, created.version);
        },
      },
    ];
  }

  /**
   * Officers acting on the submitted dossiers, each at their step; with nothing to act on, the
   * receiving officer reads their work queue. A dossier whose last answer was lost (its instance
   * died) or refused is opened again to learn its version and step.
   */
  officerRequests(instance: string): Request[] {
    const json = (officer: string) => ({ 'content-type': 'application/json', authorization: `Bearer ${this.tokens[officer]}` });
    return [
      {
        setupRequest: (request, context: Context) => {
          const item = this.down.has(instance) ? undefined : this.ready.shift();
          if (!item) return { ...request, method: 'GET', path: '/api/v1/dossiers?limit=20', headers: json('reception'), body: undefined };
          item.busyOn = instance;
          item.busySince = performance.now();
          context.item = item;
          context.ticket = ++item.ticket;
          if (item.stale) return { ...request, method: 'GET', path: `/api/v1/dossiers/${item.code}`, headers: json('reception'), body: undefined };
          const stage = STAGES[item.stage]!;
          return {
            ...request,
            method: 'POST',
            path: `/api/v1/dossiers/${item.code}/actions/${stage.action}`,
            headers: json(stage.officer),
            body: JSON.stringify({ version: item.version, ...stage.extra }),
          };
        },
        onResponse: (status, body, context: Context) => {
          const item = context.item;
          if (!item || context.ticket !== item.ticket) return;
          item.busyOn = undefined;
          if (item.stale) {
            if (status !== 200) return void this.ready.push(item);
            const detail = JSON.parse(body) as { version: number; status: { state: string }; currentStepIndex: number | null };
            this.actions.reread++;
            item.version = detail.version;
            item.stage = stageOf(detail.status.state, detail.currentStepIndex);
            item.stale = false;
          } else if (status === 200) {
            this.actions.done++;
            item.version = (JSON.parse(body) as { version: number }).version;
            item.stage++;
          } else {
            this.actions.refused++;
            item.stale = true;
          }
          if (item.stage < STAGES.length) this.ready.push(item);
          else this.actions.finished++;
        },
      },
    ];
  }
}
