import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb, queryRows } from "~db/client";
import { contacts, users } from "~db/schema";
import { DEMO_PASSWORD } from "~db/seed/generate";
import type { CustomerActor } from "~/auth/actor";
import { getSignedIn } from "~/auth/guards.server";
import { inviteSchema } from "~/domain/accounts/users.schema";
import { acceptInvitation, inviteColleague, listAccountUsers, setColleagueActive, updateColleague } from "~/domain/accounts/users.server";
import { signIn } from "~/domain/identity/sign-in.server";
import { requestWithCookie, seedSmall } from "../setup/fixtures";

async function customer(email: string): Promise<CustomerActor> {
  const [c] = await getDb().select().from(contacts).where(eq(contacts.email, email));
  return { kind: "customer", userId: c.userId!, contactId: c.id, accountId: c.accountId, accountName: "Acme Manufacturing", role: c.portalRole!, spendingLimitCents: c.spendingLimitCents, name: `${c.firstName} ${c.lastName}`, email, timezone: "UTC" };
}

let admin: CustomerActor;
let requester: CustomerActor;

beforeAll(async () => {
  await seedSmall(3);
  admin = await customer("buyer@acme.example");
  requester = await customer("requester@acme.example");
});

describe("account users", () => {
  it("an admin invites a colleague by e-mail; the link creates their sign-in once", async () => {
    await inviteColleague(admin, inviteSchema.parse({ name: "Jamie Rivera", email: "Jamie.Rivera@acme.example", role: "buyer", spendingLimit: "$2,500" }));
    const [job] = await queryRows<{ url: string }>(getDb(), sql`select data->'props'->>'acceptUrl' as url from pgboss.job where data->>'template' = 'colleague-invitation'`);
    const token = job.url.split("/invitations/")[1];
    const { pending } = await listAccountUsers(admin);
    expect(pending.map((p) => p.email)).toEqual(["jamie.rivera@acme.example"]);

    const accepted = await acceptInvitation(token, "a long new password", { ipAddress: null, userAgent: null });
    if (!accepted.ok) throw new Error(accepted.error);
    const session = await getSignedIn(requestWithCookie("/portal", accepted.setCookie));
    expect(session?.actor).toMatchObject({ kind: "customer", role: "buyer", accountId: admin.accountId, spendingLimitCents: 250_000 });
    expect(await acceptInvitation(token, "a long new password", { ipAddress: null, userAgent: null })).toMatchObject({ ok: false });
    await expect(inviteColleague(admin, inviteSchema.parse({ name: "Jamie", email: "jamie.rivera@acme.example", role: "buyer", spendingLimit: "" }))).rejects.toMatchObject({ kind: "conflict" });
  });

  it("only admins manage colleagues, and the last admin stays", async () => {
    await expect(listAccountUsers(requester)).rejects.toMatchObject({ kind: "forbidden" });
    await expect(updateColleague(admin, { contactId: admin.contactId, role: "buyer", spendingLimit: null })).rejects.toMatchObject({ kind: "conflict" });
    await updateColleague(admin, { contactId: requester.contactId, role: "buyer", spendingLimit: 100_000 });
    const [c] = await getDb().select().from(contacts).where(eq(contacts.id, requester.contactId));
    expect(c).toMatchObject({ portalRole: "buyer", spendingLimitCents: 100_000 });
    const [foreign] = await getDb().select().from(contacts).where(eq(contacts.email, "buyer@globex.example"));
    await expect(updateColleague(admin, { contactId: foreign.id, role: "requester", spendingLimit: null })).rejects.toMatchObject({ kind: "not_found" });
    expect(inviteSchema.safeParse({ name: "X", email: "not-an-email", role: "boss", spendingLimit: "lots" }).success).toBe(false);
  });

  it("deactivating signs the colleague out and keeps them out", async () => {
    const login = await signIn({ email: "requester@acme.example", password: DEMO_PASSWORD, ipAddress: null, userAgent: null });
    if (!login.ok) throw new Error(login.error);
    await expect(setColleagueActive(admin, admin.contactId, false)).rejects.toMatchObject({ kind: "conflict" });
    await setColleagueActive(admin, requester.contactId, false);
    expect(await getSignedIn(requestWithCookie("/portal", login.setCookie))).toBeNull();
    expect((await signIn({ email: "requester@acme.example", password: DEMO_PASSWORD, ipAddress: null, userAgent: null })).ok).toBe(false);
    await setColleagueActive(admin, requester.contactId, true);
    const [u] = await getDb().select().from(users).where(eq(users.email, "requester@acme.example"));
    expect(u.disabledAt).toBeNull();
  });
});
