import { eq } from "drizzle-orm";
import { getDb } from "~db/client";
import { users } from "~db/schema";
import type { UserActor } from "~/auth/actor";
import { hashPassword, verifyPassword } from "~/auth/password.server";
import { endOtherSessions } from "~/auth/session.server";
import { audit } from "~/domain/platform/audit.server";

export type ChangePasswordResult = { ok: true } | { ok: false; field: "currentPassword"; error: string };

/** Changes the actor's own password and signs out every other session of theirs. */
export async function changePassword(
  actor: UserActor,
  sessionId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<ChangePasswordResult> {
  const db = getDb();
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return { ok: false, field: "currentPassword", error: "That is not your current password." };
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, actor.userId));
    await audit(tx, actor, { action: "auth.password_changed", entityType: "user", entityId: actor.userId });
  });
  await endOtherSessions(actor.userId, sessionId);
  return { ok: true };
}
