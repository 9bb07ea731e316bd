import type PgBoss from "pg-boss";
import type { DatabaseHandle } from "~db/client";
import { deliverEmail } from "~emails/mailer.server";
import { runSearchJob } from "~search/sync.server";
import { watchSlas } from "~/domain/support/sla-watch.server";
import { runImportJob } from "~/domain/crm/import.server";
import { runAnalyticsJob } from "~/domain/analytics/jobs.server";
import { deliverWebhook } from "~/domain/platform/webhooks.server";
import { getQueue, type QueueName, QUEUES, registerLocalWorker } from "./queue.server";

type Handler = (data: unknown, job: PgBoss.Job<unknown>) => Promise<unknown>;

/** What each queue's jobs do. Every handler is idempotent. */
export const HANDLERS: Record<QueueName, Handler> = {
  email: (data) => deliverEmail(data),
  "search-index": (data) => runSearchJob(data),
  "sla-watch": () => watchSlas(),
  import: (data) => runImportJob(data),
  analytics: (data) => runAnalyticsJob(data),
  webhook: (data, job) => deliverWebhook(data, { retryCount: (job as { retryCount?: number }).retryCount, retryLimit: QUEUES.webhook.retryLimit }),
};

/** How often the SLA clocks are looked at. */
export const SLA_WATCH_SECONDS = 60;

/**
 * Starts working every queue in this process (npm start in-process, or npm run worker).
 * Jobs are fetched ten at a time and run side by side; each one completes or fails
 * on its own, so one bad e-mail never fails its neighbours.
 */
export async function startWorkers(handle: DatabaseHandle, options: { pollingIntervalSeconds?: number; batchSize?: number } = {}): Promise<PgBoss> {
  const boss = await getQueue(handle, { supervise: true });
  for (const name of Object.keys(QUEUES) as QueueName[]) {
    const id = await boss.work(name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: options.batchSize ?? 10, includeMetadata: true }, async (jobs) => {
      await Promise.all(
        jobs.map(async (job) => {
          try {
            const output = await HANDLERS[name](job.data, job);
            await boss.complete(name, job.id, output && typeof output === "object" ? (output as object) : undefined);
          } catch (error) {
            await boss.fail(name, job.id, error as object);
          }
        }),
      );
    });
    registerLocalWorker(name, id);
  }
  // The SLA clocks run on their own: look every minute. The singleton key keeps one
  // such job at a time however many worker processes there are.
  const tick = async () => {
    await boss.send("sla-watch", {}, { singletonKey: "sla-watch" }).catch((error: Error) => console.warn(`[jobs] sla-watch: ${error.message}`));
    // Nightly analytics: a snapshot of yesterday (a whole day), once a day per process; the
    // singleton key keeps workers from doing it twice at once, and a repeat just rewrites it.
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    if (lastAnalyticsDay !== day) {
      lastAnalyticsDay = day;
      await boss.send("analytics", { asOf: day }, { singletonKey: `analytics:${day}` }).catch((error: Error) => console.warn(`[jobs] analytics: ${error.message}`));
    }
  };
  let lastAnalyticsDay = "";
  void tick();
  const timer = setInterval(tick, SLA_WATCH_SECONDS * 1000);
  timer.unref();
  boss.once("stopped", () => clearInterval(timer));
  return boss;
}
