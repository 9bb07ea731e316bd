import { z } from "zod";
import { quantityField } from "~/domain/catalog/catalog.schema";

export const cartActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("add"), productId: z.string().uuid("That product does not exist."), quantity: quantityField, redirectTo: z.string().max(2000).optional() }),
  z.object({ intent: z.literal("update"), productId: z.string().uuid("That product does not exist."), quantity: z.coerce.number().int("Enter a whole number.").min(0).max(10_000, "For more than 10,000 units, request a quote.") }),
  z.object({ intent: z.literal("remove"), productId: z.string().uuid("That product does not exist.") }),
  z.object({ intent: z.literal("quick"), lines: z.string().max(20_000, "Paste at most 200 lines at a time.") }),
  z.object({ intent: z.literal("quote"), message: z.string().trim().max(2000, "Keep the message under 2,000 characters.").optional() }),
]);
