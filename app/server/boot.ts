import { eq, sql } from "drizzle-orm";
import { type DatabaseHandle, queryRows } from "~db/client";
import { users } from "~db/schema";
import { defaultAsOf, DEMO_SIGN_INS, seedDatabase } from "~db/seed/generate";
import { getSearchEngine } from "~search/engine.server";
import { queueFullReindex, reindexAll } from "~search/sync.server";

/** What the first start seeds: a demo that shows every feature and loads in a couple of seconds. */
export const DEMO_SEED = { accounts: 40, seed: 42, ordersPerAccount: 40, bigAccountOrders: 150 } as const;

export type FirstStart = { seeded: boolean; seedMs: number; hasDemoUsers: boolean };

/**
 * On a database without any users, seeds the demo data in one transaction (an
 * interrupted first start leaves nothing half-written) and indexes it for
 * search. Runs after the migrations and after the job queue has started.
 */
export async function seedIfEmpty(handle: DatabaseHandle, seedMode: "demo" | "none"): Promise<FirstStart> {
  const started = performance.now();
  let seeded = false;
  const [{ n }] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from users`);
  if (n === 0 && seedMode === "demo") {
    await handle.db.transaction((tx) => seedDatabase(tx, { ...DEMO_SEED, asOf: defaultAsOf() }));
    seeded = true;
    // The embedded index is built right away; Meilisearch gets a job that retries until it answers.
    const engine = getSearchEngine();
    if (engine.name === "embedded") await reindexAll(engine);
    else await handle.db.transaction((tx) => queueFullReindex(tx));
  }
  const seedMs = performance.now() - started;
  const [demo] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_SIGN_INS[0].email)).limit(1);
  return { seeded, seedMs, hasDemoUsers: Boolean(demo) };
}
