import { z } from "zod";
import { getDb } from "~db/client";
import { enqueue } from "~/jobs/queue.server";
import { snapshotAnalytics, today } from "./analytics.server";

export const analyticsJobSchema = z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/** Queues a recompute of a day's snapshot (one at a time per day). */
export async function enqueueAnalytics(asOf: string = today()): Promise<void> {
  await getDb().transaction((tx) => enqueue(tx, "analytics", { asOf }, { singletonKey: `analytics:${asOf}` }).then(() => undefined));
}

export async function runAnalyticsJob(data: unknown) {
  const { asOf } = analyticsJobSchema.parse(data);
  return snapshotAnalytics(asOf);
}
