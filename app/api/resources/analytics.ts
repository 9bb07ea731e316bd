import { z } from "../zod";
import { type AccountAnalytics, analyticsAsOf, latestForAccount, today } from "~/domain/analytics/analytics.server";
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

/** The API's shape of an account's analytics. */
export const toBlock = (a: AccountAnalytics): z.infer<typeof AnalyticsBlock> => ({
  accountId: a.accountId,
  segment: a.segment,
  lifecycleStage: a.lifecycleStage,
  churnRisk: a.churnRisk,
  rfm: { recencyDays: a.recencyDays, frequency: a.frequency, monetary: a.monetaryCents, r: a.r, f: a.f, m: a.m },
  reasons: a.reasons,
});

/** The latest snapshot's block for one account (null before the first snapshot). */
export async function analyticsBlock(accountId: string) {
  const latest = await latestForAccount(accountId);
  return latest ? toBlock(latest) : null;
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
      const rows = await analyticsAsOf(asOf, { after: query.cursor, limit: query.limit + 1 });
      const data = rows.slice(0, query.limit).map(toBlock);
      return { data, nextCursor: rows.length > query.limit ? data.at(-1)!.accountId : null };
    },
  }),
];

