import { and, eq, gt, isNull } from "drizzle-orm";
import { getDb } from "~db/client";
import { passwordResetTokens, users } from "~db/schema";
import { appUrl } from "~/env.server";
import { hashPassword } from "~/auth/password.server";
import { lucia } from "~/auth/lucia.server";
import { hashToken, isToken, newToken } from "~/auth/tokens.server";
import { describeWait, recordHit, secondsBlocked } from "~/auth/throttle.server";
import { audit } from "~/domain/platform/audit.server";
import { queueEmail } from "~emails/mailer.server";
import { RESET_LINK_INVALID } from "./identity.schema";

export { RESET_LINK_INVALID };

export const RESET_TOKEN_MINUTES = 60;

const resetLimits = (email: string, ip: string | null) => [
  { key: `password-reset:email:${email}`, max: 3, windowSeconds: 60 * 60 },
  ...(ip ? [{ key: `password-reset:ip:${ip}`, max: 20, windowSeconds: 60 * 60 }] : []),
];

export type ResetRequestResult = { ok: true } | { ok: false; error: string };

/**
 * Sends a single-use reset link (valid for an hour) when the e-mail belongs to
 * an active user. The answer is the same either way, so it reveals nothing.
 */
export async function requestPasswordReset(input: { email: string; ipAddress: string | null }): Promise<ResetRequestResult> {
  const limits = resetLimits(input.email, input.ipAddress);
  const wait = await secondsBlocked(limits);
  if (wait > 0) return { ok: false, error: `Too many reset requests. Try again in ${describeWait(wait)}.` };
  await recordHit(limits);

  const db = getDb();
  const [user] = await db.select({ id: users.id, name: users.name, email: users.email, disabledAt: users.disabledAt }).from(users).where(eq(users.email, input.email)).limit(1);
  if (!user || user.disabledAt) return { ok: true };

  const token = newToken();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(passwordResetTokens)
      .values({ userId: user.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000) })
      .returning({ id: passwordResetTokens.id });
    await queueEmail(tx, {
      template: "password-reset",
      to: user.email,
      props: { recipientName: user.name.split(" ")[0], resetUrl: `${appUrl()}/reset-password/${token}`, expiresInMinutes: RESET_TOKEN_MINUTES },
      idempotencyKey: `password-reset/${row.id}`,
    });
    await audit(tx, "system", { action: "auth.password_reset_requested", entityType: "user", entityId: user.id, ipAddress: input.ipAddress });
  });
  return { ok: true };
}

/** The user a reset link belongs to, while it is unused and unexpired. */
export async function findResetToken(token: string): Promise<{ id: string; userId: string; email: string } | null> {
  if (!isToken(token)) return null;
  const [row] = await getDb()
    .select({ id: passwordResetTokens.id, userId: passwordResetTokens.userId, email: users.email })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(and(eq(passwordResetTokens.tokenHash, hashToken(token)), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, new Date()), isNull(users.disabledAt)))
    .limit(1);
  return row ?? null;
}


/** Sets the new password, uses up every open link of the user, and signs them out everywhere. */
export async function resetPassword(token: string, newPassword: string): Promise<{ ok: true } | { ok: false; error: string }> {
  const found = await findResetToken(token);
  if (!found) return { ok: false, error: RESET_LINK_INVALID };
  const passwordHash = await hashPassword(newPassword);
  const used = await getDb().transaction(async (tx) => {
    // Claim the token first: of two concurrent submissions only one wins.
    const claimed = await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(passwordResetTokens.id, found.id), isNull(passwordResetTokens.usedAt)))
      .returning({ id: passwordResetTokens.id });
    if (claimed.length === 0) return false;
    await tx.update(passwordResetTokens).set({ usedAt: new Date() }).where(and(eq(passwordResetTokens.userId, found.userId), isNull(passwordResetTokens.usedAt)));
    await tx.update(users).set({ passwordHash }).where(eq(users.id, found.userId));
    await audit(tx, "system", { action: "auth.password_reset", entityType: "user", entityId: found.userId });
    return true;
  });
  if (!used) return { ok: false, error: RESET_LINK_INVALID };
  await lucia().invalidateUserSessions(found.userId);
  return { ok: true };
}
