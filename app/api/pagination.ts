import { and, asc, gt, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { z } from "./zod";
import { ApiProblem } from "./problem";

/** Every list takes these: a page size, the cursor from the last page, and a sync point. */
export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).openapi({ description: "Page size, 1–500 (default 50)." }),
  cursor: z.string().max(200).optional().openapi({ description: "`nextCursor` of the previous page." }),
  updatedSince: z
    .string()
    .datetime({ offset: true })
    .optional()
    .openapi({ description: "Only records changed at or after this instant (ISO 8601), for sync." }),
});

type Cursor = { u: string; id: string };

export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const parsed = z.object({ u: z.string().datetime({ offset: true }), id: z.string().uuid() }).parse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return parsed;
  } catch {
    throw new ApiProblem("validation", "The cursor is not one we gave out.", { errors: [{ field: "query.cursor", message: "Invalid cursor." }] });
  }
}

/**
 * Keyset pagination in order of last change (updated_at, id), oldest first:
 * a record changed while a client pages moves behind the cursor and comes
 * again on a later page — never skipped, which is what sync needs.
 */
export function keyset(updatedAt: PgColumn, id: PgColumn, query: { cursor?: string; updatedSince?: string }) {
  const after = decodeCursor(query.cursor);
  const where: (SQL | undefined)[] = [
    query.updatedSince ? sql`${updatedAt} >= ${query.updatedSince}::timestamptz` : undefined,
    after ? or(gt(updatedAt, sql`${after.u}::timestamptz`), and(sql`${updatedAt} = ${after.u}::timestamptz`, gt(id, after.id))) : undefined,
  ];
  return { where: and(...where), orderBy: [asc(updatedAt), asc(id)] };
}

/** One page out of limit+1 rows, with the cursor for the next. */
export function page<T extends { id: string; updatedAt: Date }>(rows: T[], limit: number) {
  const data = rows.slice(0, limit);
  const last = data.at(-1);
  return { data, nextCursor: rows.length > limit && last ? Buffer.from(JSON.stringify({ u: last.updatedAt.toISOString(), id: last.id })).toString("base64url") : null };
}
