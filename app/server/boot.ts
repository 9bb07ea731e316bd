import { eq, sql } from "drizzle-orm";
import { type DatabaseHandle, queryRows } from "~db/client";
import { users } from "~db/schema";
import { defaultAsOf, DEMO_SIGN_INS, seedDatabase } from "~db/seed/generate";

/** What the first start seeds: a demo that shows every feature and loads in a couple of seconds. */
export const DEMO_SEED = { accounts: 40, seed: 42, ordersPerAccount: 40, bigAccountOrders: 150 } as const;

export type PreparedDatabase = { seeded: boolean; seedMs: number; migrateMs: number; hasDemoUsers: boolean };

/**
 * Applies migrations and, on a database without any users, seeds the demo data
 * in one transaction (an interrupted first start leaves nothing half-written).
 */
export async function prepareDatabase(handle: DatabaseHandle, seedMode: "demo" | "none"): Promise<PreparedDatabase> {
  const t0 = performance.now();
  await handle.migrate();
  const migrateMs = performance.now() - t0;
  let seeded = false;
  const [{ n }] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from users`);
  const t1 = performance.now();
  if (n === 0 && seedMode === "demo") {
    await handle.db.transaction((tx) => seedDatabase(tx, { ...DEMO_SEED, asOf: defaultAsOf() }));
    seeded = true;
  }
  const seedMs = performance.now() - t1;
  const [demo] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_SIGN_INS[0].email)).limit(1);
  return { seeded, seedMs, migrateMs, hasDemoUsers: Boolean(demo) };
}
