import PgBoss from "pg-boss";
import { type DatabaseHandle, type Executor, getDatabase } from "~db/client";
import { handleExecutor, transactionExecutor } from "./sql.server";

/**
 * Every kind of background work, with its retry policy. Handlers must be
 * idempotent: a job can run again after a crash or a retry.
 */
export const QUEUES = {
  email: { retryLimit: 6, retryDelay: 15, retryBackoff: true, expireInSeconds: 120 },
  "search-index": { retryLimit: 10, retryDelay: 10, retryBackoff: true, expireInSeconds: 900 },
  /** Webhook deliveries: 30 s, 1 min, 2 min … doubling, 12 tries over about a day (the last waits ~17 h). */
  webhook: { retryLimit: 12, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  /** Analytics snapshots: nightly, and on demand after imports. */
  analytics: { retryLimit: 2, retryDelay: 60, retryBackoff: false, expireInSeconds: 3600 },
  /** CSV imports of accounts and contacts, written in chunks. */
  import: { retryLimit: 3, retryDelay: 30, retryBackoff: true, expireInSeconds: 3600 },
  /** Records SLA breaches and near-breaches; queued every minute by the workers, once at a time. */
  "sla-watch": { retryLimit: 1, retryDelay: 30, retryBackoff: false, expireInSeconds: 120 },
} as const satisfies Record<string, { retryLimit: number; retryDelay: number; retryBackoff: boolean; expireInSeconds: number }>;

export type QueueName = keyof typeof QUEUES;

export const JOB_SCHEMA = "pgboss";

type QueueState = { boss: PgBoss; handle: DatabaseHandle; started: Promise<void>; localWorkers: Map<string, string[]> };
const globalKey = Symbol.for("accord.queue");
type GlobalWithQueue = typeof globalThis & { [globalKey]?: QueueState };

/**
 * The pg-boss instance of this process, on the same database as everything
 * else. Started once; creates its schema and our queues on first use.
 */
export function getQueue(handle: DatabaseHandle = getDatabase(), options: { supervise?: boolean } = {}): Promise<PgBoss> {
  const g = globalThis as GlobalWithQueue;
  const current = g[globalKey];
  if (current && current.handle === handle) return current.started.then(() => current.boss);
  const boss = new PgBoss({
    db: handleExecutor(handle),
    schema: JOB_SCHEMA,
    // Maintenance (expiring stuck jobs, archiving) runs in processes that work jobs.
    supervise: options.supervise ?? false,
    schedule: false,
    migrate: true,
  } as PgBoss.ConstructorOptions);
  boss.on("error", (error) => console.warn(`[jobs] ${error.message}`));
  const started = (async () => {
    await boss.start();
    const existing = new Set((await boss.getQueues()).map((q) => q.name));
    for (const [name, policy] of Object.entries(QUEUES)) {
      if (!existing.has(name)) await boss.createQueue(name, { name, policy: "standard", ...policy });
    }
  })();
  g[globalKey] = { boss, handle, started, localWorkers: new Map() };
  return started.then(() => boss);
}

/** Forgets the process's queue (tests swap databases; the server stops it on shutdown). */
export async function stopQueue(): Promise<void> {
  const g = globalThis as GlobalWithQueue;
  const current = g[globalKey];
  g[globalKey] = undefined;
  if (current) await current.boss.stop({ graceful: false, wait: false }).catch(() => {});
}

/** Workers in this process, woken right after an enqueue instead of at their next poll. */
export function registerLocalWorker(queue: string, workerId: string): void {
  const state = (globalThis as GlobalWithQueue)[globalKey];
  if (!state) return;
  state.localWorkers.set(queue, [...(state.localWorkers.get(queue) ?? []), workerId]);
}

function wakeLocalWorkers(queue: string) {
  const state = (globalThis as GlobalWithQueue)[globalKey];
  const ids = state?.localWorkers.get(queue);
  if (!state || !ids?.length) return;
  // The job is visible once the caller's transaction commits, usually within milliseconds;
  // a wake-up that comes too early costs one empty fetch, then the normal poll takes over.
  for (const delay of [20, 200]) {
    setTimeout(() => ids.forEach((id) => state.boss.notifyWorker(id)), delay).unref();
  }
}

export type EnqueueOptions = {
  /** A job with the same key that is still queued or running is not added twice. */
  singletonKey?: string;
  startAfterSeconds?: number;
};

/**
 * Adds a job inside the caller's transaction (the outbox): when the
 * transaction rolls back, the job was never there. The queue must have been
 * started before the transaction (boot does it): on PGlite, starting it inside
 * a transaction would wait for that transaction forever.
 */
export async function enqueue(tx: Executor, queue: QueueName, data: object, options: EnqueueOptions = {}): Promise<string | null> {
  const boss = await getQueue();
  const id = await boss.send(queue, data, {
    db: transactionExecutor(tx),
    singletonKey: options.singletonKey,
    startAfter: options.startAfterSeconds,
  } as PgBoss.SendOptions);
  wakeLocalWorkers(queue);
  return id;
}
