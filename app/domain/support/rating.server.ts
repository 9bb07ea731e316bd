import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "~db/client";
import { tickets } from "~db/schema";
import type { CustomerActor } from "~/auth/actor";
import { hashToken, isToken } from "~/auth/tokens.server";
import { recordActivity } from "~/domain/activity/activity.server";
import { DomainError, notFound } from "~/domain/errors";
import { customerTicketScope } from "./tickets.server";

export type Rating = { score: number; comment?: string };

async function rate(ticket: typeof tickets.$inferSelect, rating: Rating, actorUserId: string | null) {
  if (!Number.isInteger(rating.score) || rating.score < 1 || rating.score > 5) throw new DomainError("invalid", "Choose a rating from 1 to 5.");
  await getDb().transaction(async (tx) => {
    await tx
      .update(tickets)
      .set({ satisfactionRating: rating.score, satisfactionComment: rating.comment ?? ticket.satisfactionComment, ratedAt: new Date() })
      .where(eq(tickets.id, ticket.id));
    if (ticket.satisfactionRating === null) {
      await recordActivity(tx, {
        accountId: ticket.accountId,
        contactId: ticket.requesterContactId,
        actorUserId,
        type: "ticket_status",
        subject: `Ticket #${ticket.number} rated ${rating.score}/5`,
        body: rating.comment ?? null,
        entityType: "ticket",
        entityId: ticket.id,
      });
    }
  });
}

/** The one-click link from the "solved" e-mail: no sign-in, only solved or closed tickets. */
export async function rateByToken(token: string, rating: Rating): Promise<{ number: number; subject: string }> {
  if (!isToken(token)) throw notFound("That rating link");
  const [ticket] = await getDb()
    .select()
    .from(tickets)
    .where(and(eq(tickets.ratingTokenHash, hashToken(token)), inArray(tickets.status, ["solved", "closed"])))
    .limit(1);
  if (!ticket) throw notFound("That rating link");
  await rate(ticket, rating, null);
  return { number: ticket.number, subject: ticket.subject };
}

/** Rating from the ticket page, for a solved ticket the customer may see. */
export async function rateAsCustomer(actor: CustomerActor, number: number, rating: Rating): Promise<void> {
  const [ticket] = await getDb().select().from(tickets).where(and(customerTicketScope(actor), eq(tickets.number, number))).limit(1);
  if (!ticket) throw notFound("That ticket");
  if (ticket.status !== "solved" && ticket.status !== "closed") throw new DomainError("conflict", "You can rate a ticket once it is solved.");
  await rate(ticket, rating, actor.userId);
}
