import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "../zod";
import { getDb } from "~db/client";
import { accounts, activities, contacts, kbArticles, kbCategories, ticketMessages, tickets } from "~db/schema";
import type { ApiActor } from "~/auth/actor";
import { recordActivity } from "~/domain/activity/activity.server";
import { knowledgeVisibility, searchKnowledge } from "~/domain/search/search.server";
import { ApiProblem } from "../problem";
import { keyset, listQuery, page } from "../pagination";
import { operation } from "../router.server";
import { ownAccount } from "./scope";

const TICKET_STATUSES = ["new", "open", "pending_customer", "on_hold", "solved", "closed"] as const;

const Ticket = z
  .object({
    id: z.string().uuid(),
    number: z.number().int(),
    accountId: z.string().uuid(),
    requesterContactId: z.string().uuid().nullable(),
    subject: z.string(),
    category: z.string(),
    priority: z.enum(["low", "normal", "high", "urgent"]),
    status: z.enum(TICKET_STATUSES),
    channel: z.string(),
    firstResponseDueAt: z.date().nullable(),
    resolutionDueAt: z.date().nullable(),
    firstRespondedAt: z.date().nullable(),
    solvedAt: z.date().nullable(),
    satisfactionRating: z.number().int().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .openapi("Ticket");
const Message = z.object({ id: z.string().uuid(), visibility: z.enum(["public", "internal"]), body: z.string(), authorUserId: z.string().uuid().nullable(), createdAt: z.date() }).openapi("TicketMessage");
const Article = z.object({ id: z.string().uuid(), slug: z.string(), title: z.string(), summary: z.string(), body: z.string().optional(), category: z.string(), tags: z.array(z.string()), visibility: z.enum(["public", "customers", "internal"]), publishedAt: z.date().nullable(), updatedAt: z.date() }).openapi("Article");
const Activity = z
  .object({
    id: z.string().uuid(),
    accountId: z.string().uuid(),
    contactId: z.string().uuid().nullable(),
    type: z.string(),
    direction: z.enum(["inbound", "outbound"]).nullable(),
    subject: z.string(),
    body: z.string().nullable(),
    durationMinutes: z.number().int().nullable(),
    source: z.string(),
    occurredAt: z.date(),
  })
  .openapi("Activity");

const ticketColumns = { id: tickets.id, number: tickets.number, accountId: tickets.accountId, requesterContactId: tickets.requesterContactId, subject: tickets.subject, category: tickets.category, priority: tickets.priority, status: tickets.status, channel: tickets.channel, firstResponseDueAt: tickets.firstResponseDueAt, resolutionDueAt: tickets.resolutionDueAt, firstRespondedAt: tickets.firstRespondedAt, solvedAt: tickets.solvedAt, satisfactionRating: tickets.satisfactionRating, createdAt: tickets.createdAt, updatedAt: tickets.updatedAt };

async function findTicket(actor: ApiActor, ref: string) {
  const byNumber = /^\d{1,9}$/.test(ref);
  if (!byNumber && !/^[0-9a-f-]{36}$/i.test(ref)) throw new ApiProblem("not-found");
  const [row] = await getDb().select(ticketColumns).from(tickets).where(and(byNumber ? eq(tickets.number, Number(ref)) : eq(tickets.id, ref), ownAccount(actor, tickets.accountId))).limit(1);
  if (!row) throw new ApiProblem("not-found");
  return row;
}

/** Customer tokens never see internal notes or internal articles. */
const visibleMessages = (actor: ApiActor) => (actor.accountId ? eq(ticketMessages.visibility, "public") : undefined);

export const serviceOperations = [
  operation({
    method: "get",
    path: "/tickets",
    scope: "tickets:read",
    tag: "Tickets",
    summary: "List tickets",
    query: listQuery.extend({ accountId: z.string().uuid().optional(), status: z.enum(TICKET_STATUSES).optional() }),
    response: Ticket,
    list: true,
    handler: async ({ actor, query }) => {
      const k = keyset(tickets.updatedAt, tickets.id, query);
      const rows = await getDb()
        .select(ticketColumns)
        .from(tickets)
        .where(and(k.where, ownAccount(actor, tickets.accountId), query.accountId ? eq(tickets.accountId, query.accountId) : undefined, query.status ? eq(tickets.status, query.status) : undefined))
        .orderBy(...k.orderBy)
        .limit(query.limit + 1);
      return page(rows, query.limit);
    },
  }),
  operation({ method: "get", path: "/tickets/{id}", scope: "tickets:read", tag: "Tickets", summary: "Get a ticket (by id or number)", params: z.object({ id: z.string().max(40) }), response: Ticket, handler: ({ actor, params }) => findTicket(actor, params.id) }),
  operation({
    method: "get",
    path: "/tickets/{id}/messages",
    scope: "tickets:read",
    tag: "Tickets",
    summary: "A ticket's thread",
    description: "Customer tokens get public messages only; staff tokens internal notes too.",
    params: z.object({ id: z.string().max(40) }),
    response: Message,
    list: true,
    handler: async ({ actor, params }) => {
      const ticket = await findTicket(actor, params.id);
      const rows = await getDb()
        .select({ id: ticketMessages.id, visibility: ticketMessages.visibility, body: ticketMessages.body, authorUserId: ticketMessages.authorUserId, createdAt: ticketMessages.createdAt })
        .from(ticketMessages)
        .where(and(eq(ticketMessages.ticketId, ticket.id), visibleMessages(actor)))
        .orderBy(asc(ticketMessages.createdAt));
      return { data: rows, nextCursor: null };
    },
  }),
  operation({
    method: "get",
    path: "/kb/articles",
    scope: "kb:read",
    tag: "Knowledge base",
    summary: "List published articles the token may read",
    query: listQuery,
    response: Article,
    list: true,
    handler: async ({ actor, query }) => {
      const k = keyset(kbArticles.updatedAt, kbArticles.id, query);
      const rows = await getDb()
        .select({ id: kbArticles.id, slug: kbArticles.slug, title: kbArticles.title, summary: kbArticles.summary, category: kbCategories.name, tags: kbArticles.tags, visibility: kbArticles.visibility, publishedAt: kbArticles.publishedAt, updatedAt: kbArticles.updatedAt })
        .from(kbArticles)
        .innerJoin(kbCategories, eq(kbCategories.id, kbArticles.categoryId))
        .where(and(k.where, eq(kbArticles.status, "published"), inArray(kbArticles.visibility, knowledgeVisibility(actor) as ("public" | "customers" | "internal")[])))
        .orderBy(...k.orderBy)
        .limit(query.limit + 1);
      return page(rows, query.limit);
    },
  }),
  operation({
    method: "get",
    path: "/kb/articles/{slug}",
    scope: "kb:read",
    tag: "Knowledge base",
    summary: "Get an article (Markdown body)",
    params: z.object({ slug: z.string().max(80) }),
    response: Article,
    handler: async ({ actor, params }) => {
      const [row] = await getDb()
        .select({ id: kbArticles.id, slug: kbArticles.slug, title: kbArticles.title, summary: kbArticles.summary, body: kbArticles.body, category: kbCategories.name, tags: kbArticles.tags, visibility: kbArticles.visibility, publishedAt: kbArticles.publishedAt, updatedAt: kbArticles.updatedAt })
        .from(kbArticles)
        .innerJoin(kbCategories, eq(kbCategories.id, kbArticles.categoryId))
        .where(and(eq(kbArticles.slug, params.slug), eq(kbArticles.status, "published"), inArray(kbArticles.visibility, knowledgeVisibility(actor) as ("public" | "customers" | "internal")[])))
        .limit(1);
      if (!row) throw new ApiProblem("not-found");
      return row;
    },
  }),
  operation({
    method: "get",
    path: "/kb/search",
    scope: "kb:read",
    tag: "Knowledge base",
    summary: "Search articles",
    description: "Matched words are wrapped in U+E000 … U+E001 in `title` and `snippet`.",
    query: z.object({ q: z.string().min(1).max(200), limit: z.coerce.number().int().min(1).max(50).default(10) }),
    response: z.object({ id: z.string().uuid(), title: z.string(), snippet: z.string(), slug: z.string() }),
    list: true,
    handler: async ({ actor, query }) => {
      const outcome = await searchKnowledge(actor, query.q, { limit: query.limit });
      if (outcome.status === "unavailable") throw new ApiProblem("server-error", outcome.message);
      const hits = outcome.status === "ok" ? outcome.hits : [];
      return { data: hits.map((h) => ({ id: h.id, title: h.title, snippet: h.snippet, slug: String(h.display.slug ?? "") })), nextCursor: null };
    },
  }),
  operation({
    method: "get",
    path: "/activities",
    scope: "activities:read",
    tag: "Activities",
    summary: "List activities (the customer timeline)",
    query: listQuery.extend({ accountId: z.string().uuid().optional() }),
    response: Activity,
    list: true,
    handler: async ({ actor, query }) => {
      if (actor.accountId) throw new ApiProblem("forbidden", "The timeline is staff data; use a staff token.");
      // Activities are written once; createdAt serves as their change time.
      const k = keyset(activities.createdAt, activities.id, query);
      const rows = await getDb()
        .select({ id: activities.id, accountId: activities.accountId, contactId: activities.contactId, type: activities.type, direction: activities.direction, subject: activities.subject, body: activities.body, durationMinutes: activities.durationMinutes, source: activities.source, occurredAt: activities.occurredAt, updatedAt: activities.createdAt })
        .from(activities)
        .where(and(k.where, query.accountId ? eq(activities.accountId, query.accountId) : undefined))
        .orderBy(...k.orderBy)
        .limit(query.limit + 1);
      const result = page(rows, query.limit);
      return { data: result.data.map(({ updatedAt: _u, ...a }) => a), nextCursor: result.nextCursor };
    },
  }),
  operation({
    method: "post",
    path: "/activities",
    scope: "activities:write",
    tag: "Activities",
    summary: "Log a call, e-mail, meeting or note from another system",
    body: z
      .object({
        accountId: z.string().uuid(),
        contactId: z.string().uuid().nullish(),
        type: z.enum(["call", "email", "meeting", "note"]),
        direction: z.enum(["inbound", "outbound"]).nullish(),
        subject: z.string().min(1).max(200),
        body: z.string().max(10_000).nullish(),
        durationMinutes: z.number().int().min(1).max(1440).nullish(),
        occurredAt: z.string().datetime({ offset: true }).optional(),
        source: z.string().min(1).max(40).regex(/^[a-z0-9_-]+$/i).default("api"),
      })
      .strict()
      .openapi("ActivityInput"),
    response: Activity,
    handler: async ({ actor, body }) => {
      if (actor.accountId) throw new ApiProblem("forbidden", "Logging activities is for staff tokens.");
      const db = getDb();
      const [account] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, body.accountId)).limit(1);
      if (!account) throw new ApiProblem("validation", undefined, { errors: [{ field: "accountId", message: "No such account." }] });
      if (body.contactId) {
        const [contact] = await db.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.id, body.contactId), eq(contacts.accountId, body.accountId))).limit(1);
        if (!contact) throw new ApiProblem("validation", undefined, { errors: [{ field: "contactId", message: "Not a contact of that account." }] });
      }
      const id = crypto.randomUUID();
      await db.transaction((tx) =>
        recordActivity(tx, { accountId: body.accountId, contactId: body.contactId ?? null, type: body.type, direction: body.type === "note" ? null : (body.direction ?? "outbound"), subject: body.subject, body: body.body ?? null, durationMinutes: body.durationMinutes ?? null, occurredAt: body.occurredAt ? new Date(body.occurredAt) : new Date(), source: body.source, metadata: { tokenId: actor.tokenId }, id }),
      );
      const [row] = await db.select({ id: activities.id, accountId: activities.accountId, contactId: activities.contactId, type: activities.type, direction: activities.direction, subject: activities.subject, body: activities.body, durationMinutes: activities.durationMinutes, source: activities.source, occurredAt: activities.occurredAt }).from(activities).where(eq(activities.id, id));
      return row;
    },
  }),
];
