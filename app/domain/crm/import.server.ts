import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "~db/client";
import { accounts, imports, users } from "~db/schema";
import type { StaffActor } from "~/auth/actor";
import { can } from "~/auth/actor";
import { enqueue } from "~/jobs/queue.server";
import { DomainError, forbiddenError, notFound } from "~/domain/errors";
import { accountSchema, contactSchema, IMPORT_COLUMNS, IMPORT_MAX_ROWS } from "./crm.schema";

export const IMPORT_CHUNK = 100;
export { IMPORT_COLUMNS, IMPORT_MAX_ROWS };
import { parseCsv } from "./csv";
import { saveAccount, saveContact } from "./manage.server";

const REQUIRED = { accounts: ["name", "industry"], contacts: ["first_name", "last_name", "email"] } as const;

type Kind = keyof typeof IMPORT_COLUMNS;

function editorsOnly(actor: StaffActor) {
  if (!can(actor, "edit_accounts")) throw forbiddenError("Importing is for account managers and admins.");
}

const headerKey = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, "_");

/**
 * Reads the CSV and checks every row before anything is written: the header
 * must name the required columns; each row is validated like the desk form
 * would validate it, and refused rows are listed by line with the reason.
 * Within the file, a second row with the same domain (accounts) or e-mail
 * (contacts) is refused too.
 */
export async function prepareImport(actor: StaffActor, kind: Kind, fileName: string, text: string): Promise<string> {
  editorsOnly(actor);
  const table = parseCsv(text);
  if (table.length < 2) throw new DomainError("invalid", "The file has no rows under its header line.", "file");
  const header = table[0].map(headerKey);
  const missing = REQUIRED[kind].filter((c) => !header.includes(c));
  if (kind === "contacts" && !header.includes("account_number") && !header.includes("account_domain")) missing.push("account_number or account_domain" as never);
  if (missing.length) throw new DomainError("invalid", `The header line lacks ${missing.join(", ")}. Expected columns: ${IMPORT_COLUMNS[kind].join(", ")}.`, "file");
  const body = table.slice(1);
  if (body.length > IMPORT_MAX_ROWS) throw new DomainError("invalid", `Import at most ${IMPORT_MAX_ROWS.toLocaleString("en-US")} rows at a time; this file has ${body.length.toLocaleString("en-US")}.`, "file");

  const db = getDb();
  const owners = new Map((await db.select({ id: users.id, email: users.email }).from(users).where(eq(users.kind, "staff"))).map((u) => [u.email.toLowerCase(), u.id]));
  const rows: { line: number; values: Record<string, string> }[] = [];
  const errors: { line: number; message: string }[] = [];
  const seen = new Set<string>();
  body.forEach((fields, i) => {
    const line = i + 2;
    const raw = Object.fromEntries(header.map((h, j) => [h, (fields[j] ?? "").trim()]));
    if (kind === "accounts") {
      const ownerId = raw.owner_email ? owners.get(raw.owner_email.toLowerCase()) : "";
      if (ownerId === undefined) return errors.push({ line, message: `No staff member has the e-mail ${raw.owner_email}.` });
      const parsed = accountSchema.safeParse({
        name: raw.name,
        domain: raw.domain,
        industry: raw.industry,
        tier: raw.tier?.toLowerCase() || undefined,
        ownerId,
        creditLimit: raw.credit_limit?.replace(/[$,\s]/g, "") || undefined,
        paymentTerms: raw.payment_terms?.toLowerCase().replace(/\s+/g, "_") || undefined,
        poRequired: raw.po_required?.toLowerCase() || undefined,
        phone: raw.phone,
        website: raw.website,
        notes: raw.notes,
      });
      if (!parsed.success) return errors.push({ line, message: parsed.error.issues.map((x) => `${x.path[0]}: ${x.message}`).join("; ") });
      const key = parsed.data.domain ?? `name:${parsed.data.name.toLowerCase()}`;
      if (seen.has(key)) return errors.push({ line, message: `Repeats ${parsed.data.domain ?? parsed.data.name} from an earlier line.` });
      seen.add(key);
      rows.push({ line, values: { ...raw, owner_id: ownerId ?? "" } });
    } else {
      const parsed = contactSchema.safeParse({ firstName: raw.first_name, lastName: raw.last_name, email: raw.email, phone: raw.phone, jobTitle: raw.job_title, isPrimary: ["yes", "true", "1", "on"].includes((raw.primary ?? "").toLowerCase()) ? "on" : undefined });
      if (!parsed.success) return errors.push({ line, message: parsed.error.issues.map((x) => `${x.path[0]}: ${x.message}`).join("; ") });
      if (!raw.account_number && !raw.account_domain) return errors.push({ line, message: "Give the account_number or account_domain the contact belongs to." });
      if (seen.has(parsed.data.email)) return errors.push({ line, message: `Repeats ${parsed.data.email} from an earlier line.` });
      seen.add(parsed.data.email);
      rows.push({ line, values: raw });
    }
  });
  const [created] = await db
    .insert(imports)
    .values({ kind, fileName: fileName.slice(0, 200), rows, errors, totalLines: body.length, createdByUserId: actor.userId })
    .returning({ id: imports.id });
  return created.id;
}

export async function getImport(actor: StaffActor, id: string) {
  editorsOnly(actor);
  const [row] = await getDb().select().from(imports).where(eq(imports.id, id)).limit(1);
  if (!row) throw notFound("That import");
  return row;
}

export async function listImports(actor: StaffActor) {
  editorsOnly(actor);
  return getDb()
    .select({ id: imports.id, kind: imports.kind, status: imports.status, fileName: imports.fileName, totalLines: imports.totalLines, processed: imports.processed, created: imports.created, rowCount: sql<number>`jsonb_array_length(${imports.rows})`.mapWith(Number), errorCount: sql<number>`jsonb_array_length(${imports.errors})`.mapWith(Number), createdAt: imports.createdAt, byName: users.name })
    .from(imports)
    .leftJoin(users, eq(users.id, imports.createdByUserId))
    .orderBy(desc(imports.createdAt))
    .limit(20);
}

/** "Import N rows": the job takes it from here, in the same transaction as the status change. */
export async function startImport(actor: StaffActor, id: string): Promise<void> {
  editorsOnly(actor);
  await getDb().transaction(async (tx) => {
    const updated = await tx.update(imports).set({ status: "running", updatedAt: new Date() }).where(and(eq(imports.id, id), eq(imports.status, "preview"))).returning({ id: imports.id });
    if (!updated.length) throw new DomainError("conflict", "This import has already started.");
    await enqueue(tx, "import", { importId: id, userId: actor.userId });
  });
}

export const importJobSchema = z.object({ importId: z.string().uuid(), userId: z.string().uuid() });

/**
 * The import job: writes the checked rows in chunks of 100, each chunk in one
 * transaction with the progress counter, so the page's progress bar is true
 * and a retry after a crash resumes after the last committed chunk. A row that
 * meets a record written since the preview (same domain or e-mail) is skipped
 * with its reason.
 */
export async function runImportJob(data: unknown): Promise<{ created: number }> {
  const job = importJobSchema.parse(data);
  const db = getDb();
  const [row] = await db.select().from(imports).where(eq(imports.id, job.importId)).limit(1);
  if (!row || row.status !== "running") return { created: row?.created ?? 0 };
  const [user] = await db.select().from(users).where(eq(users.id, job.userId)).limit(1);
  const actor: StaffActor = { kind: "staff", userId: user.id, role: user.staffRole ?? "account_manager", name: user.name, email: user.email, timezone: user.timezone };
  let { processed, created } = row;
  while (processed < row.rows.length) {
    const chunk = row.rows.slice(processed, processed + IMPORT_CHUNK);
    await db.transaction(async (tx) => {
      const failures: { line: number; message: string }[] = [];
      let made = 0;
      for (const { line, values } of chunk) {
        // Each row in its own savepoint: one refused row never undoes its neighbours.
        try {
          await tx.transaction(async (sp) => {
            if (row.kind === "accounts") {
              const input = accountSchema.parse({ name: values.name, domain: values.domain, industry: values.industry, tier: values.tier?.toLowerCase() || undefined, ownerId: values.owner_id, creditLimit: values.credit_limit?.replace(/[$,\s]/g, "") || undefined, paymentTerms: values.payment_terms?.toLowerCase().replace(/\s+/g, "_") || undefined, poRequired: values.po_required?.toLowerCase() || undefined, phone: values.phone, website: values.website, notes: values.notes });
              const result = await saveAccount(actor, null, input, sp);
              if (!result.ok) throw new DomainError("conflict", `Already exists: ${result.duplicates.map((d) => `${d.label} (${d.reason})`).join(", ")}.`);
            } else {
              const [account] = await sp
                .select({ id: accounts.id })
                .from(accounts)
                .where(values.account_number ? eq(accounts.number, values.account_number.toUpperCase()) : eq(accounts.domain, values.account_domain.toLowerCase()))
                .limit(1);
              if (!account) throw new DomainError("invalid", `No account ${values.account_number || values.account_domain}.`);
              const input = contactSchema.parse({ firstName: values.first_name, lastName: values.last_name, email: values.email, phone: values.phone, jobTitle: values.job_title, isPrimary: ["yes", "true", "1", "on"].includes((values.primary ?? "").toLowerCase()) ? "on" : undefined });
              const result = await saveContact(actor, account.id, null, input, sp);
              if (!result.ok) throw new DomainError("conflict", `Already exists: ${result.duplicates.map((d) => d.label).join(", ")}.`);
            }
          });
          made++;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          failures.push({ line, message: error.message });
        }
      }
      processed += chunk.length;
      created += made;
      await tx
        .update(imports)
        .set({ processed, created, errors: sql`${imports.errors} || ${JSON.stringify(failures)}::jsonb`, updatedAt: new Date() })
        .where(eq(imports.id, row.id));
    });
  }
  await db.transaction(async (tx) => {
    await tx.update(imports).set({ status: "done", finishedAt: new Date(), updatedAt: new Date() }).where(eq(imports.id, row.id));
    // New accounts change the analytics: recompute today's snapshot.
    await enqueue(tx, "analytics", { asOf: new Date().toISOString().slice(0, 10) }, { singletonKey: `analytics:${new Date().toISOString().slice(0, 10)}` });
  });
  return { created };
}
