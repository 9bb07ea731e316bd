import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client";
import { auditLog, sessions, users, activities } from "~db/schema";
import { DEMO_PASSWORD } from "~db/seed/generate";
import { getSignedIn, requireCustomer, requireStaff } from "~/auth/guards.server";
import { readSession, sessionIdFor } from "~/auth/session.server";
import { changePassword } from "~/domain/identity/password.server";
import { INVALID_CREDENTIALS, signIn } from "~/domain/identity/sign-in.server";
import { requestWithCookie, seedSmall, userIdByEmail } from "../setup/fixtures";

async function signInAs(email: string, password = DEMO_PASSWORD, ipAddress: string | null = "203.0.113.7") {
  const result = await signIn({ email, password, ipAddress, userAgent: "vitest" });
  if (!result.ok) throw new Error(result.error);
  return result.setCookie;
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

beforeAll(async () => {
  await seedSmall(3);
});

describe("sign-in", () => {
  it("starts a session whose id in the database is the hash of the cookie token", async () => {
    const setCookie = await signInAs("buyer@acme.example");
    expect(setCookie).toMatch(/^accord_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const token = setCookie.split(";")[0].split("=")[1];
    const rows = await getDb().select().from(sessions).where(eq(sessions.id, sessionIdFor(token)));
    expect(rows).toHaveLength(1);
    expect(rows[0].ipAddress).toBe("203.0.113.7");
    const raw = await getDb().select().from(sessions).where(eq(sessions.id, token));
    expect(raw).toHaveLength(0);
  });

  it("resolves a customer actor scoped to their account, and a staff actor with a role", async () => {
    const customer = await getSignedIn(requestWithCookie("/portal", await signInAs("requester@acme.example")));
    expect(customer?.actor).toMatchObject({ kind: "customer", role: "requester", accountName: "Acme Manufacturing" });
    const staff = await getSignedIn(requestWithCookie("/desk", await signInAs("manager@accord.example")));
    expect(staff?.actor).toMatchObject({ kind: "staff", role: "account_manager", name: "Morgan Blake" });
  });

  it("answers a wrong password and an unknown e-mail in the same words", async () => {
    const wrong = await signIn({ email: "buyer@acme.example", password: "nope", ipAddress: null, userAgent: null });
    const unknown = await signIn({ email: "ghost@acme.example", password: "nope", ipAddress: null, userAgent: null });
    expect(wrong).toEqual({ ok: false, status: 400, error: INVALID_CREDENTIALS });
    expect(unknown).toEqual({ ok: false, status: 400, error: INVALID_CREDENTIALS });
  });

  it("throttles repeated failures per e-mail, even with the right password after that", async () => {
    for (let i = 0; i < 5; i++) await signIn({ email: "buyer@globex.example", password: `wrong-${i}`, ipAddress: `198.51.100.${i}`, userAgent: null });
    const blocked = await signIn({ email: "buyer@globex.example", password: DEMO_PASSWORD, ipAddress: "198.51.100.99", userAgent: null });
    expect(blocked.ok).toBe(false);
    expect(blocked).toMatchObject({ status: 429, error: expect.stringMatching(/Too many failed sign-ins.*15 minutes/) });
    // Another user is not affected.
    await expect(signInAs("agent@accord.example", DEMO_PASSWORD, "198.51.100.99")).resolves.toMatch(/accord_session=/);
  });

  it("throttles many failures from one IP across e-mails", async () => {
    for (let i = 0; i < 30; i++) await signIn({ email: `spray-${i}@example.com`, password: "x", ipAddress: "192.0.2.50", userAgent: null });
    const blocked = await signIn({ email: "admin@accord.example", password: DEMO_PASSWORD, ipAddress: "192.0.2.50", userAgent: null });
    expect(blocked).toMatchObject({ ok: false, status: 429 });
  });

  it("records the sign-in on the customer's timeline and in the audit log", async () => {
    const userId = await userIdByEmail("requester@acme.example");
    await signInAs("requester@acme.example", DEMO_PASSWORD, "203.0.113.9");
    const timeline = await getDb().select().from(activities).where(eq(activities.actorUserId, userId));
    expect(timeline.some((a) => a.type === "portal_sign_in")).toBe(true);
    const audits = await getDb().select().from(auditLog).where(eq(auditLog.entityId, userId));
    expect(audits.some((a) => a.action === "auth.sign_in" && a.ipAddress === "203.0.113.9")).toBe(true);
  });

  it("refuses a disabled user", async () => {
    await getDb().update(users).set({ disabledAt: new Date() }).where(eq(users.email, "buyer@globex.example"));
    const result = await signIn({ email: "buyer@globex.example", password: DEMO_PASSWORD, ipAddress: "10.9.9.9", userAgent: null });
    expect(result.ok).toBe(false);
    await getDb().update(users).set({ disabledAt: null }).where(eq(users.email, "buyer@globex.example"));
  });
});

describe("sessions", () => {
  it("a tampered cookie is no session and is cleared", async () => {
    const setCookie = await signInAs("buyer@acme.example");
    const token = setCookie.split(";")[0].split("=")[1];
    const tampered = `accord_session=${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const { session, clearCookie } = await readSession(requestWithCookie("/portal", tampered));
    expect(session).toBeNull();
    expect(clearCookie).toMatch(/accord_session=;/);
  });

  it("an expired session is no session", async () => {
    const setCookie = await signInAs("buyer@acme.example");
    const token = setCookie.split(";")[0].split("=")[1];
    await getDb().update(sessions).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(sessions.id, sessionIdFor(token)));
    const { session } = await readSession(requestWithCookie("/portal", setCookie));
    expect(session).toBeNull();
  });

  it("anonymous visitors are redirected to /login with where they were going", async () => {
    const response = await thrown(requireStaff(new Request("http://localhost/desk/accounts?tier=gold")));
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe("/login?redirectTo=%2Fdesk%2Faccounts%3Ftier%3Dgold");
  });

  it("a customer in the desk gets 403, staff in the portal get 403", async () => {
    const customerCookie = await signInAs("buyer@acme.example");
    expect((await thrown(requireStaff(requestWithCookie("/desk", customerCookie)))).status).toBe(403);
    const staffCookie = await signInAs("agent@accord.example");
    expect((await thrown(requireCustomer(requestWithCookie("/portal", staffCookie)))).status).toBe(403);
    await expect(requireStaff(requestWithCookie("/desk", staffCookie), ["agent"])).resolves.toBeTruthy();
    expect((await thrown(requireStaff(requestWithCookie("/desk/admin", staffCookie), ["admin"]))).status).toBe(403);
  });
});

describe("password change", () => {
  it("needs the current password, then ends every other session and keeps this one", async () => {
    const first = await signInAs("manager@accord.example");
    const second = await signInAs("manager@accord.example");
    const signedIn = (await getSignedIn(requestWithCookie("/desk", first)))!;

    const refused = await changePassword(signedIn.actor, signedIn.sessionId, { currentPassword: "wrong", newPassword: "correct horse battery" });
    expect(refused).toEqual({ ok: false, field: "currentPassword", error: "That is not your current password." });
    expect(await getSignedIn(requestWithCookie("/desk", second))).not.toBeNull();

    const done = await changePassword(signedIn.actor, signedIn.sessionId, { currentPassword: DEMO_PASSWORD, newPassword: "correct horse battery" });
    expect(done).toEqual({ ok: true });
    expect(await getSignedIn(requestWithCookie("/desk", first))).not.toBeNull();
    expect(await getSignedIn(requestWithCookie("/desk", second))).toBeNull();
    await expect(signInAs("manager@accord.example", "correct horse battery", "203.0.113.77")).resolves.toMatch(/accord_session=/);
    const [user] = await getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.email, "manager@accord.example"));
    expect(user.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
