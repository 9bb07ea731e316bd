import { eq } from "drizzle-orm";
import { getDb } from "~db/client";
import { contacts, users } from "~db/schema";
import { verifyAgainstDummy, verifyPassword } from "~/auth/password.server";
import { startSession } from "~/auth/session.server";
import { clearHits, describeWait, recordHit, secondsBlocked, signInLimits } from "~/auth/throttle.server";
import { recordActivity } from "~/domain/activity/activity.server";
import { audit } from "~/domain/platform/audit.server";

export type SignInResult =
  | { ok: true; userId: string; kind: "customer" | "staff"; setCookie: string }
  | { ok: false; error: string; status: 400 | 429 };

export const INVALID_CREDENTIALS = "That e-mail and password don't match an account. Check them and try again.";

/**
 * Checks the e-mail and password, throttling failures per e-mail and per IP,
 * and starts a session. Unknown e-mails and wrong passwords get the same
 * answer in the same time.
 */
export async function signIn(input: { email: string; password: string; ipAddress: string | null; userAgent: string | null }): Promise<SignInResult> {
  const limits = signInLimits(input.email, input.ipAddress);
  const wait = await secondsBlocked(limits);
  if (wait > 0) {
    return { ok: false, status: 429, error: `Too many failed sign-ins. For your security, try again in ${describeWait(wait)}, or reset your password.` };
  }
  const db = getDb();
  const [user] = await db
    .select({ id: users.id, kind: users.kind, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, input.email))
    .limit(1);
  const passwordOk = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!user || !passwordOk || user.disabledAt) {
    await recordHit(limits);
    return { ok: false, status: 400, error: INVALID_CREDENTIALS };
  }
  await clearHits([limits[0].key]);
  const setCookie = await startSession(user.id, { ipAddress: input.ipAddress, userAgent: input.userAgent });
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lastSignInAt: new Date() }).where(eq(users.id, user.id));
    if (user.kind === "customer") {
      const [contact] = await tx
        .select({ id: contacts.id, accountId: contacts.accountId, firstName: contacts.firstName, lastName: contacts.lastName })
        .from(contacts)
        .where(eq(contacts.userId, user.id))
        .limit(1);
      if (contact) {
        await recordActivity(tx, {
          accountId: contact.accountId,
          contactId: contact.id,
          actorUserId: user.id,
          type: "portal_sign_in",
          subject: `${contact.firstName} ${contact.lastName} signed in to the portal`,
        });
      }
    }
    await audit(tx, "system", { action: "auth.sign_in", entityType: "user", entityId: user.id, ipAddress: input.ipAddress });
  });
  return { ok: true, userId: user.id, kind: user.kind, setCookie };
}
