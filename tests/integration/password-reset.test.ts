import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { passwordResetTokens, users } from "~db/schema";
import { DEMO_PASSWORD } from "~db/seed/generate";
import { getSignedIn } from "~/auth/guards.server";
import { findResetToken, RESET_LINK_INVALID, requestPasswordReset, resetPassword } from "~/domain/identity/password-reset.server";
import { signIn } from "~/domain/identity/sign-in.server";
import { requestWithCookie, seedSmall } from "../setup/fixtures";

async function queuedResetLinks(to: string): Promise<string[]> {
  const jobs = await queryRows<{ data: { to: string; props: { resetUrl: string } } }>(getDb(), sql`select data from pgboss.job where name = 'email' order by created_on`);
  return jobs.filter((j) => j.data.to === to).map((j) => j.data.props.resetUrl);
}

const tokenOf = (url: string) => url.split("/reset-password/")[1];

beforeAll(async () => {
  await seedSmall(3);
});

describe("password reset", () => {
  it("queues a single-use link for a known e-mail, stores only its hash, and says the same for an unknown one", async () => {
    expect(await requestPasswordReset({ email: "buyer@acme.example", ipAddress: "203.0.113.1" })).toEqual({ ok: true });
    expect(await requestPasswordReset({ email: "nobody@acme.example", ipAddress: "203.0.113.1" })).toEqual({ ok: true });
    const [link] = await queuedResetLinks("buyer@acme.example");
    expect(link).toMatch(/^http:\/\/localhost:\d+\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(await queuedResetLinks("nobody@acme.example")).toEqual([]);
    const stored = await getDb().select().from(passwordResetTokens);
    expect(stored.some((t) => t.tokenHash === tokenOf(link))).toBe(false);
    expect(await findResetToken(tokenOf(link))).toMatchObject({ email: "buyer@acme.example" });
  });

  it("sets the new password once, ends every session, and refuses the link afterwards", async () => {
    const before = await signIn({ email: "buyer@acme.example", password: DEMO_PASSWORD, ipAddress: null, userAgent: null });
    if (!before.ok) throw new Error("sign-in failed");
    const link = (await queuedResetLinks("buyer@acme.example")).at(-1)!;
    expect(await resetPassword(tokenOf(link), "a brand new passphrase")).toEqual({ ok: true });
    expect(await getSignedIn(requestWithCookie("/portal", before.setCookie))).toBeNull();
    expect(await resetPassword(tokenOf(link), "another new passphrase")).toEqual({ ok: false, error: RESET_LINK_INVALID });
    expect((await signIn({ email: "buyer@acme.example", password: "a brand new passphrase", ipAddress: null, userAgent: null })).ok).toBe(true);
  });

  it("refuses an expired link and a made-up one", async () => {
    await requestPasswordReset({ email: "buyer@globex.example", ipAddress: "203.0.113.2" });
    const link = (await queuedResetLinks("buyer@globex.example")).at(-1)!;
    const [user] = await getDb().select({ id: users.id }).from(users).where(eq(users.email, "buyer@globex.example"));
    await getDb().update(passwordResetTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(passwordResetTokens.userId, user.id));
    expect(await resetPassword(tokenOf(link), "a brand new passphrase")).toEqual({ ok: false, error: RESET_LINK_INVALID });
    expect(await resetPassword("x".repeat(43), "a brand new passphrase")).toEqual({ ok: false, error: RESET_LINK_INVALID });
    expect(await resetPassword("../../etc/passwd", "a brand new passphrase")).toEqual({ ok: false, error: RESET_LINK_INVALID });
  });

  it("throttles repeated requests for one address", async () => {
    for (let i = 0; i < 3; i++) await requestPasswordReset({ email: "requester@acme.example", ipAddress: `198.51.100.${i}` });
    expect(await requestPasswordReset({ email: "requester@acme.example", ipAddress: "198.51.100.9" })).toMatchObject({ ok: false, error: expect.stringMatching(/Too many reset requests/) });
  });
});
