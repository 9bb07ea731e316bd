import { sql } from "drizzle-orm";
import { type Executor, getDb, queryRows } from "~db/client";
import type { Actor } from "~/auth/actor";
import { can } from "~/auth/actor";
import { forbiddenError } from "~/domain/errors";
import { thresholds } from "./config";
import { analyticsQuery } from "./rfm.server";

export type AccountAnalytics = {
  accountId: string;
  segment: "most_valuable" | "growth" | "at_risk" | "transactional" | "inactive";
  lifecycleStage: "exploration" | "formation" | "stability" | "decline";
  churnRisk: number;
  recencyDays: number | null;
  frequency: number;
  monetaryCents: number;
  r: number | null;
  f: number | null;
  m: number | null;
  trend: number | null;
  typicalIntervalDays: number | null;
  reasons: string[];
};

/** Today in UTC as YYYY-MM-DD (the day snapshots are named by). */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);

function mapRow(r: Record<string, unknown>): AccountAnalytics {
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return {
    accountId: String(r.account_id),
    segment: r.segment as AccountAnalytics["segment"],
    lifecycleStage: r.lifecycle_stage as AccountAnalytics["lifecycleStage"],
    churnRisk: Number(r.churn_risk),
    recencyDays: num(r.recency_days),
    frequency: Number(r.frequency),
    monetaryCents: Number(r.monetary_cents),
    r: num(r.r),
    f: num(r.f),
    m: num(r.m),
    trend: num(r.trend),
    typicalIntervalDays: num(r.typical_interval_days),
    reasons: (typeof r.reasons === "string" ? JSON.parse(r.reasons) : r.reasons) as string[],
  };
}

/** Computes (without storing) every account's analytics as of a day. */
export async function computeAnalytics(asOf: string, ex: Executor = getDb()): Promise<AccountAnalytics[]> {
  return (await queryRows<Record<string, unknown>>(ex, analyticsQuery(asOf, thresholds()))).map(mapRow);
}

/**
 * Stores the day's snapshot (replacing one made earlier that day) in one
 * INSERT … SELECT, then closes the loop: a top-value account that entered
 * "at risk", or crossed the risk threshold, since the previous snapshot gets a
 * task for its account manager and an activity on its timeline — once per
 * transition, however often the snapshot is recomputed.
 */
export async function snapshotAnalytics(asOf: string): Promise<{ accounts: number; alerts: number }> {
  const t = thresholds();
  return getDb().transaction(async (tx) => {
    await tx.execute(sql`delete from account_analytics where as_of = ${asOf}::date`);
    await tx.execute(sql`
      insert into account_analytics (account_id, as_of, segment, lifecycle_stage, churn_risk, recency_days, frequency, monetary_cents, r, f, m, trend, typical_interval_days, reasons)
      select account_id, ${asOf}::date, segment, lifecycle_stage, churn_risk, recency_days, frequency, monetary_cents, r, f, m, trend, typical_interval_days, reasons
      from (${analyticsQuery(asOf, t)}) a`);
    const [{ n }] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from account_analytics where as_of = ${asOf}::date`);
    const transitions = await queryRows<{ account_id: string; owner_id: string | null; name: string; segment: string; churn_risk: number; reasons: string[] }>(
      tx,
      sql`with prev as (
            select distinct on (account_id) account_id, segment, churn_risk from account_analytics
            where as_of < ${asOf}::date order by account_id, as_of desc
          )
          select c.account_id, a.owner_id, a.name, c.segment::text, c.churn_risk, c.reasons
          from account_analytics c
          join accounts a on a.id = c.account_id
          join prev on prev.account_id = c.account_id
          where c.as_of = ${asOf}::date and coalesce(c.m, 0) >= ${t.topValueMinM}
            and ((c.segment = 'at_risk' and prev.segment <> 'at_risk') or (c.churn_risk >= ${t.riskAlertThreshold} and prev.churn_risk < ${t.riskAlertThreshold}))
            and not exists (select 1 from activities x where x.account_id = c.account_id and x.metadata->>'analyticsAlert' = ${asOf}::text)`,
    );
    if (transitions.length) {
      // One statement each for the tasks and the activities, over all transitions.
      await tx.execute(sql`
        insert into tasks (account_id, assignee_id, title, notes, priority, due_at)
        select x.account_id::uuid, x.owner_id::uuid, x.title, x.notes, 'high', (${asOf}::date + 3)::timestamptz + interval '9 hours'
        from jsonb_to_recordset(${JSON.stringify(transitions.map((r) => ({ account_id: r.account_id, owner_id: r.owner_id, title: `Win back ${r.name}: ${r.segment === "at_risk" ? "now at risk" : `churn risk ${Math.round(Number(r.churn_risk) * 100)}%`}`, notes: (typeof r.reasons === "string" ? JSON.parse(r.reasons) : r.reasons).join("; ") })))}::jsonb)
             as x(account_id text, owner_id text, title text, notes text)`);
      await tx.execute(sql`
        insert into activities (account_id, type, subject, body, metadata, source)
        select x.account_id::uuid, 'note', x.subject, x.body, jsonb_build_object('analyticsAlert', ${asOf}::text), 'analytics'
        from jsonb_to_recordset(${JSON.stringify(transitions.map((r) => ({ account_id: r.account_id, subject: r.segment === "at_risk" ? "Entered the at-risk segment" : `Churn risk rose to ${Math.round(Number(r.churn_risk) * 100)}%`, body: (typeof r.reasons === "string" ? JSON.parse(r.reasons) : r.reasons).join("; ") })))}::jsonb)
             as x(account_id text, subject text, body text)`);
    }
    return { accounts: Number(n), alerts: transitions.length };
  });
}

/**
 * The analytics as of a day — the stored snapshot, or computed now for a day
 * without one — optionally one page in account-id order (for the API).
 */
export async function analyticsAsOf(asOf: string, page?: { after?: string; limit: number }): Promise<AccountAnalytics[]> {
  const keyset = page?.after ? sql`where account_id > ${page.after}` : sql``;
  const limit = page ? sql`order by account_id limit ${page.limit}` : sql``;
  const [{ stored }] = await queryRows<{ stored: boolean }>(getDb(), sql`select exists (select 1 from account_analytics where as_of = ${asOf}::date) as stored`);
  const source = stored ? sql`(select * from account_analytics where as_of = ${asOf}::date)` : sql`(${analyticsQuery(asOf, thresholds())})`;
  return (await queryRows<Record<string, unknown>>(getDb(), sql`select * from ${source} a ${keyset} ${limit}`)).map(mapRow);
}

/** One account's latest snapshot (for the record and the API), or null before the first. */
export async function latestForAccount(accountId: string): Promise<(AccountAnalytics & { asOf: string }) | null> {
  const [row] = await queryRows<Record<string, unknown>>(getDb(), sql`select * from account_analytics where account_id = ${accountId} order by as_of desc limit 1`);
  return row ? { ...mapRow(row), asOf: String(row.as_of).slice(0, 10) } : null;
}

export function analyticsReader(actor: Actor) {
  if (actor.kind === "customer" || (actor.kind === "staff" && !can(actor, "records"))) throw forbiddenError();
}

/** Every account's analytics as of a day with its number and name, most urgent (value × risk) first — for CSV. */
export async function analyticsForExport(actor: Actor, asOf: string) {
  analyticsReader(actor);
  const [rows, names] = await Promise.all([analyticsAsOf(asOf), queryRows<{ id: string; number: string; name: string }>(getDb(), sql`select id, number, name from accounts`)]);
  const byId = new Map(names.map((n) => [n.id, n]));
  return rows
    .map((r) => ({ ...r, number: byId.get(r.accountId)?.number ?? "", name: byId.get(r.accountId)?.name ?? "" }))
    .sort((a, b) => b.monetaryCents * b.churnRisk - a.monetaryCents * a.churnRisk);
}
