// Job enqueue → handler start latency through pg-boss, beside a raw insert + read-back baseline.
import { sql } from "drizzle-orm";
import { type DatabaseHandle, queryRows } from "~db/client";
import { enqueue, getQueue, stopQueue } from "~/jobs/queue.server";
import { HANDLERS, startWorkers } from "~/jobs/worker.server";
import { printTable, summarise, time } from "./stats";

export async function benchJobs(handle: DatabaseHandle, jobs = 40) {
  const boss = await getQueue(handle);
  const latencies: number[] = [];
  let resolveAll: () => void;
  const allDone = new Promise<void>((resolve) => (resolveAll = resolve));
  // The production worker (batches of 10, woken on enqueue), with the e-mail handler swapped for a timer.
  const real = HANDLERS.email;
  HANDLERS.email = async (data) => {
    latencies.push(Date.now() - (data as { at: number }).at);
    if (latencies.length === jobs) resolveAll();
  };
  await startWorkers(handle);
  const enqueueMs: number[] = [];
  for (let i = 0; i < jobs; i++) {
    const [ms] = await time(() => handle.db.transaction((tx) => enqueue(tx, "email", { at: Date.now(), bench: i })));
    enqueueMs.push(ms);
    await new Promise((r) => setTimeout(r, 25 + (i % 7) * 30)); // spread over the polling cycle
  }
  await allDone;
  HANDLERS.email = real;
  await boss.offWork("email");
  await handle.db.execute(sql`create table if not exists bench_outbox (id serial primary key, data jsonb)`);
  const raw: number[] = [];
  for (let i = 0; i < jobs; i++) {
    raw.push((await time(async () => {
      await handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into bench_outbox (data) values (${JSON.stringify({ i })}::jsonb)`);
      });
      await queryRows(handle.db, sql`select id from bench_outbox order by id desc limit 1`);
    }))[0]);
  }
  await stopQueue();
  printTable(`Jobs: ${jobs} e-mail jobs, production worker (polls every 1 s, woken on enqueue) (${handle.engine})`, {
    "enqueue (in a transaction)": summarise(enqueueMs),
    "enqueue → handler start": summarise(latencies),
    "baseline: raw insert + read-back": summarise(raw),
  });
}
