import { sql } from "drizzle-orm";
import { getDb, queryRows } from "~db/client";
import type { StaffActor } from "~/auth/actor";
import { analyticsAsOf, analyticsReader, type AccountAnalytics } from "./analytics.server";
import { type Segment, thresholds } from "./config";

/**
 * The analytics dashboard as of a day: segment sizes and revenue, the
 * churn-risk worklist (value × risk), the Pareto curve with profit where
 * costs are known, retention by month, and the value × loyalty matrix.
 */
export async function analyticsDashboard(actor: StaffActor, asOf: string) {
  analyticsReader(actor);
  const rows = await analyticsAsOf(asOf);
  const names = new Map((await queryRows<{ id: string; name: string; tier: string; owner: string | null }>(getDb(), sql`select a.id, a.name, a.tier::text as tier, u.name as owner from accounts a left join users u on u.id = a.owner_id`)).map((a) => [a.id, a]));
  const segments = (["most_valuable", "growth", "at_risk", "transactional", "inactive"] as Segment[]).map((segment) => {
    const inSegment = rows.filter((r) => r.segment === segment);
    return { segment, accounts: inSegment.length, revenueCents: inSegment.reduce((s, r) => s + r.monetaryCents, 0) };
  });
  const worklist = rows
    .filter((r) => r.segment !== "inactive" && r.churnRisk > 0)
    .map((r) => ({ ...r, name: names.get(r.accountId)?.name ?? "", tier: names.get(r.accountId)?.tier ?? "", owner: names.get(r.accountId)?.owner ?? null, priority: r.monetaryCents * r.churnRisk }))
    .sort((a, b) => b.priority - a.priority)
    .slice(0, 50);
  return { asOf, total: rows.length, costPerTicketCents: thresholds().costPerTicketCents, segments, worklist, pareto: await pareto(asOf, rows), retention: await retention(asOf), matrix: matrix(rows) };
}

/**
 * Revenue concentration: accounts by 12-month revenue, the cumulative share
 * (sampled to 50 points for the chart), the top 20 %'s share, and — where
 * product costs are known — gross profit less a cost per ticket, to show the
 * unprofitable tail.
 */
async function pareto(asOf: string, rows: AccountAnalytics[]) {
  const t = thresholds();
  const buyers = rows.filter((r) => r.monetaryCents > 0).sort((a, b) => b.monetaryCents - a.monetaryCents);
  const total = buyers.reduce((s, r) => s + r.monetaryCents, 0);
  let running = 0;
  const curve = buyers.map((r, i) => {
    running += r.monetaryCents;
    return { accounts: (i + 1) / buyers.length, revenue: total ? running / total : 0 };
  });
  const sampled = curve.filter((_, i) => curve.length <= 50 || i % Math.ceil(curve.length / 50) === 0 || i === curve.length - 1);
  const top20 = curve[Math.max(0, Math.ceil(buyers.length * 0.2) - 1)]?.revenue ?? 0;
  const profit = await queryRows<{ account_id: string; revenue: number; cost: number | null; tickets: number }>(
    getDb(),
    sql`with p as (select (${asOf}::date + 1)::timestamptz as at)
        select o.account_id, sum(l.line_total_cents)::bigint as revenue,
               sum(l.quantity * pr.cost_cents)::bigint as cost,
               (select count(*) from tickets t where t.account_id = o.account_id and t.created_at >= p.at - interval '12 months' and t.created_at < p.at)::int as tickets
        from orders o cross join p
        join order_lines l on l.order_id = o.id
        left join products pr on pr.id = l.product_id
        where o.status not in ('cancelled','rejected') and o.placed_at >= p.at - interval '12 months' and o.placed_at < p.at
        group by o.account_id, p.at`,
  );
  const withCosts = profit.filter((p) => p.cost !== null);
  const profits = withCosts.map((p) => ({ accountId: p.account_id, profitCents: Number(p.revenue) - Number(p.cost) - Number(p.tickets) * t.costPerTicketCents })).sort((a, b) => b.profitCents - a.profitCents);
  const totalProfit = profits.reduce((s, p) => s + p.profitCents, 0);
  let peak = 0;
  let cum = 0;
  for (const p of profits) {
    cum += p.profitCents;
    peak = Math.max(peak, cum);
  }
  return {
    accounts: buyers.length,
    top20Share: top20,
    curve: sampled,
    profit: profits.length
      ? { accounts: profits.length, totalCents: totalProfit, peakCents: peak, unprofitable: profits.filter((p) => p.profitCents < 0).length, unprofitableCents: profits.filter((p) => p.profitCents < 0).reduce((s, p) => s + p.profitCents, 0) }
      : null,
  };
}

/**
 * Per month of the last 12: accounts active (ordered), new (first order
 * ever), retained (active the month before too), the retention rate
 * (retained ÷ active the month before), revenue and revenue per active
 * account — the parts of revenue = (new + existing × retention) × usage.
 */
async function retention(asOf: string) {
  const rows = await queryRows<{ month: string; active: number; new: number; retained: number; prev_active: number; revenue: number }>(
    getDb(),
    sql`with p as (select date_trunc('month', ${asOf}::date)::date as last_month),
        months as (select generate_series((select last_month from p) - interval '11 months', (select last_month from p), interval '1 month')::date as m),
        activity as (
          select distinct account_id, date_trunc('month', placed_at)::date as m from orders
          where status not in ('cancelled','rejected') and placed_at >= (select last_month from p) - interval '12 months' and placed_at < (select last_month from p) + interval '1 month'
        ),
        firsts as (select account_id, date_trunc('month', min(placed_at))::date as m from orders where status not in ('cancelled','rejected') group by account_id),
        revenue as (
          select date_trunc('month', placed_at)::date as m, sum(total_cents)::bigint as cents from orders
          where status not in ('cancelled','rejected') and placed_at >= (select last_month from p) - interval '11 months' and placed_at < (select last_month from p) + interval '1 month'
          group by 1
        )
        select to_char(months.m, 'YYYY-MM') as month,
          (select count(*) from activity a where a.m = months.m)::int as active,
          (select count(*) from firsts f where f.m = months.m)::int as new,
          (select count(*) from activity a join activity b on b.account_id = a.account_id and b.m = (months.m - interval '1 month')::date where a.m = months.m)::int as retained,
          (select count(*) from activity b where b.m = (months.m - interval '1 month')::date)::int as prev_active,
          coalesce((select cents from revenue r where r.m = months.m), 0) as revenue
        from months order by months.m`,
  );
  return rows.map((r) => ({ month: r.month, active: Number(r.active), new: Number(r.new), retained: Number(r.retained), retentionRate: Number(r.prev_active) ? Number(r.retained) / Number(r.prev_active) : null, revenueCents: Number(r.revenue), revenuePerAccountCents: Number(r.active) ? Math.round(Number(r.revenue) / Number(r.active)) : 0 }));
}

export const MATRIX_ACTIONS = {
  high_high: { title: "Protect", action: "High value, loyal: retain and reward — account plan, first call on new products." },
  high_low: { title: "Win loyalty", action: "High value, not loyal: quarterly reviews, fix service issues, agree volume terms." },
  low_high: { title: "Grow the wallet", action: "Loyal but small: cross-sell categories they buy elsewhere." },
  low_low: { title: "Serve efficiently", action: "Small and occasional: self-service and portal ordering, no field time." },
} as const;

/**
 * Value (M score 4–5 is high) against loyalty (customer for a year or more, in
 * stability or formation, revenue not falling): four quadrants, each with the
 * recommended action.
 */
function matrix(rows: AccountAnalytics[]) {
  const t = thresholds();
  const active = rows.filter((r) => r.segment !== "inactive");
  const cell = (r: AccountAnalytics) => {
    const value = (r.m ?? 0) >= 4 ? "high" : "low";
    const loyal = (r.lifecycleStage === "stability" || r.lifecycleStage === "formation") && (r.trend ?? 0) > t.atRiskTrend ? "high" : "low";
    return `${value}_${loyal}` as keyof typeof MATRIX_ACTIONS;
  };
  return (Object.keys(MATRIX_ACTIONS) as (keyof typeof MATRIX_ACTIONS)[]).map((key) => {
    const inCell = active.filter((r) => cell(r) === key);
    return { key, ...MATRIX_ACTIONS[key], accounts: inCell.length, revenueCents: inCell.reduce((s, r) => s + r.monetaryCents, 0) };
  });
}
