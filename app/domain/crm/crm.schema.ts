import { z } from "zod";

export const ACCOUNT_TIERS = ["platinum", "gold", "silver", "bronze"] as const;

/** Sortable columns of the customer list. */
export const ACCOUNT_SORTS = ["name", "revenue", "last_order", "open_tickets", "risk"] as const;

export const accountListSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  tier: z.enum(ACCOUNT_TIERS).optional().catch(undefined),
  owner: z.union([z.literal("none"), z.literal("me"), z.string().uuid()]).optional().catch(undefined),
  industry: z.string().trim().max(80).optional().catch(undefined),
  openTickets: z.enum(["yes"]).optional().catch(undefined),
  overdueTasks: z.enum(["yes"]).optional().catch(undefined),
  segment: z.enum(["most_valuable", "growth", "at_risk", "transactional", "inactive"]).optional().catch(undefined),
  stage: z.enum(["exploration", "formation", "stability", "decline"]).optional().catch(undefined),
  sort: z.enum(ACCOUNT_SORTS).catch("revenue").default("revenue"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AccountListFilter = z.infer<typeof accountListSchema>;

/** Groups of touchpoints the timeline can be narrowed to. */
export const TIMELINE_FILTERS = {
  all: { label: "Everything", types: null },
  orders: { label: "Orders", types: ["order_placed", "order_status"] },
  quotes: { label: "Quotes", types: ["quote"] },
  tickets: { label: "Tickets", types: ["ticket_opened", "ticket_reply", "ticket_status"] },
  emails: { label: "E-mails", types: ["email"] },
  conversations: { label: "Calls, meetings, notes", types: ["call", "meeting", "note"] },
  sales: { label: "Pipeline and tasks", types: ["opportunity_stage", "task_completed"] },
  sign_ins: { label: "Portal sign-ins", types: ["portal_sign_in"] },
} as const satisfies Record<string, { label: string; types: readonly string[] | null }>;
export type TimelineFilter = keyof typeof TIMELINE_FILTERS;

export const RECORD_TABS = ["timeline", "orders", "quotes", "tickets", "opportunities", "tasks", "notes"] as const;
export type RecordTab = (typeof RECORD_TABS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => v || null);

/** Log a call, meeting, note or e-mail — with an optional follow-up task — in one short form. */
export const logActivitySchema = z
  .object({
    type: z.enum(["call", "meeting", "note", "email"], { errorMap: () => ({ message: "Choose call, meeting, note or e-mail." }) }),
    subject: z.string({ required_error: "Say what it was about." }).trim().min(2, "Say what it was about.").max(200, "Keep the subject under 200 characters."),
    body: optionalText(10_000),
    contactId: z.union([z.literal(""), z.string().uuid()]).optional().transform((v) => v || null),
    durationMinutes: z
      .union([z.literal(""), z.coerce.number().int().min(1, "Minutes must be 1 or more.").max(1440, "At most a day (1440 minutes).")])
      .optional()
      .transform((v) => (v === "" || v === undefined ? null : v)),
    direction: z.enum(["inbound", "outbound"]).optional(),
    followUpTitle: optionalText(200),
    followUpDue: z
      .union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a due date.")])
      .optional()
      .transform((v) => v || null),
  })
  .refine((v) => !v.followUpDue || v.followUpTitle, { message: "Say what the follow-up is.", path: ["followUpTitle"] });
export type LogActivityInput = z.infer<typeof logActivitySchema>;

const blankToNull = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null);

/** An account as the desk creates and edits it (and as a CSV import row supplies it). */
export const accountSchema = z.object({
  name: z.string({ required_error: "Enter the company name." }).trim().min(2, "Enter the company name.").max(160, "Keep the name under 160 characters."),
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .max(120)
    .optional()
    .transform((v) => (v ? v.replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/.*$/, "") : null))
    .refine((v) => v === null || /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v), "Enter a domain like acme.example."),
  industry: z.string({ required_error: "Enter the industry." }).trim().min(2, "Enter the industry.").max(80),
  tier: z.enum(ACCOUNT_TIERS, { errorMap: () => ({ message: "Choose platinum, gold, silver or bronze." }) }).default("bronze"),
  status: z.enum(["active", "on_hold", "closed"]).default("active"),
  ownerId: z.union([z.literal(""), z.string().uuid()]).optional().transform((v) => v || null),
  creditLimit: z.coerce.number({ invalid_type_error: "Enter the credit limit in dollars." }).min(0, "The credit limit cannot be negative.").max(100_000_000).default(0),
  paymentTerms: z.enum(["prepaid", "net_15", "net_30", "net_45", "net_60"], { errorMap: () => ({ message: "Choose payment terms." }) }).default("net_30"),
  poRequired: z
    .union([z.enum(["on", "true", "yes", "1"]), z.enum(["", "false", "no", "0"])])
    .optional()
    .transform((v) => v === "on" || v === "true" || v === "yes" || v === "1"),
  phone: blankToNull.pipe(z.string().max(40, "Keep the phone number under 40 characters.").nullable()),
  website: blankToNull.pipe(z.string().max(200).nullable()),
  notes: blankToNull.pipe(z.string().max(5000).nullable()),
  /** "Create anyway" after a duplicate warning. */
  confirmDuplicate: z.enum(["yes"]).optional(),
});
export type AccountInput = z.infer<typeof accountSchema>;

export const contactSchema = z.object({
  firstName: z.string({ required_error: "Enter the first name." }).trim().min(1, "Enter the first name.").max(80),
  lastName: z.string({ required_error: "Enter the last name." }).trim().min(1, "Enter the last name.").max(80),
  email: z.string({ required_error: "Enter the e-mail address." }).trim().toLowerCase().email("Enter a valid e-mail address.").max(200),
  phone: blankToNull.pipe(z.string().max(40).nullable()),
  jobTitle: blankToNull.pipe(z.string().max(120).nullable()),
  isPrimary: z
    .enum(["on"])
    .optional()
    .transform((v) => v === "on"),
  confirmDuplicate: z.enum(["yes"]).optional(),
});
export type ContactInput = z.infer<typeof contactSchema>;

export const IMPORT_MAX_ROWS = 20_000;

/** The columns each import understands (CSV header names, case and spacing ignored). */
export const IMPORT_COLUMNS = {
  accounts: ["name", "domain", "industry", "tier", "owner_email", "credit_limit", "payment_terms", "po_required", "phone", "website", "notes"],
  contacts: ["account_number", "account_domain", "first_name", "last_name", "email", "phone", "job_title", "primary"],
} as const;
