import { z } from "zod";

export const requestQuoteSchema = z.object({
  message: z.string().trim().max(2000, "Keep the message under 2,000 characters.").optional(),
});

export const acceptQuoteSchema = z.object({
  shippingAddressId: z.string({ required_error: "Choose where to ship the order." }).uuid("Choose where to ship the order."),
  poNumber: z
    .string()
    .trim()
    .max(50, "A PO number has at most 50 characters.")
    .optional()
    .transform((v) => v || undefined),
});

export const declineQuoteSchema = z.object({
  reason: z.string().trim().min(1, "Tell us why, so we can do better next time.").max(500, "Keep the reason under 500 characters."),
});

/** Staff pricing: a unit price per line (in dollars as typed), a validity date and a message. */
export const priceQuoteSchema = z.object({
  validUntil: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose how long the prices are valid."),
  message: z.string().trim().max(2000).optional(),
  prices: z.record(
    z.string().uuid(),
    z
      .string()
      .trim()
      .regex(/^\d{1,7}(\.\d{1,2})?$/, "Enter a price like 12.50.")
      .transform((v) => Math.round(Number(v) * 100))
      .pipe(z.number().int().positive("A price must be above zero.")),
  ),
});
