import { sql, type SQL } from "drizzle-orm";
import type { Thresholds } from "./config";

/**
 * Every account's analytics as of the end of a day, in one set-based query
 * (no per-account loop): RFM over the trailing 12 months with quintile scores
 * among accounts that ordered in 24 months (score = ⌈5 × cume_dist⌉, so ties
 * share a score), the 6-against-6-months trend, the typical (median) gap
 * between orders, then segment, lifecycle stage, churn risk and the reasons
 * in words. Revenue counts orders that were not cancelled or rejected.
 */
export function analyticsQuery(asOf: string, t: Thresholds): SQL {
  return sql`
    with p as (select (${asOf}::date + 1)::timestamptz as at),
    o as (
      select o.account_id, o.placed_at, o.total_cents
      from orders o, p
      where o.status not in ('cancelled', 'rejected') and o.placed_at < p.at
    ),
    life as (
      select account_id, min(placed_at) as first_at, count(*) as orders_ever from o group by account_id
    ),
    recent as (
      select o.account_id,
             max(o.placed_at) as last_at,
             count(*) filter (where o.placed_at >= p.at - interval '12 months') as frequency,
             coalesce(sum(o.total_cents) filter (where o.placed_at >= p.at - interval '12 months'), 0) as monetary,
             coalesce(sum(o.total_cents) filter (where o.placed_at >= p.at - interval '6 months'), 0) as rev_recent,
             coalesce(sum(o.total_cents) filter (where o.placed_at >= p.at - interval '12 months' and o.placed_at < p.at - interval '6 months'), 0) as rev_prior,
             count(distinct date_trunc('month', o.placed_at)) filter (where o.placed_at >= p.at - interval '12 months') as months_active
      from o, p
      where o.placed_at >= p.at - interval '24 months'
      group by o.account_id
    ),
    gaps as (
      select account_id, extract(epoch from placed_at - lag(placed_at) over (partition by account_id order by placed_at)) / 86400.0 as gap
      from o, p
      where o.placed_at >= p.at - interval '24 months'
    ),
    typical as (
      select account_id, percentile_cont(0.5) within group (order by gap) as interval_days from gaps where gap is not null group by account_id
    ),
    scored as (
      select r.*, extract(epoch from p.at - r.last_at) / 86400.0 as recency_days,
             least(5, ceil(cume_dist() over (order by r.last_at) * 5))::int as r_score,
             least(5, ceil(cume_dist() over (order by r.frequency) * 5))::int as f_score,
             least(5, ceil(cume_dist() over (order by r.monetary) * 5))::int as m_score,
             case when r.rev_prior > 0 then (r.rev_recent - r.rev_prior)::float / r.rev_prior when r.rev_recent > 0 then 1.0 else 0.0 end as trend,
             coalesce(ty.interval_days, ${t.defaultIntervalDays}) as interval_days,
             ty.interval_days is not null as has_interval
      from recent r cross join p left join typical ty on ty.account_id = r.account_id
    ),
    classified as (
      select a.id as the_account, s.*, l.first_at, coalesce(l.orders_ever, 0) as orders_ever,
             extract(epoch from (select at from p) - l.first_at) / 86400.0 as tenure_days,
             s.recency_days / nullif(s.interval_days, 0) as overdue_ratio,
             coalesce(s.f_score, 0) + coalesce(s.m_score, 0) >= ${t.valuableMinFM} as valuable
      from accounts a
      left join scored s on s.account_id = a.id
      left join life l on l.account_id = a.id
    )
    select the_account as account_id,
      case
        when last_at is null then 'inactive'
        when valuable and (trend <= ${t.atRiskTrend} or (has_interval and overdue_ratio >= ${t.overdueFactor})) then 'at_risk'
        when valuable then 'most_valuable'
        when trend >= ${t.growthTrend} or tenure_days <= ${t.newCustomerDays} then 'growth'
        else 'transactional'
      end::value_segment as segment,
      case
        when orders_ever = 0 then 'exploration'
        when last_at is null then 'decline'
        when orders_ever > ${t.explorationMaxOrders} and (trend <= ${t.atRiskTrend} or (has_interval and overdue_ratio >= ${t.overdueFactor}) or frequency = 0) then 'decline'
        when tenure_days < ${t.newCustomerDays} or orders_ever <= ${t.explorationMaxOrders} then 'exploration'
        when tenure_days >= ${t.stabilityMinDays} and months_active >= ${t.stabilityMinMonths} then 'stability'
        else 'formation'
      end::lifecycle_stage as lifecycle_stage,
      case
        when last_at is null then 1.0
        else round(least(1.0, greatest(0.0,
          0.7 * least(1.0, greatest(0.0, (overdue_ratio - 1) / 2.0))
          + 0.3 * least(1.0, greatest(0.0, -trend))))::numeric, 3)::float
      end as churn_risk,
      round(recency_days)::int as recency_days,
      coalesce(frequency, 0)::int as frequency,
      coalesce(monetary, 0)::bigint as monetary_cents,
      r_score as r, f_score as f, m_score as m,
      trend, case when has_interval then interval_days end as typical_interval_days,
      to_jsonb(array_remove(array[
        case when last_at is null and orders_ever > 0 then 'no order in 24 months' when orders_ever = 0 then 'has never ordered' end,
        case when last_at is not null then 'no order for ' || round(recency_days)::int || ' days' || case when has_interval then '; usually orders every ' || greatest(1, round(interval_days))::int || ' days' else '' end end,
        case when trend <= ${t.atRiskTrend} then 'revenue down ' || round(-trend * 100)::int || '% on the 6 months before' when trend >= ${t.growthTrend} and rev_prior > 0 then 'revenue up ' || round(trend * 100)::int || '% on the 6 months before' end
      ], null)) as reasons
    from classified`;
}
