import postgres from "postgres";
import { afterAll, beforeAll } from "vitest";
import { type DatabaseHandle, openDatabase, useDatabase } from "~db/client";
import { getQueue, stopQueue } from "~/jobs/queue.server";

// Every integration test file gets a fresh, migrated database of its own:
// in-memory PGlite, or a throwaway database on the PostgreSQL of DATABASE_URL.
let handle: DatabaseHandle | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  if (process.env.TEST_DB_ENGINE === "postgres") {
    const base = process.env.DATABASE_URL!;
    const name = `accord_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
    const admin = postgres(base, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    handle = openDatabase(url.toString(), { maxConnections: 4 });
    dropDatabase = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    handle = openDatabase("pglite://memory");
  }
  await handle.migrate();
  useDatabase(handle);
  // Started before any test opens a transaction that enqueues (see enqueue()).
  await getQueue(handle);
});

afterAll(async () => {
  await stopQueue();
  await handle?.close();
  useDatabase(undefined);
  await dropDatabase?.();
});
