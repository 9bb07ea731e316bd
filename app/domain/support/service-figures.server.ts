import { sql } from "drizzle-orm";
import { getDb, queryRows, timestamptz } from "~db/client";
import type { StaffActor } from "~/auth/actor";
import { forbiddenError } from "~/domain/errors";
import { SERVICE_PERIODS, type ServicePeriod } from "./support.schema";


export type TierFigures = {
  tier: string;
  created: number;
  firstResponseMedianMinutes: number | null;
  resolutionMedianMinutes: number | null;
  firstResponseAttainment: number | null;
  resolutionAttainment: number | null;
  csatAverage: number | null;
  csatSatisfied: number | null;
  ratings: number;
  deflections: number;
  deflectionRate: number | null;
};

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * The support team's figures for a period, per contract tier and in total:
 * first-response and resolution times (median, wall-clock), SLA attainment
 * (share of clocks that stopped in time, of those that stopped or ran out),
 * CSAT (average and share of 4–5), deflection rate (questions answered by an
 * article ÷ those plus tickets raised in the portal), backlog by age, and a
 * weekly trend. Set-based SQL over tickets, ratings and deflections.
 */
export async function serviceFigures(actor: StaffActor, period: ServicePeriod, now = new Date()) {
  if (actor.kind !== "staff") throw forbiddenError();
  const from = timestamptz(new Date(now.getTime() - SERVICE_PERIODS[period] * 86_400_000));
  const to = timestamptz(now);
  const tiers = await queryRows<Record<string, unknown>>(getDb(), sql`
    with t as (
      select a.tier::text as tier, t.*
      from tickets t join accounts a on a.id = t.account_id
      where t.merged_into_ticket_id is null
    ),
    created as (
      select tier, count(*) as created,
        count(*) filter (where channel = 'portal') as portal_created,
        percentile_cont(0.5) within group (order by extract(epoch from first_responded_at - created_at) / 60) filter (where first_responded_at is not null) as first_median,
        count(*) filter (where first_responded_at is not null and first_responded_at <= first_response_due_at) as first_met,
        count(*) filter (where first_response_due_at is not null and (first_responded_at is not null or first_response_due_at < ${to})) as first_settled
      from t where created_at >= ${from} and created_at < ${to}
      group by grouping sets ((tier), ())
    ),
    solved as (
      select tier,
        percentile_cont(0.5) within group (order by extract(epoch from solved_at - created_at) / 60) as resolution_median,
        count(*) filter (where resolution_due_at is not null and solved_at <= resolution_due_at) as resolution_met,
        count(*) filter (where resolution_due_at is not null) as resolution_settled
      from t where solved_at >= ${from} and solved_at < ${to}
      group by grouping sets ((tier), ())
    ),
    rated as (
      select tier, avg(satisfaction_rating)::float as csat_average, count(*) as ratings, count(*) filter (where satisfaction_rating >= 4) as satisfied
      from t where rated_at >= ${from} and rated_at < ${to} and satisfaction_rating is not null
      group by grouping sets ((tier), ())
    ),
    deflected as (
      select a.tier::text as tier, count(*) as deflections
      from ticket_deflections d join accounts a on a.id = d.account_id
      where d.created_at >= ${from} and d.created_at < ${to}
      group by grouping sets ((a.tier), ())
    ),
    tiers as (select unnest(enum_range(null::account_tier))::text as tier union all select null)
    select tiers.tier,
      coalesce(c.created, 0) as created, coalesce(c.portal_created, 0) as portal_created, c.first_median, c.first_met, c.first_settled,
      s.resolution_median, s.resolution_met, s.resolution_settled,
      r.csat_average, coalesce(r.ratings, 0) as ratings, r.satisfied,
      coalesce(d.deflections, 0) as deflections
    from tiers
    left join created c on c.tier is not distinct from tiers.tier
    left join solved s on s.tier is not distinct from tiers.tier
    left join rated r on r.tier is not distinct from tiers.tier
    left join deflected d on d.tier is not distinct from tiers.tier
  `);
  const figures: TierFigures[] = tiers.map((r) => {
    const deflections = Number(r.deflections);
    const portal = Number(r.portal_created);
    return {
      tier: (r.tier as string | null) ?? "all",
      created: Number(r.created),
      firstResponseMedianMinutes: num(r.first_median),
      resolutionMedianMinutes: num(r.resolution_median),
      firstResponseAttainment: Number(r.first_settled) ? Number(r.first_met) / Number(r.first_settled) : null,
      resolutionAttainment: Number(r.resolution_settled) ? Number(r.resolution_met) / Number(r.resolution_settled) : null,
      csatAverage: num(r.csat_average),
      csatSatisfied: Number(r.ratings) ? Number(r.satisfied) / Number(r.ratings) : null,
      ratings: Number(r.ratings),
      deflections,
      deflectionRate: deflections + portal ? deflections / (deflections + portal) : null,
    };
  });

  const backlog = await queryRows<{ tier: string; bucket: string; tickets: number }>(getDb(), sql`
    select a.tier::text as tier,
      case when ${to} - t.created_at < interval '1 day' then 'under_1d'
           when ${to} - t.created_at < interval '3 days' then 'd1_3'
           when ${to} - t.created_at < interval '7 days' then 'd3_7'
           when ${to} - t.created_at < interval '30 days' then 'd7_30'
           else 'over_30d' end as bucket,
      count(*)::int as tickets
    from tickets t join accounts a on a.id = t.account_id
    where t.status in ('new', 'open', 'pending_customer', 'on_hold')
    group by 1, 2
  `);

  const weeks = await queryRows<{ week: string; created: number; solved: number; met: number; settled: number }>(getDb(), sql`
    with w as (select generate_series(date_trunc('week', ${from}::timestamptz), ${to}::timestamptz, interval '1 week') as week)
    select to_char(w.week, 'YYYY-MM-DD') as week,
      (select count(*)::int from tickets t where t.created_at >= w.week and t.created_at < w.week + interval '1 week' and t.merged_into_ticket_id is null) as created,
      (select count(*)::int from tickets t where t.solved_at >= w.week and t.solved_at < w.week + interval '1 week') as solved,
      (select count(*)::int from tickets t where t.first_responded_at >= w.week and t.first_responded_at < w.week + interval '1 week' and t.first_responded_at <= t.first_response_due_at) as met,
      (select count(*)::int from tickets t where t.first_responded_at >= w.week and t.first_responded_at < w.week + interval '1 week' and t.first_response_due_at is not null) as settled
    from w order by w.week
  `);

  return {
    period,
    figures,
    backlog: backlog.map((b) => ({ ...b, tickets: Number(b.tickets) })),
    weeks: weeks.map((w) => ({ week: w.week, created: Number(w.created), solved: Number(w.solved), attainment: Number(w.settled) ? Number(w.met) / Number(w.settled) : null })),
  };
}
