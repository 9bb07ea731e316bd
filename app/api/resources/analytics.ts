import { sql } from "drizzle-orm";
import { z } from "../zod";
import { getDb, queryRows } from "~db/client";
import { analyticsQuery } from "~/domain/analytics/rfm.server";
import { thresholds } from "~/domain/analytics/config";
import { today } from "~/domain/analytics/analytics.server";
import { ApiProblem } from "../problem";
import { operation } from "../router.server";

export const AnalyticsBlock = z
  .object({
    accountId: z.string().uuid(),
    segment: z.enum(["most_valuable", "growth", "at_risk", "transactional", "inactive"]),
    lifecycleStage: z.enum(["exploration", "formation", "stability", "decline"]),
    churnRisk: z.number(),
    rfm: z.object({ recencyDays: z.number().int().nullable(), frequency: z.number().int(), monetary: z.number().int(), r: z.number().int().nullable(), f: z.number().int().nullable(), m: z.number().int().nullable() }),
    reasons: z.array(z.string()),
  })
  .openapi("AccountAnalytics");

type Row = Record<string, unknown>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
export const toBlock = (r: Row) => ({
  accountId: String(r.account_id),
  segment: r.segment as z.infer<typeof AnalyticsBlock>["segment"],
  lifecycleStage: r.lifecycle_stage as z.infer<typeof AnalyticsBlock>["lifecycleStage"],
  churnRisk: Number(r.churn_risk),
  rfm: { recencyDays: num(r.recency_days), frequency: Number(r.frequency), monetary: Number(r.monetary_cents), r: num(r.r), f: num(r.f), m: num(r.m) },
  reasons: (typeof r.reasons === "string" ? JSON.parse(r.reasons) : r.reasons) as string[],
});

/** The latest snapshot's block for one account (null before the first snapshot). */
export async function analyticsBlock(accountId: string) {
  const [row] = await queryRows<Row>(getDb(), sql`select * from account_analytics where account_id = ${accountId} order by as_of desc limit 1`);
  return row ? toBlock(row) : null;
}

export const analyticsOperations = [
  operation({
    method: "get",
    path: "/analytics/accounts",
    scope: "analytics:read",
    tag: "Analytics",
    summary: "Every account's segment, lifecycle stage, churn risk and RFM as of a day",
    description: "The stored snapshot of that day when there is one, else computed from the orders as of the end of that day. Pages by account id.",
    query: z.object({
      asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().openapi({ description: "YYYY-MM-DD; default today." }),
      limit: z.coerce.number().int().min(1).max(1000).default(100),
      cursor: z.string().uuid().optional().openapi({ description: "`nextCursor` of the previous page (an account id)." }),
    }),
    response: AnalyticsBlock,
    list: true,
    handler: async ({ actor, query }) => {
      if (actor.accountId) throw new ApiProblem("forbidden", "Analytics are staff data; use a staff token.");
      const asOf = query.asOf ?? today();
      if (Number.isNaN(Date.parse(asOf))) throw new ApiProblem("validation", undefined, { errors: [{ field: "query.asOf", message: "Not a date." }] });
      const [{ stored }] = await queryRows<{ stored: number }>(getDb(), sql`select count(*)::int as stored from account_analytics where as_of = ${asOf}::date`);
      const rows = Number(stored)
        ? await queryRows<Row>(getDb(), sql`select * from account_analytics where as_of = ${asOf}::date ${query.cursor ? sql`and account_id > ${query.cursor}` : sql``} order by account_id limit ${query.limit + 1}`)
        : await queryRows<Row>(getDb(), sql`select * from (${analyticsQuery(asOf, thresholds())}) a ${query.cursor ? sql`where account_id > ${query.cursor}` : sql``} order by account_id limit ${query.limit + 1}`);
      const data = rows.slice(0, query.limit).map(toBlock);
      return { data, nextCursor: rows.length > query.limit ? data.at(-1)!.accountId : null };
    },
  }),
];

