import type { Executor } from "~db/client";
import { auditLog } from "~db/schema";
import type { Actor } from "~/auth/actor";

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  accountId?: string | null;
  data?: Record<string, unknown>;
  ipAddress?: string | null;
};

/** Appends to the audit log inside the caller's transaction. */
export async function audit(ex: Executor, actor: Actor | "system", entry: AuditEntry): Promise<void> {
  await ex.insert(auditLog).values({
    actorKind: actor === "system" ? "system" : actor.kind,
    actorUserId: actor !== "system" && actor.kind !== "api" ? actor.userId : null,
    actorTokenId: actor !== "system" && actor.kind === "api" ? actor.tokenId : null,
    accountId: entry.accountId ?? (actor !== "system" && actor.kind === "customer" ? actor.accountId : null),
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    data: entry.data ?? null,
    ipAddress: entry.ipAddress ?? null,
  });
}
