import { and, eq, isNull, sql } from "drizzle-orm";
import { getDb, queryRows } from "~db/client";
import { apiTokens } from "~db/schema";
import type { ApiActor } from "~/auth/actor";
import { hashToken } from "~/auth/tokens.server";
import { ApiProblem } from "./problem";

/** Requests per token per minute. */
export const API_RATE_PER_MINUTE = Number(process.env.API_RATE_PER_MINUTE ?? 600);

/** Resources a scope can name; `<resource>:read` or `<resource>:write`, or `admin` for everything. */
export const API_RESOURCES = ["accounts", "contacts", "products", "price-lists", "orders", "quotes", "tickets", "kb", "activities", "opportunities", "tasks", "webhooks", "analytics"] as const;

export function isValidScope(scope: string): boolean {
  if (scope === "admin") return true;
  const [resource, access] = scope.split(":");
  return (API_RESOURCES as readonly string[]).includes(resource) && (access === "read" || access === "write");
}

/** write implies read; admin implies everything. */
export function hasScope(actor: ApiActor, scope: string): boolean {
  if (actor.scopes.includes("admin") || actor.scopes.includes(scope)) return true;
  const [resource, access] = scope.split(":");
  return access === "read" && actor.scopes.includes(`${resource}:write`);
}

/**
 * The token in `Authorization: Bearer …` as an Actor: unknown, revoked or
 * expired tokens are 401. Each use counts against the token's per-minute
 * limit (one upsert, shared by every process) and, at most once a minute,
 * stamps its last-used time.
 */
export async function authenticate(request: Request): Promise<ApiActor> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new ApiProblem("unauthorized", "Send `Authorization: Bearer <token>`.", { headers: { "WWW-Authenticate": 'Bearer realm="accord"' } });
  const db = getDb();
  const [token] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(match[1])), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!token || (token.expiresAt && token.expiresAt < new Date())) throw new ApiProblem("unauthorized", "The token is unknown, revoked or expired.", { headers: { "WWW-Authenticate": 'Bearer realm="accord", error="invalid_token"' } });
  const [count] = await queryRows<{ hits: number; seconds: number }>(
    db,
    sql`insert into rate_limits (key, hits, window_ends_at) values (${`api:${token.id}`}, 1, now() + interval '60 seconds')
        on conflict (key) do update set
          hits = case when rate_limits.window_ends_at <= now() then 1 else rate_limits.hits + 1 end,
          window_ends_at = case when rate_limits.window_ends_at <= now() then now() + interval '60 seconds' else rate_limits.window_ends_at end
        returning hits, ceil(extract(epoch from window_ends_at - now()))::int as seconds`,
  );
  if (Number(count.hits) > API_RATE_PER_MINUTE) {
    throw new ApiProblem("rate-limited", `At most ${API_RATE_PER_MINUTE} requests a minute per token.`, { headers: { "Retry-After": String(Math.max(1, Number(count.seconds))) } });
  }
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, token.id));
  }
  return { kind: "api", tokenId: token.id, scopes: token.scopes, accountId: token.accountId };
}
