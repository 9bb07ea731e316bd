import { z } from "zod";

export const STAGES = ["prospecting", "qualification", "proposal", "negotiation", "won", "lost"] as const;
export type Stage = (typeof STAGES)[number];
export const OPEN_STAGES = ["prospecting", "qualification", "proposal", "negotiation"] as const;

export const STAGE_LABEL: Record<Stage, string> = { prospecting: "Prospecting", qualification: "Qualification", proposal: "Proposal", negotiation: "Negotiation", won: "Won", lost: "Lost" };
/** The probability a stage implies unless the owner sets another. */
export const STAGE_PROBABILITY: Record<Stage, number> = { prospecting: 10, qualification: 25, proposal: 50, negotiation: 75, won: 100, lost: 0 };

export const moveStageSchema = z
  .object({
    stage: z.enum(STAGES, { errorMap: () => ({ message: "Choose a stage." }) }),
    /** A won opportunity links to the order or quote it became (its number). */
    result: z
      .string()
      .trim()
      .toUpperCase()
      .max(30)
      .optional()
      .transform((v) => v || null),
    lostReason: z
      .string()
      .trim()
      .max(500)
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => v.stage !== "lost" || v.lostReason, { message: "Say why it was lost.", path: ["lostReason"] });

export const opportunitySchema = z.object({
  name: z.string({ required_error: "Name the opportunity." }).trim().min(3, "Name the opportunity.").max(160),
  amount: z.coerce.number({ invalid_type_error: "Enter the amount in dollars." }).min(0, "The amount cannot be negative.").max(100_000_000, "That amount is too large."),
  stage: z.enum(["prospecting", "qualification", "proposal", "negotiation"]).default("prospecting"),
  probability: z
    .union([z.literal(""), z.coerce.number().int().min(0, "0–100 %.").max(100, "0–100 %.")])
    .optional()
    .transform((v) => (v === "" || v === undefined ? null : v)),
  expectedCloseDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Pick the expected close date."),
  description: z
    .string()
    .trim()
    .max(5000)
    .optional()
    .transform((v) => v || null),
});
