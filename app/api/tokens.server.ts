import { and, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "~db/client";
import { accounts, apiTokens, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { can } from "~/auth/actor";
import { hashToken, newToken } from "~/auth/tokens.server";
import { audit } from "~/domain/platform/audit.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { isValidScope } from "./auth.server";

/** Tokens read "acc_" + 43 characters; the prefix helps people tell them apart in lists. */
export const TOKEN_PREFIX = "acc_";

export function parseScopes(raw: string): string[] {
  const scopes = [...new Set(raw.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean))];
  if (!scopes.length) throw new DomainError("invalid", "Give at least one scope, e.g. orders:read.", "scopes");
  const bad = scopes.filter((s) => !isValidScope(s));
  if (bad.length) throw new DomainError("invalid", `Unknown scope ${bad.join(", ")}. Use <resource>:read or <resource>:write, or admin.`, "scopes");
  return scopes;
}

/**
 * Creates a token and returns it — the only time it is ever shown; only its
 * SHA-256 is stored. With an account it is a customer token: it acts as that
 * account and sees nothing else (and never gets admin).
 */
export async function createApiToken(input: { name: string; scopes: string[]; accountId: string | null; createdBy: StaffActor | null }): Promise<{ id: string; token: string }> {
  if (input.createdBy && !can(input.createdBy, "admin")) throw forbiddenError("API tokens are for admins.");
  if (input.accountId && input.scopes.includes("admin")) throw new DomainError("invalid", "A customer token cannot have the admin scope.", "scopes");
  return getDb().transaction(async (tx) => {
    if (input.accountId) {
      const [account] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, input.accountId)).limit(1);
      if (!account) throw new DomainError("invalid", "No such account.", "accountId");
    }
    const token = `${TOKEN_PREFIX}${newToken()}`;
    const [row] = await tx
      .insert(apiTokens)
      .values({ name: input.name, tokenHash: hashToken(token), prefix: token.slice(0, 10), scopes: input.scopes, accountId: input.accountId, createdByUserId: input.createdBy?.userId ?? null })
      .returning({ id: apiTokens.id });
    if (input.createdBy) await audit(tx, input.createdBy, { action: "api_token.created", entityType: "api_token", entityId: row.id, data: { scopes: input.scopes, accountId: input.accountId } });
    return { id: row.id, token };
  });
}

export async function listApiTokens(actor: StaffActor) {
  if (!can(actor, "admin")) throw forbiddenError("API tokens are for admins.");
  return getDb()
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, scopes: apiTokens.scopes, accountName: accounts.name, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt, createdAt: apiTokens.createdAt, createdBy: users.name })
    .from(apiTokens)
    .leftJoin(accounts, eq(accounts.id, apiTokens.accountId))
    .leftJoin(users, eq(users.id, apiTokens.createdByUserId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(actor: StaffActor, id: string): Promise<void> {
  if (!can(actor, "admin")) throw forbiddenError("API tokens are for admins.");
  await getDb().transaction(async (tx) => {
    const updated = await tx.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).returning({ id: apiTokens.id });
    if (!updated.length) throw notFound("That token");
    await audit(tx, actor, { action: "api_token.revoked", entityType: "api_token", entityId: id });
  });
}
