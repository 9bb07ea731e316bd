import { bigint, date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, smallint, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { accounts } from "./accounts";

export const valueSegment = pgEnum("value_segment", ["most_valuable", "growth", "at_risk", "transactional", "inactive"]);
export const lifecycleStage = pgEnum("lifecycle_stage", ["exploration", "formation", "stability", "decline"]);

/**
 * What the analytics said about an account as of a day: RFM, trend, segment,
 * lifecycle stage and churn risk with its reasons. Written by the nightly
 * job (and on demand); any past day can be computed again from the orders.
 */
export const accountAnalytics = pgTable(
  "account_analytics",
  {
    accountId: uuid()
      .notNull()
      .references(() => accounts.id, { onDelete: "cascade" }),
    asOf: date({ mode: "string" }).notNull(),
    segment: valueSegment().notNull(),
    lifecycleStage: lifecycleStage().notNull(),
    churnRisk: doublePrecision().notNull(),
    recencyDays: integer(),
    frequency: integer().notNull(),
    monetaryCents: bigint({ mode: "number" }).notNull(),
    r: smallint(),
    f: smallint(),
    m: smallint(),
    /** Revenue of the last 6 months against the 6 before: (recent − prior) ÷ prior. */
    trend: doublePrecision(),
    typicalIntervalDays: doublePrecision(),
    reasons: jsonb().$type<string[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.asOf] }), index("account_analytics_as_of_idx").on(t.asOf, t.segment)],
);
