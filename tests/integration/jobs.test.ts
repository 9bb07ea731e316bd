import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDatabase, getDb, queryRows } from "~db/client";
import { accounts } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { jobOverview, listJobs, retryJob } from "~/domain/platform/jobs.server";
import { enqueue, getQueue } from "~/jobs/queue.server";

const admin: StaffActor = { kind: "staff", userId: "00000000-0000-4000-8000-000000000001", role: "admin", name: "Admin", email: "a@x", timezone: "UTC" };
const agent: StaffActor = { ...admin, role: "agent" };

async function jobsIn(state: string) {
  return queryRows<{ id: string; data: Record<string, unknown> }>(getDb(), sql`select id::text as id, data from pgboss.job where name = 'email' and state::text = ${state}`);
}

afterEach(async () => {
  await (await getQueue()).offWork("email").catch(() => {});
  await getDb().execute(sql`delete from pgboss.job`);
});

describe("the job queue (outbox)", () => {
  it("a job enqueued in a transaction exists only if the transaction commits", async () => {
    await getDb().transaction(async (tx) => {
      await enqueue(tx, "email", { marker: "committed" });
    });
    await expect(
      getDb().transaction(async (tx) => {
        await enqueue(tx, "email", { marker: "rolled-back" });
        await tx.insert(accounts).values({ number: "X-1", name: "Half-written", industry: "Test" });
        throw new Error("the order failed");
      }),
    ).rejects.toThrow("the order failed");
    const queued = await jobsIn("created");
    expect(queued.map((j) => j.data.marker)).toEqual(["committed"]);
    const [{ n }] = await queryRows<{ n: number }>(getDb(), sql`select count(*)::int as n from accounts where name = 'Half-written'`);
    expect(n).toBe(0);
  });

  it("a worker runs queued jobs; a failing handler is retried, then lands in failed; an admin can retry it", async () => {
    const boss = await getQueue();
    await boss.updateQueue("email", { retryLimit: 1, retryDelay: 0, retryBackoff: false } as never);
    await getDb().transaction((tx) => enqueue(tx, "email", { marker: "ok" }));
    await getDb().transaction((tx) => enqueue(tx, "email", { marker: "broken" }));
    const seen: string[] = [];
    await boss.work("email", { pollingIntervalSeconds: 0.5 }, async ([job]) => {
      const marker = String((job.data as { marker: string }).marker);
      seen.push(marker);
      if (marker === "broken") throw new Error("the mail server said no");
    });
    await expect.poll(async () => (await jobsIn("failed")).length, { timeout: 15_000, interval: 250 }).toBe(1);
    expect(seen.filter((m) => m === "broken")).toHaveLength(2); // first try + one retry
    expect(seen).toContain("ok");

    expect(await listJobs(admin, "failed")).toEqual([expect.objectContaining({ name: "email", error: "the mail server said no", retryCount: 1 })]);
    const overview = await jobOverview(admin);
    expect(overview.find((q) => q.name === "email")?.counts).toMatchObject({ failed: 1, completed: 1 });
    await expect(jobOverview(agent)).rejects.toMatchObject({ kind: "forbidden" });

    await boss.offWork("email");
    const [failed] = await jobsIn("failed");
    await retryJob(admin, "email", failed.id);
    expect((await jobsIn("retry")).length + (await jobsIn("created")).length).toBe(1);
    await expect(retryJob(admin, "email", failed.id)).rejects.toMatchObject({ kind: "not_found" });
    await boss.updateQueue("email", { retryLimit: 6, retryDelay: 15, retryBackoff: true } as never);
  });

  it("uses the same database as the app", () => {
    expect(getDatabase().engine).toBe(process.env.TEST_DB_ENGINE === "postgres" ? "postgres" : "pglite");
  });
});
