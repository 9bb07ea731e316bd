import { sql, type SQL } from "drizzle-orm";
import { type DatabaseHandle, type Executor, queryRows } from "~db/client";

/** What pg-boss needs from a database: `executeSql(text, values)` answering `{ rows }`. */
export type PgBossDb = { executeSql(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }> };

/** Parameters as node-postgres would send them: text, JSON for objects, array literals for arrays. */
export function toPgParam(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map((v) => (v === null ? "NULL" : `"${String(toPgParam(v)).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`)).join(",")}}`;
  if (typeof value === "object") return JSON.stringify(value);
  return typeof value === "string" ? value : String(value);
}

/** pg-boss on the process's database: PGlite or the postgres.js pool. */
export function handleExecutor(handle: DatabaseHandle): PgBossDb {
  return {
    async executeSql(text, values) {
      const params = (values ?? []).map(toPgParam);
      if (handle.pglite) {
        if (params.length === 0) {
          // pg-boss sends its schema as one multi-statement script.
          const results = await handle.pglite.exec(text);
          return { rows: (results.at(-1)?.rows ?? []) as Record<string, unknown>[] };
        }
        const result = await handle.pglite.query<Record<string, unknown>>(text, params);
        return { rows: result.rows };
      }
      if (handle.postgres && params.length === 0 && /\bBEGIN\b/i.test(text)) {
        // A script with its own BEGIN/COMMIT needs one connection to itself.
        const connection = await handle.postgres.reserve();
        try {
          const result = (await connection.unsafe(text)) as unknown as Record<string, unknown>[][];
          const last = Array.isArray(result[0]) ? result.at(-1) : result;
          return { rows: [...((last ?? []) as Record<string, unknown>[])] };
        } finally {
          connection.release();
        }
      }
      if (handle.postgres) {
        const result = (await handle.postgres.unsafe(text, params as never[])) as unknown as Record<string, unknown>[] | Record<string, unknown>[][];
        // Several statements answer one result each; pg-boss only reads single ones.
        const rows = Array.isArray(result[0]) ? (result.at(-1) as Record<string, unknown>[]) : (result as Record<string, unknown>[]);
        return { rows: [...rows] };
      }
      throw new Error("no database client for the job queue");
    },
  };
}

/** Turns `$1…$n` text into a drizzle query, so pg-boss can write inside our transaction. */
export function parameterised(text: string, values: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 0) chunks.push(sql.raw(part));
    else chunks.push(sql`${toPgParam(values[Number(part) - 1])}`);
  });
  return sql.join(chunks, sql.raw(""));
}

/** pg-boss writing through an open transaction: the job commits or rolls back with the data. */
export function transactionExecutor(tx: Executor): PgBossDb {
  return {
    async executeSql(text, values) {
      return { rows: await queryRows(tx, parameterised(text, values ?? [])) };
    },
  };
}
