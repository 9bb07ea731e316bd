// Full analytics recompute on the scale seed (PostgreSQL): the day's snapshot for every
// account — RFM, trend, typical gap, segment, stage, risk, reasons — written in one
// INSERT … SELECT; wall time and peak memory (this process, and PostgreSQL's temp files),
// beside a bare per-account aggregate over the same orders in the same run.
import { sql } from "drizzle-orm";
import type postgres from "postgres";
import { type DatabaseHandle, queryRows } from "~db/client";
import { snapshotAnalytics } from "~/domain/analytics/analytics.server";
import { time } from "./stats";

export async function benchAnalytics(handle: DatabaseHandle, rounds = 3) {
  const raw = handle.postgres as postgres.Sql;
  const [{ orders, accounts }] = await queryRows<{ orders: number; accounts: number }>(handle.db, sql`select (select count(*)::int from orders) as orders, (select count(*)::int from accounts) as accounts`);
  const asOf = new Date().toISOString().slice(0, 10);
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  let sampled = 0;
  const sampler = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage().rss)), 20);
  const runs: number[] = [];
  const baseline: number[] = [];
  let written = 0;
  for (let i = 0; i < rounds; i++) {
    const [tempBefore] = await raw`select temp_bytes::bigint as b from pg_stat_database where datname = current_database()`;
    const [ms, result] = await time(() => snapshotAnalytics(asOf));
    const [tempAfter] = await raw`select temp_bytes::bigint as b from pg_stat_database where datname = current_database()`;
    runs.push(ms);
    written = result.accounts;
    console.log(`  run ${i + 1}: ${(ms / 1000).toFixed(2)} s, ${result.accounts} accounts, ${result.alerts} closed-loop alerts, PostgreSQL temp files ${((Number(tempAfter.b) - Number(tempBefore.b)) / 1_048_576).toFixed(1)} MB`);
    baseline.push((await time(() => raw`select account_id, count(*), sum(total_cents), max(placed_at) from orders where status not in ('cancelled','rejected') and placed_at >= now() - interval '24 months' group by account_id`))[0]);
  }
  clearInterval(sampler);
  const [workMem] = await raw`show work_mem`;
  console.log(`\nAnalytics recompute on ${accounts.toLocaleString("en-US")} accounts / ${orders.toLocaleString("en-US")} orders (${written} snapshot rows):`);
  console.log(`  full recompute: best ${(Math.min(...runs) / 1000).toFixed(2)} s, median ${(runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] / 1000).toFixed(2)} s`);
  console.log(`  baseline (bare per-account aggregate over the same orders): median ${(baseline.sort((a, b) => a - b)[Math.floor(baseline.length / 2)] / 1000).toFixed(2)} s`);
  console.log(`  this process during the recomputes: peak RSS ${(sampled / 1_048_576).toFixed(0)} MB (the process's peak before them, from loading and migrating: ${(maxBefore / 1_048_576).toFixed(0)} MB) — the rows never leave PostgreSQL; PostgreSQL work_mem ${workMem.work_mem}, spilling to the temp files shown above`);
}
