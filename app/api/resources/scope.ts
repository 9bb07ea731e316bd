import { eq, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { ApiActor, StaffActor } from "~/auth/actor";
import { ApiProblem } from "../problem";

/** A customer token's reach: its own account; a staff token's: everything. */
export function ownAccount(actor: ApiActor, accountColumn: PgColumn): SQL | undefined {
  return actor.accountId ? eq(accountColumn, actor.accountId) : undefined;
}

/** Writes that only the supplier's own systems may make (a customer token gets 403). */
export function staffOnly(actor: ApiActor): void {
  if (actor.accountId) throw new ApiProblem("forbidden", "Customer tokens cannot do this; use a staff token.");
}

/**
 * The domain functions take a staff Actor; a staff API token acts as an admin
 * named after the token (its scopes were checked already), and writes no
 * user id of its own.
 */
export function apiStaffActor(actor: ApiActor): StaffActor {
  return { kind: "staff", userId: null as unknown as string, role: "admin", name: `API token ${actor.tokenId.slice(0, 8)}`, email: "api@accord.example", timezone: "UTC" };
}
