import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "~db/client";
import { macros } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { audit } from "~/domain/platform/audit.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { fillPlaceholders, unknownPlaceholders } from "./macros";

export const macroSchema = z.object({
  name: z.string({ required_error: "Name the reply." }).trim().min(2, "Name the reply.").max(80, "Keep the name under 80 characters."),
  body: z
    .string({ required_error: "Write the reply." })
    .trim()
    .min(5, "Write the reply.")
    .max(10_000, "Keep the reply under 10,000 characters.")
    .superRefine((body, ctx) => {
      const unknown = unknownPlaceholders(body);
      if (unknown.length) ctx.addIssue({ code: "custom", message: `Unknown placeholder ${unknown.map((u) => `{{${u}}}`).join(", ")}.` });
    }),
  setStatus: z
    .enum(["", "open", "pending_customer", "on_hold", "solved"])
    .default("")
    .transform((v) => v || null),
});

export async function listMacros() {
  return getDb().select().from(macros).orderBy(asc(macros.name));
}

/** A canned reply filled in for one ticket; the agent reads and edits it before sending. */
export async function macroForTicket(actor: StaffActor, macroId: string, ticket: { number: number; subject: string; orderNumber: string | null; requesterName: string | null; accountName: string }) {
  if (actor.kind !== "staff") throw forbiddenError();
  const [macro] = await getDb().select().from(macros).where(eq(macros.id, macroId)).limit(1);
  if (!macro) throw notFound("That canned reply");
  const body = fillPlaceholders(macro.body, {
    "requester.first_name": ticket.requesterName?.split(" ")[0] ?? "",
    "requester.name": ticket.requesterName,
    "account.name": ticket.accountName,
    "ticket.number": ticket.number,
    "ticket.subject": ticket.subject,
    "ticket.order_number": ticket.orderNumber,
    "agent.name": actor.name,
    "agent.first_name": actor.name.split(" ")[0],
  });
  return { id: macro.id, name: macro.name, body, setStatus: macro.setStatus };
}

export async function saveMacro(actor: StaffActor, id: string | null, input: z.infer<typeof macroSchema>): Promise<void> {
  if (actor.kind !== "staff") throw forbiddenError();
  await getDb().transaction(async (tx) => {
    const [clash] = await tx.select({ id: macros.id }).from(macros).where(sql`lower(${macros.name}) = lower(${input.name})`).limit(1);
    if (clash && clash.id !== id) throw new DomainError("conflict", `A canned reply named "${input.name}" already exists.`);
    if (id) {
      const updated = await tx.update(macros).set({ ...input, updatedAt: new Date() }).where(eq(macros.id, id)).returning({ id: macros.id });
      if (!updated.length) throw notFound("That canned reply");
    } else {
      await tx.insert(macros).values({ ...input, createdByUserId: actor.userId });
    }
    await audit(tx, actor, { action: id ? "macro.updated" : "macro.created", entityType: "macro", entityId: id });
  });
}

export async function deleteMacro(actor: StaffActor, id: string): Promise<void> {
  if (actor.kind !== "staff") throw forbiddenError();
  await getDb().transaction(async (tx) => {
    const deleted = await tx.delete(macros).where(eq(macros.id, id)).returning({ name: macros.name });
    if (!deleted.length) throw notFound("That canned reply");
    await audit(tx, actor, { action: "macro.deleted", entityType: "macro", entityId: id, data: { name: deleted[0].name } });
  });
}
