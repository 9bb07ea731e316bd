// `npm run db:seed -- --accounts N --seed S [--orders-per-account K] [--big-account-orders B] [--as-of ISO] [--reset]`
// Seeds DATABASE_URL (PGlite in .data/pglite when unset) with deterministic demo or scale data.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { sql } from "drizzle-orm";
import { getDatabase, queryRows } from "../client";
import { copyWriter } from "./bulk";
import { defaultAsOf, DEMO_PASSWORD, DEMO_SIGN_INS, seedDatabase } from "./generate";

const { values } = parseArgs({
  options: {
    accounts: { type: "string", default: "40" },
    seed: { type: "string", default: "42" },
    "orders-per-account": { type: "string" },
    "big-account-orders": { type: "string" },
    "as-of": { type: "string" },
    reset: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run db:seed -- [--accounts 40] [--seed 42] [--orders-per-account 40]
                        [--big-account-orders 150] [--as-of 2026-11-22T12:00:00Z] [--reset]
  --reset   empty every Accord table first (otherwise the database must be empty)`);
  process.exit(0);
}

const accounts = Number(values.accounts);
const seed = Number(values.seed);
if (!Number.isInteger(accounts) || accounts < 2) throw new Error("--accounts must be an integer ≥ 2 (the two demo accounts)");
if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
const ordersPerAccount = Number(values["orders-per-account"] ?? (accounts >= 1000 ? 100 : 40));
const bigAccountOrders = Number(values["big-account-orders"] ?? (accounts >= 1000 ? 5000 : 150));
const asOf = values["as-of"] ? new Date(values["as-of"]) : defaultAsOf();
if (Number.isNaN(asOf.getTime())) throw new Error("--as-of must be an ISO date");

const handle = getDatabase();
await handle.migrate();
const db = handle.db;
const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from accounts`);
if (existing.n > 0) {
  if (!values.reset) {
    console.error(`The database already holds ${existing.n} accounts. Run with --reset to replace everything.`);
    process.exit(1);
  }
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select tablename as name from pg_tables where schemaname = 'public' and tablename not like '__drizzle%'`,
  );
  await db.execute(sql.raw(`truncate ${tables.map((t) => `"${t.name}"`).join(", ")} cascade`));
}

const bar = new cliProgress.SingleBar(
  { format: "Seeding accounts [{bar}] {percentage}% | {value}/{total} | {duration_formatted}", hideCursor: true },
  cliProgress.Presets.shades_classic,
);
const started = performance.now();
bar.start(accounts, 0);
const summary = await seedDatabase(db, {
  accounts,
  seed,
  asOf,
  ordersPerAccount,
  bigAccountOrders,
  chunkSize: handle.engine === "postgres" ? 200 : 100,
  writer: handle.postgres ? copyWriter(handle.postgres) : undefined,
  onProgress: (done) => bar.update(done),
});
bar.stop();
// Fresh statistics, or the planner guesses from an empty database (seq scans on big joins).
await db.execute(sql`analyze`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`Seeded ${handle.engine} in ${seconds} s (seed ${seed}, as of ${asOf.toISOString()}):`);
console.table(summary);
console.log(`Demo sign-ins (password "${DEMO_PASSWORD}"): ${DEMO_SIGN_INS.map((d) => d.email).join(", ")}`);
await handle.close();
