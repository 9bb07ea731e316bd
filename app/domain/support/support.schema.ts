import { z } from "zod";

export const TICKET_CATEGORIES = ["order_issue", "delivery", "invoice", "returns", "product_question", "technical", "account", "other"] as const;
export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const;

export const CATEGORY_LABEL: Record<(typeof TICKET_CATEGORIES)[number], string> = {
  order_issue: "A problem with an order",
  delivery: "Delivery and tracking",
  invoice: "Invoice or payment",
  returns: "Return or warranty",
  product_question: "Product question",
  technical: "Technical problem",
  account: "My account",
  other: "Something else",
};

export const raiseTicketSchema = z.object({
  subject: z.string({ required_error: "Give your question a short title." }).trim().min(5, "Give your question a short title (at least 5 characters).").max(200, "Keep the title under 200 characters."),
  description: z.string({ required_error: "Describe what happened." }).trim().min(10, "Describe what happened, in a sentence or two.").max(20_000, "Keep the description under 20,000 characters."),
  category: z.enum(TICKET_CATEGORIES, { errorMap: () => ({ message: "Choose what it is about." }) }),
  priority: z.enum(TICKET_PRIORITIES, { errorMap: () => ({ message: "Choose how urgent it is." }) }).default("normal"),
  orderNumber: z
    .string()
    .trim()
    .max(30)
    .optional()
    .transform((v) => v || undefined),
  /** A product on that order the question is about (its SKU). */
  lineSku: z
    .string()
    .trim()
    .max(60)
    .optional()
    .transform((v) => v || undefined),
  share: z
    .enum(["on"])
    .optional()
    .transform((v) => v === "on"),
});

export const replySchema = z.object({
  body: z.string({ required_error: "Write your reply." }).trim().min(1, "Write your reply.").max(20_000, "Keep the reply under 20,000 characters."),
});

export const QUEUE_VIEWS = ["unassigned", "mine", "due_soon", "breached", "all"] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number];

/** A ticket number from a URL; anything else is a 404, like a ticket that does not exist. */
export function ticketNumberParam(raw: string | undefined): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Response("Not found", { status: 404 });
  return n;
}

export const ratingSchema = z.object({
  score: z.coerce.number().int().min(1, "Choose a rating from 1 to 5.").max(5, "Choose a rating from 1 to 5."),
  comment: z
    .string()
    .trim()
    .max(2000, "Keep the comment under 2,000 characters.")
    .optional()
    .transform((v) => v || undefined),
});

/** Filters and sorting of the support queue, from the query string; anything odd is ignored. */
export const queueFilterSchema = z.object({
  status: z.enum(["new", "open", "pending_customer", "on_hold"]).optional().catch(undefined),
  priority: z.enum(TICKET_PRIORITIES).optional().catch(undefined),
  tier: z.enum(["platinum", "gold", "silver", "bronze"]).optional().catch(undefined),
  category: z.enum(TICKET_CATEGORIES).optional().catch(undefined),
  account: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  assignee: z.union([z.literal("none"), z.string().uuid()]).optional().catch(undefined),
  sort: z.enum(["due", "newest", "oldest", "priority"]).catch("due").default("due"),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** The periods the service figures cover, in days. */
export const SERVICE_PERIODS = { "7d": 7, "30d": 30, "90d": 90, "365d": 365 } as const;
export type ServicePeriod = keyof typeof SERVICE_PERIODS;

export const BACKLOG_BUCKETS = [
  ["under_1d", "< 1 day"],
  ["d1_3", "1–3 days"],
  ["d3_7", "3–7 days"],
  ["d7_30", "1–4 weeks"],
  ["over_30d", "> 30 days"],
] as const;
