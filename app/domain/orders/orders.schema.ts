import { z } from "zod";

export const ORDER_STATUSES = ["pending_approval", "submitted", "on_hold", "confirmed", "picking", "shipped", "delivered", "cancelled", "rejected"] as const;

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The order list's URL filters; anything malformed is ignored rather than failing the page. */
export const orderFiltersSchema = z.object({
  status: z.enum([...ORDER_STATUSES, "open"]).optional().catch(undefined),
  from: date,
  to: date,
  po: z.string().trim().max(50).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type OrderFilters = z.infer<typeof orderFiltersSchema>;

export const CANCELLABLE_STATUSES = ["pending_approval", "submitted", "on_hold", "confirmed"] as const;
