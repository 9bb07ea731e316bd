import { sql } from "drizzle-orm";
import { getDb, queryRows } from "~db/client";

/**
 * Fixed-window counters kept in the database, so every web process sees the
 * same count. Used for failed sign-ins (per e-mail and per IP).
 */
export type Limit = { key: string; max: number; windowSeconds: number };

export const signInLimits = (email: string, ip: string | null): Limit[] => [
  { key: `sign-in:email:${email}`, max: 5, windowSeconds: 15 * 60 },
  ...(ip ? [{ key: `sign-in:ip:${ip}`, max: 30, windowSeconds: 15 * 60 }] : []),
];

/** Seconds until the first exhausted limit frees up, or 0 when none is exhausted. */
export async function secondsBlocked(limits: Limit[]): Promise<number> {
  if (limits.length === 0) return 0;
  const rows = await queryRows<{ key: string; hits: number; seconds: number }>(
    getDb(),
    sql`select key, hits, ceil(extract(epoch from window_ends_at - now()))::int as seconds
        from rate_limits where key in ${limits.map((l) => l.key)} and window_ends_at > now()`,
  );
  let wait = 0;
  for (const row of rows) {
    const limit = limits.find((l) => l.key === row.key);
    if (limit && row.hits >= limit.max) wait = Math.max(wait, row.seconds);
  }
  return wait;
}

export async function recordHit(limits: Limit[]): Promise<void> {
  for (const limit of limits) {
    await getDb().execute(sql`
      insert into rate_limits (key, hits, window_ends_at)
      values (${limit.key}, 1, now() + make_interval(secs => ${limit.windowSeconds}))
      on conflict (key) do update set
        hits = case when rate_limits.window_ends_at <= now() then 1 else rate_limits.hits + 1 end,
        window_ends_at = case when rate_limits.window_ends_at <= now()
          then now() + make_interval(secs => ${limit.windowSeconds}) else rate_limits.window_ends_at end`);
  }
}

export async function clearHits(keys: string[]): Promise<void> {
  if (keys.length) await getDb().execute(sql`delete from rate_limits where key in ${keys}`);
}

export function describeWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
