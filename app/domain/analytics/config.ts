import { z } from "zod";

/**
 * The rules' thresholds. Defaults below; override any of them with
 * ANALYTICS_THRESHOLDS='{"atRiskTrend":-0.3,…}' (JSON, validated at use).
 */
export const thresholdsSchema = z.object({
  /** "Valuable": F + M scores at least this (of 10). */
  valuableMinFM: z.number().default(7),
  /** A trend at or below this is "falling" (−0.25 = revenue down a quarter). */
  atRiskTrend: z.number().default(-0.25),
  /** A trend at or above this is "rising". */
  growthTrend: z.number().default(0.25),
  /** Overdue: days since the last order ≥ this × the account's typical interval. */
  overdueFactor: z.number().default(2),
  /** New customer: first order within this many days. */
  newCustomerDays: z.number().default(90),
  /** Exploration: at most this many orders ever. */
  explorationMaxOrders: z.number().default(2),
  /** Stability: customer for at least this many days… */
  stabilityMinDays: z.number().default(365),
  /** …ordering in at least this many of the last 12 months. */
  stabilityMinMonths: z.number().default(6),
  /** Typical interval assumed for accounts with a single order. */
  defaultIntervalDays: z.number().default(60),
  /** Closed loop: a top-value account (M score ≥ this)… */
  topValueMinM: z.number().default(4),
  /** …crossing this churn risk (or entering at_risk) gets a task for its manager. */
  riskAlertThreshold: z.number().default(0.6),
  /** Pareto profit: what one ticket costs to serve (cents). */
  costPerTicketCents: z.number().default(2500),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

export function thresholds(): Thresholds {
  const raw = process.env.ANALYTICS_THRESHOLDS;
  return thresholdsSchema.parse(raw ? JSON.parse(raw) : {});
}

export const SEGMENT_LABEL = { most_valuable: "Most valuable", growth: "Growth", at_risk: "At risk", transactional: "Transactional", inactive: "Inactive" } as const;
export const STAGE_LABEL = { exploration: "Exploration", formation: "Formation", stability: "Stability", decline: "Decline" } as const;
export const SEGMENT_ACTION = {
  most_valuable: "Protect loyalty; warn early of churn.",
  growth: "Invest; forecast carefully.",
  at_risk: "Win back; raise satisfaction.",
  transactional: "Serve cheaply; watch risk.",
  inactive: "Reactivate or let go.",
} as const;
export type Segment = keyof typeof SEGMENT_LABEL;
export type Stage = keyof typeof STAGE_LABEL;
