import { z } from "zod";

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

/** What the checkout form sends; prices, totals and the account are never taken from it. */
export const checkoutSchema = z.object({
  idempotencyKey: z.string().uuid("Reload the checkout page and try again."),
  shippingAddressId: z.string({ required_error: "Choose where to ship the order." }).uuid("Choose where to ship the order."),
  poNumber: optionalText(50, "A PO number has at most 50 characters."),
  requestedDeliveryDate: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date from the calendar.").optional()),
  notes: optionalText(1000, "Notes have at most 1,000 characters."),
});
export type CheckoutInput = z.infer<typeof checkoutSchema>;
