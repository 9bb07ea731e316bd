import { redirect } from "@remix-run/node";
import { eq } from "drizzle-orm";
import { getDb } from "~db/client";
import { accounts, contacts } from "~db/schema";
import { can, type CustomerActor, type StaffActor, type StaffPermission, type StaffRole, type UserActor } from "./actor";
import { readSession, type SessionUser } from "./session.server";

export type SignedIn = { actor: UserActor; sessionId: string };

async function actorFor(user: SessionUser): Promise<UserActor | null> {
  if (user.kind === "staff") {
    if (!user.staffRole) return null;
    return { kind: "staff", userId: user.id, role: user.staffRole, name: user.name, email: user.email, timezone: user.timezone };
  }
  const [row] = await getDb()
    .select({
      contactId: contacts.id,
      accountId: contacts.accountId,
      role: contacts.portalRole,
      spendingLimitCents: contacts.spendingLimitCents,
      accountName: accounts.name,
      accountStatus: accounts.status,
    })
    .from(contacts)
    .innerJoin(accounts, eq(accounts.id, contacts.accountId))
    .where(eq(contacts.userId, user.id))
    .limit(1);
  // A customer user without a contact or portal role, or of a closed account, has no access.
  if (!row || !row.role || row.accountStatus === "closed") return null;
  return {
    kind: "customer",
    userId: user.id,
    contactId: row.contactId,
    accountId: row.accountId,
    accountName: row.accountName,
    role: row.role,
    spendingLimitCents: row.spendingLimitCents,
    name: user.name,
    email: user.email,
    timezone: user.timezone,
  };
}

/** The signed-in user of the request, or null. */
export async function getSignedIn(request: Request): Promise<SignedIn | null> {
  const { session } = await readSession(request);
  if (!session) return null;
  const actor = await actorFor(session.user);
  return actor ? { actor, sessionId: session.sessionId } : null;
}

function loginRedirect(request: Request, clearCookie: string | null): never {
  const url = new URL(request.url);
  const redirectTo = `${url.pathname}${url.search}`;
  const params = new URLSearchParams();
  if (redirectTo !== "/") params.set("redirectTo", redirectTo);
  const query = params.toString();
  throw redirect(`/login${query ? `?${query}` : ""}`, clearCookie ? { headers: { "Set-Cookie": clearCookie } } : undefined);
}

/** Anonymous visitors are sent to /login?redirectTo=…; an expired or tampered cookie is cleared. */
export async function requireUser(request: Request): Promise<SignedIn> {
  const { session, clearCookie } = await readSession(request);
  if (!session) loginRedirect(request, clearCookie);
  const actor = await actorFor(session.user);
  if (!actor) loginRedirect(request, null);
  return { actor, sessionId: session.sessionId };
}

export function forbidden(message = "You do not have access to this page."): never {
  throw new Response(message, { status: 403, statusText: "Forbidden" });
}

export async function requireCustomer(request: Request): Promise<SignedIn & { actor: CustomerActor }> {
  const signedIn = await requireUser(request);
  if (signedIn.actor.kind !== "customer") forbidden("The portal is for customers. Staff work in the desk.");
  return signedIn as SignedIn & { actor: CustomerActor };
}

export async function requireStaff(request: Request, roles?: StaffRole[]): Promise<SignedIn & { actor: StaffActor }> {
  const signedIn = await requireUser(request);
  if (signedIn.actor.kind !== "staff") forbidden("The desk is for Accord staff.");
  if (roles && !roles.includes(signedIn.actor.role)) forbidden();
  return signedIn as SignedIn & { actor: StaffActor };
}

/** A staff member who holds the permission (see STAFF_PERMISSIONS); anyone else gets 403. */
export async function requireStaffCan(request: Request, permission: StaffPermission): Promise<SignedIn & { actor: StaffActor }> {
  const signedIn = await requireStaff(request);
  if (!can(signedIn.actor, permission)) forbidden(PERMISSION_DENIED[permission]);
  return signedIn;
}

const PERMISSION_DENIED: Record<StaffPermission, string> = {
  support: "The support queue is for support staff.",
  records: "Customer records are for Accord staff.",
  log_activity: "Logging activities is for Accord staff.",
  pipeline: "The pipeline is for account managers and admins.",
  tasks: "Tasks are for account managers and admins.",
  edit_accounts: "Creating and editing accounts and contacts is for account managers and admins.",
  admin: "This page is for admins.",
};
