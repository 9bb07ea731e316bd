import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb, queryRows } from "~db/client";
import { accounts, opportunities, orders, quotes, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { can } from "~/auth/actor";
import { recordActivity } from "~/domain/activity/activity.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { formatMoney } from "~/ui/format";
import { type moveStageSchema, OPEN_STAGES, type opportunitySchema, type Stage, STAGE_LABEL, STAGE_PROBABILITY } from "./pipeline.schema";

function pipelineOnly(actor: StaffActor) {
  if (!can(actor, "pipeline")) throw forbiddenError("The pipeline is for account managers and admins.");
}

/**
 * The pipeline: open opportunities (and those closed in the last 90 days) for
 * one owner or everyone, the weighted forecast by month of expected close, and
 * — for the owner themself, or for admins for every owner — the per-owner
 * figures that quotas and commission are based on.
 */
export async function pipeline(actor: StaffActor, owner: "me" | "all" | string, now = new Date()) {
  pipelineOnly(actor);
  const db = getDb();
  const ownerId = owner === "me" ? actor.userId : owner === "all" ? null : owner;
  const ownerFilter = ownerId ? eq(opportunities.ownerId, ownerId) : undefined;
  const recent = sql`(${opportunities.stage} in ('prospecting','qualification','proposal','negotiation') or ${opportunities.closedAt} >= ${new Date(now.getTime() - 90 * 86_400_000).toISOString()}::timestamptz)`;
  const rows = await db
    .select({
      id: opportunities.id,
      name: opportunities.name,
      stage: opportunities.stage,
      amountCents: opportunities.amountCents,
      currency: opportunities.currency,
      probability: opportunities.probability,
      expectedCloseDate: opportunities.expectedCloseDate,
      closedAt: opportunities.closedAt,
      accountId: accounts.id,
      accountName: accounts.name,
      ownerId: opportunities.ownerId,
      ownerName: users.name,
      orderNumber: orders.number,
      quoteNumber: quotes.number,
    })
    .from(opportunities)
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .leftJoin(users, eq(users.id, opportunities.ownerId))
    .leftJoin(orders, eq(orders.id, opportunities.orderId))
    .leftJoin(quotes, eq(quotes.id, opportunities.quoteId))
    .where(and(recent, ownerFilter))
    .orderBy(asc(opportunities.expectedCloseDate), asc(opportunities.name))
    .limit(1000);
  const forecast = await queryRows<{ month: string; weighted: number; total: number; deals: number }>(
    db,
    sql`select to_char(date_trunc('month', expected_close_date), 'YYYY-MM') as month,
               round(sum(amount_cents * probability / 100.0))::bigint as weighted, sum(amount_cents)::bigint as total, count(*)::int as deals
        from opportunities
        where stage in ('prospecting','qualification','proposal','negotiation') ${ownerId ? sql`and owner_id = ${ownerId}` : sql``}
        group by 1 order by 1`,
  );
  // Per-owner figures: everyone's for admins, one's own for an account manager.
  const perOwner = await queryRows<{ owner_id: string; owner_name: string; open: number; weighted: number; won_quarter: number; deals: number }>(
    db,
    sql`select o.owner_id, u.name as owner_name,
               coalesce(sum(o.amount_cents) filter (where o.stage in ('prospecting','qualification','proposal','negotiation')), 0)::bigint as open,
               coalesce(round(sum(o.amount_cents * o.probability / 100.0) filter (where o.stage in ('prospecting','qualification','proposal','negotiation'))), 0)::bigint as weighted,
               coalesce(sum(o.amount_cents) filter (where o.stage = 'won' and o.closed_at >= date_trunc('quarter', ${now.toISOString()}::timestamptz)), 0)::bigint as won_quarter,
               count(*) filter (where o.stage in ('prospecting','qualification','proposal','negotiation'))::int as deals
        from opportunities o join users u on u.id = o.owner_id
        ${actor.role === "admin" ? sql`` : sql`where o.owner_id = ${actor.userId}`}
        group by o.owner_id, u.name order by 4 desc`,
  );
  return {
    opportunities: rows,
    forecast: forecast.map((f) => ({ month: f.month, weightedCents: Number(f.weighted), totalCents: Number(f.total), deals: Number(f.deals) })),
    perOwner: perOwner.map((p) => ({ ownerId: p.owner_id, ownerName: p.owner_name, openCents: Number(p.open), weightedCents: Number(p.weighted), wonQuarterCents: Number(p.won_quarter), deals: Number(p.deals) })),
  };
}

/**
 * Moves an opportunity to another stage: the stage's probability, the close
 * date for won and lost, the order or quote a won deal became (of the same
 * account), and an activity on the customer's timeline.
 */
export async function moveStage(actor: StaffActor, id: string, input: z.infer<typeof moveStageSchema>, now = new Date()): Promise<void> {
  pipelineOnly(actor);
  await getDb().transaction(async (tx) => {
    const [opportunity] = await tx.select().from(opportunities).where(eq(opportunities.id, id)).for("update").limit(1);
    if (!opportunity) throw notFound("That opportunity");
    const changes: Partial<typeof opportunities.$inferInsert> = { stage: input.stage, probability: STAGE_PROBABILITY[input.stage], updatedAt: now };
    if (input.stage === "won" || input.stage === "lost") changes.closedAt = opportunity.closedAt && opportunity.stage === input.stage ? opportunity.closedAt : now;
    else changes.closedAt = null;
    if (input.stage === "lost") changes.lostReason = input.lostReason;
    if (input.stage === "won" && input.result) {
      const [order] = await tx.select({ id: orders.id }).from(orders).where(and(eq(orders.accountId, opportunity.accountId), eq(orders.number, input.result))).limit(1);
      const [quote] = order ? [] : await tx.select({ id: quotes.id }).from(quotes).where(and(eq(quotes.accountId, opportunity.accountId), eq(quotes.number, input.result))).limit(1);
      if (!order && !quote) throw new DomainError("invalid", `${input.result} is not an order or quote of this account.`, "result");
      changes.orderId = order?.id ?? null;
      changes.quoteId = quote?.id ?? null;
    }
    await tx.update(opportunities).set(changes).where(eq(opportunities.id, id));
    if (input.stage !== opportunity.stage) {
      await recordActivity(tx, {
        accountId: opportunity.accountId,
        contactId: opportunity.contactId,
        actorUserId: actor.userId,
        type: "opportunity_stage",
        subject: `${opportunity.name}: ${STAGE_LABEL[opportunity.stage as Stage]} → ${STAGE_LABEL[input.stage]} (${formatMoney(opportunity.amountCents, opportunity.currency)})`,
        body: input.stage === "lost" ? input.lostReason : input.result ? `Became ${input.result}.` : null,
        entityType: "opportunity",
        entityId: opportunity.id,
        metadata: { from: opportunity.stage, to: input.stage },
        occurredAt: now,
      });
    }
  });
}

export async function createOpportunity(actor: StaffActor, accountId: string, input: z.infer<typeof opportunitySchema>): Promise<string> {
  pipelineOnly(actor);
  return getDb().transaction(async (tx) => {
    const [account] = await tx.select({ id: accounts.id, currency: accounts.currency }).from(accounts).where(eq(accounts.id, accountId)).limit(1);
    if (!account) throw notFound("That account");
    const [created] = await tx
      .insert(opportunities)
      .values({
        accountId,
        ownerId: actor.userId,
        name: input.name,
        stage: input.stage,
        amountCents: Math.round(input.amount * 100),
        currency: account.currency,
        probability: input.probability ?? STAGE_PROBABILITY[input.stage],
        expectedCloseDate: input.expectedCloseDate,
        description: input.description,
      })
      .returning({ id: opportunities.id });
    await recordActivity(tx, { accountId, actorUserId: actor.userId, type: "opportunity_stage", subject: `New opportunity: ${input.name} (${formatMoney(Math.round(input.amount * 100), account.currency)}, ${STAGE_LABEL[input.stage]})`, entityType: "opportunity", entityId: created.id });
    return created.id;
  });
}

/** Open opportunities of the staff member, by stage, for the desk home. */
export async function myPipelineSummary(actor: StaffActor) {
  if (!can(actor, "pipeline")) return null;
  const rows = await getDb()
    .select({ stage: opportunities.stage, deals: sql<number>`count(*)::int`.mapWith(Number), amount: sql<number>`sum(${opportunities.amountCents})`.mapWith(Number), weighted: sql<number>`round(sum(${opportunities.amountCents} * ${opportunities.probability} / 100.0))`.mapWith(Number) })
    .from(opportunities)
    .where(and(eq(opportunities.ownerId, actor.userId), inArray(opportunities.stage, [...OPEN_STAGES])))
    .groupBy(opportunities.stage);
  return OPEN_STAGES.map((stage) => rows.find((r) => r.stage === stage) ?? { stage, deals: 0, amount: 0, weighted: 0 });
}
