import { and, eq, type SQL } from "drizzle-orm";
import { z } from "../zod";
import { getDb } from "~db/client";
import { accounts, contacts } from "~db/schema";
import type { ApiActor } from "~/auth/actor";
import { accountSchema, contactSchema } from "~/domain/crm/crm.schema";
import { DomainError } from "~/domain/errors";
import { saveAccount, saveContact } from "~/domain/crm/manage.server";
import { ApiProblem } from "../problem";
import { keyset, listQuery, page } from "../pagination";
import { operation } from "../router.server";
import { apiStaffActor, ownAccount, staffOnly } from "./scope";
import { AnalyticsBlock, analyticsBlock } from "./analytics";

const Account = z
  .object({
    id: z.string().uuid(),
    number: z.string(),
    name: z.string(),
    domain: z.string().nullable(),
    industry: z.string(),
    tier: z.enum(["platinum", "gold", "silver", "bronze"]),
    status: z.enum(["active", "on_hold", "closed"]),
    ownerId: z.string().uuid().nullable(),
    currency: z.string(),
    creditLimitCents: z.number().int(),
    paymentTerms: z.string(),
    poRequired: z.boolean(),
    phone: z.string().nullable(),
    website: z.string().nullable(),
    customerSince: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .openapi("Account");

const Contact = z
  .object({
    id: z.string().uuid(),
    accountId: z.string().uuid(),
    firstName: z.string(),
    lastName: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    jobTitle: z.string().nullable(),
    portalAccess: z.boolean(),
    portalRole: z.enum(["admin", "buyer", "requester"]).nullable(),
    isPrimary: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .openapi("Contact");

const accountColumns = { id: accounts.id, number: accounts.number, name: accounts.name, domain: accounts.domain, industry: accounts.industry, tier: accounts.tier, status: accounts.status, ownerId: accounts.ownerId, currency: accounts.currency, creditLimitCents: accounts.creditLimitCents, paymentTerms: accounts.paymentTerms, poRequired: accounts.poRequired, phone: accounts.phone, website: accounts.website, customerSince: accounts.customerSince, createdAt: accounts.createdAt, updatedAt: accounts.updatedAt };
const contactColumns = { id: contacts.id, accountId: contacts.accountId, firstName: contacts.firstName, lastName: contacts.lastName, email: contacts.email, phone: contacts.phone, jobTitle: contacts.jobTitle, userId: contacts.userId, portalRole: contacts.portalRole, isPrimary: contacts.isPrimary, createdAt: contacts.createdAt, updatedAt: contacts.updatedAt };
const toContact = ({ userId, ...c }: { userId: string | null } & Omit<z.infer<typeof Contact>, "portalAccess">) => ({ ...c, portalAccess: userId !== null });

const idParams = z.object({ id: z.string().uuid() });

async function getAccount(actor: ApiActor, id: string) {
  const [row] = await getDb().select(accountColumns).from(accounts).where(and(eq(accounts.id, id), ownAccount(actor, accounts.id))).limit(1);
  if (!row) throw new ApiProblem("not-found");
  return row;
}

/** The API's account body: the desk form's fields, in JSON types. */
const accountBody = z
  .object({
    name: z.string(),
    domain: z.string().nullish(),
    industry: z.string(),
    tier: z.enum(["platinum", "gold", "silver", "bronze"]).optional(),
    status: z.enum(["active", "on_hold", "closed"]).optional(),
    ownerId: z.string().uuid().nullish(),
    creditLimitCents: z.number().int().min(0).optional(),
    paymentTerms: z.enum(["prepaid", "net_15", "net_30", "net_45", "net_60"]).optional(),
    poRequired: z.boolean().optional(),
    phone: z.string().nullish(),
    website: z.string().nullish(),
    notes: z.string().nullish(),
  })
  .strict()
  .openapi("AccountInput");

function accountInput(body: z.infer<typeof accountBody>) {
  const parsed = accountSchema.safeParse({ ...body, domain: body.domain ?? undefined, ownerId: body.ownerId ?? "", creditLimit: body.creditLimitCents === undefined ? undefined : body.creditLimitCents / 100, poRequired: body.poRequired ? "true" : "false", phone: body.phone ?? undefined, website: body.website ?? undefined, notes: body.notes ?? undefined, confirmDuplicate: "yes" });
  if (!parsed.success) throw new ApiProblem("validation", undefined, { errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message })) });
  return parsed.data;
}

export const accountOperations = [
  operation({
    method: "get",
    path: "/accounts",
    scope: "accounts:read",
    tag: "Accounts",
    summary: "List accounts",
    description: "A customer token sees only its own account.",
    query: listQuery.extend({ tier: z.enum(["platinum", "gold", "silver", "bronze"]).optional(), ownerId: z.string().uuid().optional() }),
    response: Account,
    list: true,
    handler: async ({ actor, query }) => {
      const k = keyset(accounts.updatedAt, accounts.id, query);
      const where: (SQL | undefined)[] = [k.where, ownAccount(actor, accounts.id), query.tier ? eq(accounts.tier, query.tier) : undefined, query.ownerId ? eq(accounts.ownerId, query.ownerId) : undefined];
      const rows = await getDb().select(accountColumns).from(accounts).where(and(...where)).orderBy(...k.orderBy).limit(query.limit + 1);
      return page(rows, query.limit);
    },
  }),
  operation({
    method: "get",
    path: "/accounts/{id}",
    scope: "accounts:read",
    tag: "Accounts",
    summary: "Get an account",
    description: "Staff tokens also get `analytics`: the latest segment, lifecycle stage, churn risk and RFM (null before the first snapshot).",
    params: idParams,
    response: Account.extend({ analytics: AnalyticsBlock.nullable().optional() }),
    handler: async ({ actor, params }) => {
      const account = await getAccount(actor, params.id);
      return actor.accountId ? account : { ...account, analytics: await analyticsBlock(account.id) };
    },
  }),
  operation({
    method: "post",
    path: "/accounts",
    scope: "accounts:write",
    tag: "Accounts",
    summary: "Create an account",
    description: "Staff tokens only. A second account with the same domain is created all the same (the desk warns; an integration decides).",
    body: accountBody,
    response: Account,
    handler: async ({ actor, body }) => {
      staffOnly(actor);
      const result = await saveAccount(apiStaffActor(actor), null, accountInput(body));
      if (!result.ok) throw new DomainError("conflict", "A duplicate was found.");
      return getAccount(actor, result.value.id);
    },
  }),
  operation({
    method: "patch",
    path: "/accounts/{id}",
    scope: "accounts:write",
    tag: "Accounts",
    summary: "Update an account",
    params: idParams,
    body: accountBody.partial(),
    response: Account,
    handler: async ({ actor, params, body }) => {
      staffOnly(actor);
      const current = await getAccount(actor, params.id);
      const merged = { ...current, creditLimitCents: current.creditLimitCents, ...body } as z.infer<typeof accountBody>;
      await saveAccount(apiStaffActor(actor), params.id, accountInput({ name: merged.name, domain: merged.domain, industry: merged.industry, tier: merged.tier, status: merged.status, ownerId: merged.ownerId, creditLimitCents: merged.creditLimitCents, paymentTerms: merged.paymentTerms, poRequired: merged.poRequired, phone: merged.phone, website: merged.website, notes: body.notes }));
      return getAccount(actor, params.id);
    },
  }),
  operation({
    method: "get",
    path: "/contacts",
    scope: "contacts:read",
    tag: "Contacts",
    summary: "List contacts",
    query: listQuery.extend({ accountId: z.string().uuid().optional(), email: z.string().optional() }),
    response: Contact,
    list: true,
    handler: async ({ actor, query }) => {
      const k = keyset(contacts.updatedAt, contacts.id, query);
      const rows = await getDb()
        .select(contactColumns)
        .from(contacts)
        .where(and(k.where, ownAccount(actor, contacts.accountId), query.accountId ? eq(contacts.accountId, query.accountId) : undefined, query.email ? eq(contacts.email, query.email.toLowerCase()) : undefined))
        .orderBy(...k.orderBy)
        .limit(query.limit + 1);
      const result = page(rows, query.limit);
      return { data: result.data.map(toContact), nextCursor: result.nextCursor };
    },
  }),
  operation({
    method: "get",
    path: "/contacts/{id}",
    scope: "contacts:read",
    tag: "Contacts",
    summary: "Get a contact",
    params: idParams,
    response: Contact,
    handler: async ({ actor, params }) => {
      const [row] = await getDb().select(contactColumns).from(contacts).where(and(eq(contacts.id, params.id), ownAccount(actor, contacts.accountId))).limit(1);
      if (!row) throw new ApiProblem("not-found");
      return toContact(row);
    },
  }),
  operation({
    method: "post",
    path: "/contacts",
    scope: "contacts:write",
    tag: "Contacts",
    summary: "Create a contact",
    description: "Portal access is given by the customer's own portal admins, not through the API.",
    body: z.object({ accountId: z.string().uuid(), firstName: z.string(), lastName: z.string(), email: z.string(), phone: z.string().nullish(), jobTitle: z.string().nullish(), isPrimary: z.boolean().optional() }).strict().openapi("ContactInput"),
    response: Contact,
    handler: async ({ actor, body }) => {
      staffOnly(actor);
      const parsed = contactSchema.safeParse({ ...body, phone: body.phone ?? undefined, jobTitle: body.jobTitle ?? undefined, isPrimary: body.isPrimary ? "on" : undefined, confirmDuplicate: "yes" });
      if (!parsed.success) throw new ApiProblem("validation", undefined, { errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message })) });
      const result = await saveContact(apiStaffActor(actor), body.accountId, null, parsed.data);
      if (!result.ok) throw new DomainError("conflict", "A duplicate was found.");
      const [row] = await getDb().select(contactColumns).from(contacts).where(eq(contacts.id, result.value.id));
      return toContact(row);
    },
  }),
];
