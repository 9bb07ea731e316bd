import { and, asc, count, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "~db/client";
import { businessCalendars, slaPolicies, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { can } from "~/auth/actor";
import { lucia } from "~/auth/lucia.server";
import { hashPassword } from "~/auth/password.server";
import { newToken } from "~/auth/tokens.server";
import { requestPasswordReset } from "~/domain/identity/password-reset.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { audit } from "./audit.server";

function adminsOnly(actor: StaffActor) {
  if (!can(actor, "admin")) throw forbiddenError("This is for admins.");
}

export const staffSchema = z.object({
  name: z.string({ required_error: "Enter the name." }).trim().min(2, "Enter the name.").max(120),
  email: z.string({ required_error: "Enter the e-mail address." }).trim().toLowerCase().email("Enter a valid e-mail address."),
  role: z.enum(["agent", "account_manager", "admin"], { errorMap: () => ({ message: "Choose a role." }) }),
});

export async function listStaff(actor: StaffActor) {
  adminsOnly(actor);
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.staffRole, lastSignInAt: users.lastSignInAt, disabledAt: users.disabledAt, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.kind, "staff"))
    .orderBy(sql`${users.disabledAt} is not null`, asc(users.name));
}

/** A new member of staff, who sets a password through the e-mailed link (valid an hour; "forgot password" again later). */
export async function createStaff(actor: StaffActor, input: z.infer<typeof staffSchema>): Promise<void> {
  adminsOnly(actor);
  await getDb().transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
    if (taken) throw new DomainError("conflict", "Someone already signs in with that e-mail address.", "email");
    const [created] = await tx
      .insert(users)
      .values({ kind: "staff", staffRole: input.role, name: input.name, email: input.email, passwordHash: await hashPassword(newToken()) })
      .returning({ id: users.id });
    await audit(tx, actor, { action: "staff.created", entityType: "user", entityId: created.id, data: { role: input.role } });
  });
  await requestPasswordReset({ email: input.email, ipAddress: null });
}

/** Changes a staff member's role or turns their access off/on; the last active admin stays. */
export async function updateStaff(actor: StaffActor, userId: string, change: { role?: "agent" | "account_manager" | "admin"; active?: boolean }): Promise<void> {
  adminsOnly(actor);
  await getDb().transaction(async (tx) => {
    const [target] = await tx.select().from(users).where(and(eq(users.id, userId), eq(users.kind, "staff"))).for("update").limit(1);
    if (!target) throw notFound("That member of staff");
    const losesAdmin = target.staffRole === "admin" && !target.disabledAt && ((change.role && change.role !== "admin") || change.active === false);
    if (losesAdmin) {
      const [{ admins }] = await tx.select({ admins: count() }).from(users).where(and(eq(users.kind, "staff"), eq(users.staffRole, "admin"), isNull(users.disabledAt), ne(users.id, userId)));
      if (admins === 0) throw new DomainError("conflict", "Keep at least one active admin.");
    }
    if (userId === actor.userId && change.active === false) throw new DomainError("conflict", "You cannot turn off your own access.");
    await tx
      .update(users)
      .set({ ...(change.role ? { staffRole: change.role } : {}), ...(change.active === undefined ? {} : { disabledAt: change.active ? null : new Date() }), updatedAt: new Date() })
      .where(eq(users.id, userId));
    await audit(tx, actor, { action: "staff.updated", entityType: "user", entityId: userId, data: change });
  });
  if (change.active === false || change.role) await lucia().invalidateUserSessions(userId);
}

export async function listSlaPolicies(actor: StaffActor) {
  adminsOnly(actor);
  const db = getDb();
  const [policies, calendars] = await Promise.all([
    db.select().from(slaPolicies).orderBy(asc(slaPolicies.tier), asc(slaPolicies.priority)),
    db.select({ id: businessCalendars.id, name: businessCalendars.name, timezone: businessCalendars.timezone, alwaysOpen: businessCalendars.alwaysOpen }).from(businessCalendars).orderBy(asc(businessCalendars.name)),
  ]);
  return { policies, calendars };
}

export const slaPolicySchema = z.object({
  firstResponseHours: z.coerce.number({ invalid_type_error: "Hours, e.g. 4 or 0.5." }).positive("More than 0 hours.").max(24 * 30, "At most 30 days."),
  resolutionHours: z.coerce.number({ invalid_type_error: "Hours, e.g. 24." }).positive("More than 0 hours.").max(24 * 90, "At most 90 days."),
  calendarId: z.string().uuid("Choose a calendar."),
  pauseWhenPendingCustomer: z
    .enum(["on"])
    .optional()
    .transform((v) => v === "on"),
});

/** New targets for one tier × priority; they apply to tickets logged from now on. */
export async function updateSlaPolicy(actor: StaffActor, policyId: string, input: z.infer<typeof slaPolicySchema>): Promise<void> {
  adminsOnly(actor);
  if (input.resolutionHours < input.firstResponseHours) throw new DomainError("invalid", "Resolution cannot come before the first response.");
  await getDb().transaction(async (tx) => {
    const updated = await tx
      .update(slaPolicies)
      .set({ firstResponseMinutes: Math.round(input.firstResponseHours * 60), resolutionMinutes: Math.round(input.resolutionHours * 60), calendarId: input.calendarId, pauseWhenPendingCustomer: input.pauseWhenPendingCustomer, updatedAt: new Date() })
      .where(eq(slaPolicies.id, policyId))
      .returning({ id: slaPolicies.id });
    if (!updated.length) throw notFound("That SLA policy");
    await audit(tx, actor, { action: "sla_policy.updated", entityType: "sla_policy", entityId: policyId, data: input });
  });
}
