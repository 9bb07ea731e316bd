/** The placeholders a canned reply may use, and what each one stands for. */
export const MACRO_PLACEHOLDERS = {
  "requester.first_name": "The requester's first name",
  "requester.name": "The requester's full name",
  "account.name": "The customer's company name",
  "ticket.number": "The ticket number, e.g. 10231",
  "ticket.subject": "The ticket's subject",
  "ticket.order_number": "The related order's number, if any",
  "agent.name": "Your name",
  "agent.first_name": "Your first name",
} as const;

export type MacroValues = Partial<Record<keyof typeof MACRO_PLACEHOLDERS, string | number | null>>;

/**
 * Fills {{placeholders}} in a canned reply. A known placeholder without a
 * value becomes empty; an unknown one stays as written, so the agent sees the
 * typo before sending.
 */
export function fillPlaceholders(body: string, values: MacroValues): string {
  return body.replace(/\{\{\s*([a-z_]+\.[a-z_]+)\s*\}\}/g, (whole, key: string) => {
    if (!Object.hasOwn(MACRO_PLACEHOLDERS, key)) return whole;
    const value = values[key as keyof MacroValues];
    return value === null || value === undefined ? "" : String(value);
  });
}

/** Placeholders a macro uses that do not exist. */
export function unknownPlaceholders(body: string): string[] {
  return [...body.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]).filter((key) => !Object.hasOwn(MACRO_PLACEHOLDERS, key));
}
