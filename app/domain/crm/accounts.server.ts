import { and, asc, eq, exists, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb, timestamptz } from "~db/client";
import { accountAnalytics, accounts, orders, tasks, tickets, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { forbiddenError } from "~/domain/errors";
import type { AccountListFilter } from "./crm.schema";

export const ACCOUNT_PAGE_SIZE = 50;

const like = (q: string) => `%${q.replace(/[%_\\]/g, "\\$&")}%`;

/**
 * The customer list with the figures an account manager sorts by: revenue of
 * the last 12 months (orders not cancelled or rejected), last order, open
 * tickets. One query: per-account order figures are grouped once and joined.
 */
function listQuery(actor: StaffActor, filter: AccountListFilter, now: Date) {
  const db = getDb();
  const yearAgo = timestamptz(new Date(now.getTime() - 365 * 86_400_000));
  const orderStats = db
    .select({
      accountId: orders.accountId,
      lastOrderAt: sql<string | null>`max(${orders.placedAt})`.as("last_order_at"),
      revenue: sql<number>`coalesce(sum(${orders.totalCents}) filter (where ${orders.placedAt} >= ${yearAgo} and ${orders.status} not in ('cancelled','rejected')), 0)`.as("revenue"),
    })
    .from(orders)
    .groupBy(orders.accountId)
    .as("order_stats");
  const ticketStats = db
    .select({ accountId: tickets.accountId, open: sql<number>`count(*)`.as("open_tickets") })
    .from(tickets)
    .where(sql`${tickets.status} in ('new','open','pending_customer','on_hold')`)
    .groupBy(tickets.accountId)
    .as("ticket_stats");
  // The latest analytics snapshot, joined by its day.
  const latest = sql`(select max(as_of) from account_analytics)`;
  const conditions: (SQL | undefined)[] = [
    filter.segment ? sql`${accountAnalytics.segment} = ${filter.segment}` : undefined,
    filter.stage ? sql`${accountAnalytics.lifecycleStage} = ${filter.stage}` : undefined,
    filter.q ? or(ilike(accounts.name, like(filter.q)), ilike(accounts.number, like(filter.q)), ilike(accounts.domain, like(filter.q))) : undefined,
    filter.tier ? eq(accounts.tier, filter.tier) : undefined,
    filter.owner === "none" ? isNull(accounts.ownerId) : filter.owner === "me" ? eq(accounts.ownerId, actor.userId) : filter.owner ? eq(accounts.ownerId, filter.owner) : undefined,
    filter.industry ? eq(accounts.industry, filter.industry) : undefined,
    filter.openTickets ? sql`coalesce(${ticketStats.open}, 0) > 0` : undefined,
    filter.overdueTasks
      ? exists(db.select({ one: sql`1` }).from(tasks).where(and(eq(tasks.accountId, accounts.id), eq(tasks.status, "open"), sql`${tasks.dueAt} < ${timestamptz(now)}`)))
      : undefined,
  ];
  const revenue = sql`coalesce(${orderStats.revenue}, 0)`;
  const open = sql`coalesce(${ticketStats.open}, 0)`;
  const column = { name: sql`lower(${accounts.name})`, revenue, last_order: sql`${orderStats.lastOrderAt}`, open_tickets: open, risk: sql`${accountAnalytics.churnRisk}` }[filter.sort];
  const order = filter.dir === "asc" ? sql`${column} asc nulls first` : sql`${column} desc nulls last`;
  return db
    .select({
      id: accounts.id,
      number: accounts.number,
      name: accounts.name,
      domain: accounts.domain,
      tier: accounts.tier,
      industry: accounts.industry,
      status: accounts.status,
      ownerName: users.name,
      lastOrderAt: sql<string | null>`${orderStats.lastOrderAt}`,
      revenue12mCents: sql<number>`${revenue}`.mapWith(Number),
      openTickets: sql<number>`${open}`.mapWith(Number),
      segment: accountAnalytics.segment,
      lifecycleStage: accountAnalytics.lifecycleStage,
      churnRisk: accountAnalytics.churnRisk,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(accounts)
    .leftJoin(users, eq(users.id, accounts.ownerId))
    .leftJoin(orderStats, eq(orderStats.accountId, accounts.id))
    .leftJoin(ticketStats, eq(ticketStats.accountId, accounts.id))
    .leftJoin(accountAnalytics, and(eq(accountAnalytics.accountId, accounts.id), sql`${accountAnalytics.asOf} = ${latest}`))
    .where(and(...conditions))
    .orderBy(order, asc(accounts.id))
    .$dynamic();
}

export async function listAccounts(actor: StaffActor, filter: AccountListFilter, now = new Date()) {
  if (actor.kind !== "staff") throw forbiddenError();
  const rows = await listQuery(actor, filter, now).limit(ACCOUNT_PAGE_SIZE).offset((filter.page - 1) * ACCOUNT_PAGE_SIZE);
  const total = rows[0]?.total ?? 0;
  return {
    accounts: rows.map(({ total: _t, lastOrderAt, ...r }) => ({ ...r, lastOrderAt: lastOrderAt ? new Date(lastOrderAt) : null })),
    total,
    page: filter.page,
    pages: Math.max(1, Math.ceil(total / ACCOUNT_PAGE_SIZE)),
  };
}

/** The same view, every page, for CSV export (streamed in pages of 1,000). */
export async function* accountsForExport(actor: StaffActor, filter: AccountListFilter, now = new Date()) {
  if (actor.kind !== "staff") throw forbiddenError();
  for (let offset = 0; ; offset += 1000) {
    const rows = await listQuery(actor, filter, now).limit(1000).offset(offset);
    for (const { total: _t, ...row } of rows) yield row;
    if (rows.length < 1000) return;
  }
}

/** Filter choices: the industries present and the staff who own accounts. */
export async function accountListOptions() {
  const db = getDb();
  const [industries, owners] = await Promise.all([
    db.selectDistinct({ industry: accounts.industry }).from(accounts).orderBy(asc(accounts.industry)),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.kind, "staff"), sql`${users.staffRole} in ('account_manager','admin')`, isNull(users.disabledAt)))
      .orderBy(asc(users.name)),
  ]);
  return { industries: industries.map((i) => i.industry), owners };
}
