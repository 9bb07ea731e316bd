import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { getDb, timestamptz } from "~db/client";
import { accounts, orders, tickets } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { OPEN_TICKET_STATUSES } from "~/domain/support/tickets.server";

export type OwnedAccount = {
  id: string;
  name: string;
  number: string;
  tier: (typeof accounts.$inferSelect)["tier"];
  industry: string;
  lastOrderAt: Date | null;
  revenue12mCents: number;
  openTickets: number;
};

/** The accounts the staff member owns, with the figures an account manager checks daily. */
export async function listOwnedAccounts(actor: StaffActor, limit = 10): Promise<{ accounts: OwnedAccount[]; total: number }> {
  const db = getDb();
  const owned = eq(accounts.ownerId, actor.userId);
  const yearAgo = new Date(Date.now() - 365 * 86_400_000);
  const orderStats = db
    .select({
      accountId: orders.accountId,
      lastOrderAt: sql<Date>`max(${orders.placedAt})`.as("last_order_at"),
      revenue: sql<number>`coalesce(sum(${orders.totalCents}) filter (where ${orders.placedAt} >= ${timestamptz(yearAgo)} and ${orders.status} not in ('cancelled','rejected')), 0)`.as("revenue"),
    })
    .from(orders)
    .innerJoin(accounts, eq(accounts.id, orders.accountId))
    .where(owned)
    .groupBy(orders.accountId)
    .as("order_stats");
  const ticketStats = db
    .select({ accountId: tickets.accountId, open: sql<number>`count(*)`.as("open_tickets") })
    .from(tickets)
    .innerJoin(accounts, eq(accounts.id, tickets.accountId))
    .where(and(owned, inArray(tickets.status, [...OPEN_TICKET_STATUSES])))
    .groupBy(tickets.accountId)
    .as("ticket_stats");
  const rows = await db
    .select({
      id: accounts.id,
      name: accounts.name,
      number: accounts.number,
      tier: accounts.tier,
      industry: accounts.industry,
      lastOrderAt: orderStats.lastOrderAt,
      revenue12mCents: sql<number>`coalesce(${orderStats.revenue}, 0)`.mapWith(Number),
      openTickets: sql<number>`coalesce(${ticketStats.open}, 0)`.mapWith(Number),
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(accounts)
    .leftJoin(orderStats, eq(orderStats.accountId, accounts.id))
    .leftJoin(ticketStats, eq(ticketStats.accountId, accounts.id))
    .where(owned)
    .orderBy(desc(sql`coalesce(${orderStats.revenue}, 0)`))
    .limit(limit);
  return {
    accounts: rows.map(({ total: _total, lastOrderAt, ...row }) => ({ ...row, lastOrderAt: lastOrderAt ? new Date(lastOrderAt) : null })),
    total: rows[0]?.total ?? 0,
  };
}
