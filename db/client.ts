import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations, SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  url: string;
  engine: "pglite" | "postgres";
  db: Database;
  /** Applies the committed migrations (serialised across processes on PostgreSQL). */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The postgres.js client, for what drizzle does not do (COPY for bulk loads). */
  postgres?: postgres.Sql;
  /** The PGlite instance, for the same reason. */
  pglite?: PGlite;
};

export const DEFAULT_DATABASE_URL = "pglite://.data/pglite";
const MIGRATIONS_FOLDER = fileURLToPath(new URL("./migrations", import.meta.url));
const MIGRATION_LOCK = 727_100_001;

export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

/**
 * Opens the database named by one URL:
 * - `postgres://…` / `postgresql://…` → a postgres.js pool;
 * - `pglite://memory` → an in-memory PGlite (tests);
 * - `pglite://<dir>` → PGlite persisted in that folder (the default: .data/pglite).
 */
export function openDatabase(url: string, options: { maxConnections?: number } = {}): DatabaseHandle {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const client = postgres(url, {
      max: options.maxConnections ?? Number(process.env.DATABASE_POOL_MAX ?? 10),
      onnotice: () => {},
      connection: { application_name: "accord" },
    });
    const db = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Database;
    return {
      url,
      engine: "postgres",
      db,
      async migrate() {
        const lock = await client.reserve();
        try {
          await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
          await migratePostgres(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
          lock.release();
        }
      },
      close: () => client.end({ timeout: 5 }),
      postgres: client,
    };
  }
  if (url.startsWith("pglite://")) {
    const where = url.slice("pglite://".length);
    const inMemory = where === "memory" || where === "";
    let dataDir: string | undefined;
    if (!inMemory) {
      dataDir = path.resolve(where);
      mkdirSync(dataDir, { recursive: true });
    }
    // PGlite is a single session: inside a transaction use only `tx`, never `db`.
    const client = new PGlite({ dataDir, extensions: { pg_trgm }, relaxedDurability: true });
    const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
    return {
      url,
      engine: "pglite",
      db,
      migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => client.close(),
      pglite: client,
    };
  }
  throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or pglite:// (got "${url.split(":")[0]}:")`);
}

// One handle per process, shared by the server, the worker and the Remix build
// (which bundles its own copy of this module), so PGlite is never opened twice.
const globalKey = Symbol.for("accord.database");
type GlobalWithDb = typeof globalThis & { [globalKey]?: DatabaseHandle };

export function getDatabase(): DatabaseHandle {
  const g = globalThis as GlobalWithDb;
  g[globalKey] ??= openDatabase(resolveDatabaseUrl());
  return g[globalKey];
}

/** The database every domain function uses. */
export function getDb(): Database {
  return getDatabase().db;
}

/** Replaces the process's database (tests give each file a fresh one). */
export function useDatabase(handle: DatabaseHandle | undefined): void {
  (globalThis as GlobalWithDb)[globalKey] = handle;
}

/** `execute()` answers `{ rows }` on PGlite and an array on postgres.js; this hides the difference. */
export async function queryRows<T extends Record<string, unknown>>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

/** True when the database answers a trivial query. */
export async function pingDatabase(executor: Executor = getDb()): Promise<boolean> {
  try {
    await queryRows(executor, sql`select 1 as ok`);
    return true;
  } catch {
    return false;
  }
}

/**
 * A Date inside a raw sql`` fragment: postgres.js cannot bind Date objects
 * there (drizzle only converts them for typed columns), so send ISO text.
 */
export function timestamptz(date: Date): SQL {
  return sql`${date.toISOString()}::timestamptz`;
}
