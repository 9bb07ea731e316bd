import { and, eq } from "drizzle-orm";
import { z } from "../zod";
import { getDb } from "~db/client";
import { accounts, opportunities, priceListItems, priceLists, products, quoteLines, quotes, tasks, tickets } from "~db/schema";
import type { ApiActor } from "~/auth/actor";
import { recordActivity } from "~/domain/activity/activity.server";
import { STAGE_PROBABILITY } from "~/domain/crm/pipeline.schema";
import { moveStage } from "~/domain/crm/pipeline.server";
import { agentReply } from "~/domain/support/desk.server";
import { raiseTicketSchema, TICKET_CATEGORIES, TICKET_PRIORITIES } from "~/domain/support/support.schema";
import { raiseTicket, replyAsCustomer } from "~/domain/support/tickets-commands.server";
import { ApiProblem } from "../problem";
import { keyset, listQuery, page } from "../pagination";
import { operation } from "../router.server";
import { accountActor, apiStaffActor, ownAccount, staffOnly } from "./scope";

const Quote = z.object({ id: z.string().uuid(), number: z.string(), accountId: z.string().uuid(), status: z.string(), totalCents: z.number().int(), currency: z.string(), validUntil: z.string().nullable(), createdAt: z.date(), updatedAt: z.date() }).openapi("Quote");
const PriceList = z.object({ id: z.string().uuid(), name: z.string(), currency: z.string(), updatedAt: z.date() }).openapi("PriceList");
const Opportunity = z.object({ id: z.string().uuid(), accountId: z.string().uuid(), name: z.string(), stage: z.string(), amountCents: z.number().int(), currency: z.string(), probability: z.number().int(), expectedCloseDate: z.string(), ownerId: z.string().uuid().nullable(), orderId: z.string().uuid().nullable(), quoteId: z.string().uuid().nullable(), updatedAt: z.date() }).openapi("Opportunity");
const Task = z.object({ id: z.string().uuid(), accountId: z.string().uuid(), title: z.string(), notes: z.string().nullable(), status: z.string(), priority: z.string(), dueAt: z.date().nullable(), assigneeId: z.string().uuid().nullable(), updatedAt: z.date() }).openapi("Task");

const quoteColumns = { id: quotes.id, number: quotes.number, accountId: quotes.accountId, status: quotes.status, totalCents: quotes.totalCents, currency: quotes.currency, validUntil: quotes.validUntil, createdAt: quotes.createdAt, updatedAt: quotes.updatedAt };
const opportunityColumns = { id: opportunities.id, accountId: opportunities.accountId, name: opportunities.name, stage: opportunities.stage, amountCents: opportunities.amountCents, currency: opportunities.currency, probability: opportunities.probability, expectedCloseDate: opportunities.expectedCloseDate, ownerId: opportunities.ownerId, orderId: opportunities.orderId, quoteId: opportunities.quoteId, updatedAt: opportunities.updatedAt };
const taskColumns = { id: tasks.id, accountId: tasks.accountId, title: tasks.title, notes: tasks.notes, status: tasks.status, priority: tasks.priority, dueAt: tasks.dueAt, assigneeId: tasks.assigneeId, updatedAt: tasks.updatedAt };
const uuidParams = z.object({ id: z.string().uuid() });

async function one<T>(rows: Promise<T[]>): Promise<T> {
  const [row] = await rows;
  if (!row) throw new ApiProblem("not-found");
  return row;
}

export const moreOperations = [
  operation({
    method: "post",
    path: "/tickets",
    scope: "tickets:write",
    tag: "Tickets",
    summary: "Raise a ticket",
    description: "The SLA of the account's tier and priority applies; the requester is e-mailed the number and the promise.",
    body: z.object({ accountId: z.string().uuid().optional(), requesterContactId: z.string().uuid().optional(), subject: z.string(), description: z.string(), category: z.enum(TICKET_CATEGORIES).default("other"), priority: z.enum(TICKET_PRIORITIES).default("normal"), orderNumber: z.string().max(30).optional() }).strict().openapi("TicketInput"),
    response: z.object({ number: z.number().int() }),
    handler: async ({ actor, body }) => {
      const accountId = actor.accountId ?? body.accountId;
      if (!accountId) throw new ApiProblem("validation", undefined, { errors: [{ field: "accountId", message: "Give the account." }] });
      if (actor.accountId && body.accountId && body.accountId !== actor.accountId) throw new ApiProblem("not-found");
      const parsed = raiseTicketSchema.safeParse({ ...body, share: undefined });
      if (!parsed.success) throw new ApiProblem("validation", undefined, { errors: parsed.error.issues.map((i) => ({ field: String(i.path[0]), message: i.message })) });
      const number = await raiseTicket(await accountActor(accountId, body.requesterContactId, "requesterContactId", { required: true }), parsed.data);
      await getDb().update(tickets).set({ channel: "api" }).where(eq(tickets.number, number));
      return { number };
    },
  }),
  operation({
    method: "post",
    path: "/tickets/{id}/messages",
    scope: "tickets:write",
    tag: "Tickets",
    summary: "Add to a ticket's thread",
    description: "Staff tokens reply publicly (e-mailed to the requester) or add internal notes; customer tokens add the customer's reply.",
    params: z.object({ id: z.string().max(40) }),
    body: z.object({ body: z.string().min(1).max(20_000), visibility: z.enum(["public", "internal"]).default("public") }).strict().openapi("TicketMessageInput"),
    response: z.object({ number: z.number().int() }),
    handler: async ({ actor, params, body }) => {
      const byNumber = /^\d{1,9}$/.test(params.id);
      const [ticket] = await getDb().select({ number: tickets.number, accountId: tickets.accountId, requesterContactId: tickets.requesterContactId }).from(tickets).where(and(byNumber ? eq(tickets.number, Number(params.id)) : eq(tickets.id, params.id), ownAccount(actor, tickets.accountId))).limit(1);
      if (!ticket) throw new ApiProblem("not-found");
      if (actor.accountId) {
        if (body.visibility === "internal") throw new ApiProblem("forbidden", "Customer tokens cannot write internal notes.");
        await replyAsCustomer(await accountActor(ticket.accountId, ticket.requesterContactId, "requesterContactId", { required: true }), ticket.number, body.body);
      } else {
        await agentReply(apiStaffActor(actor), ticket.number, { body: body.body, visibility: body.visibility });
      }
      return { number: ticket.number };
    },
  }),
  operation({
    method: "get",
    path: "/quotes",
    scope: "quotes:read",
    tag: "Quotes",
    summary: "List quotes",
    query: listQuery.extend({ accountId: z.string().uuid().optional() }),
    response: Quote,
    list: true,
    handler: async ({ actor, query }) => {
      const k = keyset(quotes.updatedAt, quotes.id, query);
      return page(await getDb().select(quoteColumns).from(quotes).where(and(k.where, ownAccount(actor, quotes.accountId), query.accountId ? eq(quotes.accountId, query.accountId) : undefined)).orderBy(...k.orderBy).limit(query.limit + 1), query.limit);
    },
  }),
  operation({
    method: "get",
    path: "/quotes/{id}",
    scope: "quotes:read",
    tag: "Quotes",
    summary: "Get a quote with its lines",
    params: uuidParams,
    response: Quote.extend({ lines: z.array(z.object({ sku: z.string(), name: z.string(), quantity: z.number().int(), unitPriceCents: z.number().int().nullable() })) }),
    handler: async ({ actor, params }) => {
      const quote = await one(getDb().select(quoteColumns).from(quotes).where(and(eq(quotes.id, params.id), ownAccount(actor, quotes.accountId))).limit(1));
      const lines = await getDb().select({ sku: quoteLines.sku, name: quoteLines.name, quantity: quoteLines.quantity, unitPriceCents: quoteLines.unitPriceCents }).from(quoteLines).where(eq(quoteLines.quoteId, quote.id));
      return { ...quote, lines };
    },
  }),
  operation({
    method: "get",
    path: "/price-lists",
    scope: "price-lists:read",
    tag: "Catalog",
    summary: "List price lists (staff tokens)",
    query: listQuery,
    response: PriceList,
    list: true,
    handler: async ({ actor, query }) => {
      staffOnly(actor);
      const k = keyset(priceLists.updatedAt, priceLists.id, query);
      return page(await getDb().select({ id: priceLists.id, name: priceLists.name, currency: priceLists.currency, updatedAt: priceLists.updatedAt }).from(priceLists).where(k.where).orderBy(...k.orderBy).limit(query.limit + 1), query.limit);
    },
  }),
  operation({
    method: "get",
    path: "/price-lists/{id}",
    scope: "price-lists:read",
    tag: "Catalog",
    summary: "Get a price list with its prices",
    params: uuidParams,
    response: PriceList.extend({ items: z.array(z.object({ sku: z.string(), unitPriceCents: z.number().int() })) }),
    handler: async ({ actor, params }) => {
      staffOnly(actor);
      const list = await one(getDb().select({ id: priceLists.id, name: priceLists.name, currency: priceLists.currency, updatedAt: priceLists.updatedAt }).from(priceLists).where(eq(priceLists.id, params.id)).limit(1));
      const items = await getDb().select({ sku: products.sku, unitPriceCents: priceListItems.unitPriceCents }).from(priceListItems).innerJoin(products, eq(products.id, priceListItems.productId)).where(eq(priceListItems.priceListId, list.id));
      return { ...list, items };
    },
  }),
  operation({
    method: "get",
    path: "/opportunities",
    scope: "opportunities:read",
    tag: "Pipeline",
    summary: "List opportunities (staff tokens)",
    query: listQuery.extend({ accountId: z.string().uuid().optional() }),
    response: Opportunity,
    list: true,
    handler: async ({ actor, query }) => {
      staffOnly(actor);
      const k = keyset(opportunities.updatedAt, opportunities.id, query);
      return page(await getDb().select(opportunityColumns).from(opportunities).where(and(k.where, query.accountId ? eq(opportunities.accountId, query.accountId) : undefined)).orderBy(...k.orderBy).limit(query.limit + 1), query.limit);
    },
  }),
  operation({
    method: "post",
    path: "/opportunities",
    scope: "opportunities:write",
    tag: "Pipeline",
    summary: "Create an opportunity",
    body: z.object({ accountId: z.string().uuid(), name: z.string().min(3).max(160), amountCents: z.number().int().min(0), stage: z.enum(["prospecting", "qualification", "proposal", "negotiation"]).default("prospecting"), expectedCloseDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ownerId: z.string().uuid().nullish() }).strict().openapi("OpportunityInput"),
    response: Opportunity,
    handler: async ({ actor, body }) => {
      staffOnly(actor);
      const id = await getDb().transaction(async (tx) => {
        const [account] = await tx.select({ currency: accounts.currency }).from(accounts).where(eq(accounts.id, body.accountId)).limit(1);
        if (!account) throw new ApiProblem("validation", undefined, { errors: [{ field: "accountId", message: "No such account." }] });
        const [row] = await tx.insert(opportunities).values({ accountId: body.accountId, name: body.name, amountCents: body.amountCents, currency: account.currency, stage: body.stage, probability: STAGE_PROBABILITY[body.stage], expectedCloseDate: body.expectedCloseDate, ownerId: body.ownerId ?? null }).returning({ id: opportunities.id });
        await recordActivity(tx, { accountId: body.accountId, type: "opportunity_stage", subject: `New opportunity: ${body.name}`, entityType: "opportunity", entityId: row.id, source: "api" });
        return row.id;
      });
      return one(getDb().select(opportunityColumns).from(opportunities).where(eq(opportunities.id, id)));
    },
  }),
  operation({
    method: "patch",
    path: "/opportunities/{id}",
    scope: "opportunities:write",
    tag: "Pipeline",
    summary: "Move an opportunity's stage",
    params: uuidParams,
    body: z.object({ stage: z.enum(["prospecting", "qualification", "proposal", "negotiation", "won", "lost"]), result: z.string().max(30).optional(), lostReason: z.string().max(500).optional() }).strict(),
    response: Opportunity,
    handler: async ({ actor, params, body }) => {
      staffOnly(actor);
      if (body.stage === "lost" && !body.lostReason) throw new ApiProblem("validation", undefined, { errors: [{ field: "lostReason", message: "Say why it was lost." }] });
      await moveStage(apiStaffActor(actor), params.id, { stage: body.stage, result: body.result?.toUpperCase() ?? null, lostReason: body.lostReason ?? null });
      return one(getDb().select(opportunityColumns).from(opportunities).where(eq(opportunities.id, params.id)));
    },
  }),
  operation({
    method: "get",
    path: "/tasks",
    scope: "tasks:read",
    tag: "Pipeline",
    summary: "List tasks (staff tokens)",
    query: listQuery.extend({ accountId: z.string().uuid().optional(), status: z.enum(["open", "done", "cancelled"]).optional() }),
    response: Task,
    list: true,
    handler: async ({ actor, query }) => {
      staffOnly(actor);
      const k = keyset(tasks.updatedAt, tasks.id, query);
      return page(await getDb().select(taskColumns).from(tasks).where(and(k.where, query.accountId ? eq(tasks.accountId, query.accountId) : undefined, query.status ? eq(tasks.status, query.status) : undefined)).orderBy(...k.orderBy).limit(query.limit + 1), query.limit);
    },
  }),
  operation({
    method: "post",
    path: "/tasks",
    scope: "tasks:write",
    tag: "Pipeline",
    summary: "Create a task",
    body: z.object({ accountId: z.string().uuid(), title: z.string().min(2).max(200), notes: z.string().max(5000).nullish(), dueAt: z.string().datetime({ offset: true }).nullish(), assigneeId: z.string().uuid().nullish(), priority: z.enum(["low", "normal", "high"]).default("normal") }).strict().openapi("TaskInput"),
    response: Task,
    handler: async ({ actor, body }) => {
      staffOnly(actor);
      const [account] = await getDb().select({ id: accounts.id }).from(accounts).where(eq(accounts.id, body.accountId)).limit(1);
      if (!account) throw new ApiProblem("validation", undefined, { errors: [{ field: "accountId", message: "No such account." }] });
      const [row] = await getDb().insert(tasks).values({ accountId: body.accountId, title: body.title, notes: body.notes ?? null, dueAt: body.dueAt ? new Date(body.dueAt) : null, assigneeId: body.assigneeId ?? null, priority: body.priority }).returning({ id: tasks.id });
      return one(getDb().select(taskColumns).from(tasks).where(eq(tasks.id, row.id)));
    },
  }),
  operation({
    method: "patch",
    path: "/tasks/{id}",
    scope: "tasks:write",
    tag: "Pipeline",
    summary: "Update a task (status, due time, assignee)",
    params: uuidParams,
    body: z.object({ status: z.enum(["open", "done", "cancelled"]).optional(), dueAt: z.string().datetime({ offset: true }).nullish(), assigneeId: z.string().uuid().nullish(), title: z.string().min(2).max(200).optional() }).strict(),
    response: Task,
    handler: async ({ actor, params, body }) => {
      staffOnly(actor);
      const updated = await getDb()
        .update(tasks)
        .set({ ...(body.status ? { status: body.status, completedAt: body.status === "done" ? new Date() : null } : {}), ...(body.dueAt !== undefined ? { dueAt: body.dueAt ? new Date(body.dueAt) : null } : {}), ...(body.assigneeId !== undefined ? { assigneeId: body.assigneeId } : {}), ...(body.title ? { title: body.title } : {}), updatedAt: new Date() })
        .where(eq(tasks.id, params.id))
        .returning({ id: tasks.id });
      if (!updated.length) throw new ApiProblem("not-found");
      return one(getDb().select(taskColumns).from(tasks).where(eq(tasks.id, params.id)));
    },
  }),
];
