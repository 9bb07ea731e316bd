// `npm run bench`: speed is measured here, never asserted in tests. Uses DATABASE_URL
// (a throwaway database is created on that PostgreSQL server) or in-memory PGlite.
import postgres from "postgres";
import { openDatabase, useDatabase } from "~db/client";
import { benchJobs } from "./jobs.bench";
import { benchOrdering } from "./ordering.bench";
import { benchRecord } from "./record.bench";
import { benchApi } from "./api.bench";
import { benchAnalytics } from "./analytics.bench";
import { benchSearch } from "./search.bench";

/** BENCH_ONLY=record,ordering runs just those (search, jobs, ordering, record, api, analytics). */
const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : null;
const wanted = (name: string) => !only || only.has(name);

const base = process.env.DATABASE_URL;
let url = "pglite://memory";
let drop: (() => Promise<void>) | undefined;
if (base?.startsWith("postgres")) {
  const name = `accord_bench_${Date.now().toString(36)}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  url = u.toString();
  drop = async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
const handle = openDatabase(url);
useDatabase(handle);
await handle.migrate();
console.log(`Node ${process.version}, ${handle.engine}`);
try {
  if (wanted("search")) await benchSearch(handle, Number(process.env.BENCH_ARTICLES ?? 20_000));
  if (wanted("jobs")) await benchJobs(handle);
} finally {
  await handle.close();
  await drop?.();
}

// Ordering needs the scale seed: point SCALE_DATABASE_URL at a database filled with
// `DATABASE_URL=… npm run db:seed -- --accounts 10000 --seed 1` (about seven minutes, once).
if (process.env.SCALE_DATABASE_URL) {
  const scale = openDatabase(process.env.SCALE_DATABASE_URL);
  useDatabase(scale);
  await scale.migrate();
  const { getQueue, stopQueue } = await import("~/jobs/queue.server");
  await getQueue(scale);
  try {
    if (wanted("ordering")) await benchOrdering(scale);
    if (wanted("record")) await benchRecord(scale);
    if (wanted("api")) await benchApi(scale);
    if (wanted("analytics")) await benchAnalytics(scale);
  } finally {
    await stopQueue();
    await scale.close();
  }
} else {
  console.log("\nOrdering benchmark skipped: set SCALE_DATABASE_URL to a database holding the scale seed (see the README).");
}
