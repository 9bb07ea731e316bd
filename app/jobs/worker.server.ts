import type PgBoss from "pg-boss";
import type { DatabaseHandle } from "~db/client";
import { deliverEmail } from "~emails/mailer.server";
import { getQueue, type QueueName, QUEUES } from "./queue.server";

type Handler = (data: unknown, job: PgBoss.Job<unknown>) => Promise<unknown>;

/** What each queue's jobs do. Every handler is idempotent. */
export const HANDLERS: Record<QueueName, Handler> = {
  email: (data) => deliverEmail(data),
};

/** Starts working every queue in this process (npm start in-process, or npm run worker). */
export async function startWorkers(handle: DatabaseHandle, options: { pollingIntervalSeconds?: number } = {}): Promise<PgBoss> {
  const boss = await getQueue(handle, { supervise: true });
  for (const name of Object.keys(QUEUES) as QueueName[]) {
    await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: 1 }, async ([job]) => {
      return HANDLERS[name](job.data, job);
    });
  }
  return boss;
}
