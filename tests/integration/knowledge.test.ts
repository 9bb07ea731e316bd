import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "~db/client";
import { kbArticles, kbFeedback } from "~db/schema";
import type { CustomerActor, StaffActor } from "~/auth/actor";
import { knowledgeHome, readArticle, recordArticleFeedback } from "~/domain/knowledge/articles.server";
import { draftFromReply, getArticleForEditing, saveArticle } from "~/domain/knowledge/authoring.server";
import { articleSchema } from "~/domain/knowledge/knowledge.schema";
import { searchKnowledge } from "~/domain/search/search.server";
import { agentReply } from "~/domain/support/desk.server";
import { raiseTicketSchema } from "~/domain/support/support.schema";
import { raiseTicket } from "~/domain/support/tickets-commands.server";
import { runSearchJob } from "~search/sync.server";
import { customerActor, seedSmall, staffActor } from "../setup/fixtures";

let customer: CustomerActor;
let agent: StaffActor;

const article = (over: Record<string, string> = {}) =>
  articleSchema.parse({ title: "Escalation matrix for key accounts", summary: "Who to call when a platinum line stops.", body: "## Steps\n\nCall the **duty manager** first, then the plant.\n\n<script>alert(1)</script>", categorySlug: "support-procedures", tags: "escalation, Platinum", status: "published", visibility: "internal", ...over });

async function indexArticle(id: string) {
  await runSearchJob({ entity: "kb_article", ids: [id] });
}

beforeAll(async () => {
  await seedSmall(2);
  customer = await customerActor("buyer@acme.example");
  agent = await staffActor("agent@accord.example");
});

describe("knowledge authoring", () => {
  it("an internal article is found by staff and by no customer or visitor — by URL or by search", async () => {
    const saved = await saveArticle(agent, null, article());
    expect(saved.slug).toBe("escalation-matrix-for-key-accounts");
    await indexArticle(saved.id);
    expect((await readArticle(agent, saved.slug)).title).toBe("Escalation matrix for key accounts");
    await expect(readArticle(customer, saved.slug)).rejects.toMatchObject({ kind: "not_found" });
    await expect(readArticle(null, saved.slug)).rejects.toMatchObject({ kind: "not_found" });
    const titles = async (who: CustomerActor | StaffActor | null) => {
      const outcome = await searchKnowledge(who, "escalation matrix duty manager");
      return outcome.status === "ok" ? outcome.hits.map((h) => h.title) : [];
    };
    expect((await titles(agent)).join(" ")).toContain("Escalation");
    expect((await titles(customer)).join(" ")).not.toContain("Escalation");
    expect((await titles(null)).join(" ")).not.toContain("Escalation");
    expect((await knowledgeHome(customer)).categories.map((c) => c.slug)).not.toContain("support-procedures");
  });

  it("renders Markdown without the script, normalises tags, and refuses a second article at the same address", async () => {
    const saved = await saveArticle(agent, null, article({ title: "Ordering spare seals", visibility: "public", categorySlug: "ordering" }));
    const read = await readArticle(null, saved.slug);
    expect(read.html).toContain("<h2>Steps</h2>");
    expect(read.html).not.toContain("<script");
    expect(read.tags).toEqual(["escalation", "platinum"]);
    await expect(saveArticle(agent, null, article({ title: "Ordering spare seals!" }))).rejects.toThrow(/already uses the address/);
  });

  it("drafts stay hidden until published; publishing stamps the date once", async () => {
    const saved = await saveArticle(agent, null, article({ title: "Draft about pallets", visibility: "public", status: "draft", categorySlug: "shipping" }));
    await expect(readArticle(null, saved.slug)).rejects.toMatchObject({ kind: "not_found" });
    await saveArticle(agent, saved.id, article({ title: "Draft about pallets", visibility: "public", status: "published", categorySlug: "shipping" }));
    const first = (await getArticleForEditing(agent, saved.id)).publishedAt;
    expect(first).not.toBeNull();
    await saveArticle(agent, saved.id, article({ title: "Draft about pallets", visibility: "public", status: "published", categorySlug: "shipping", summary: "Edited." }));
    expect((await getArticleForEditing(agent, saved.id)).publishedAt?.toISOString()).toBe(first!.toISOString());
    expect((await readArticle(null, saved.slug)).summary).toBe("Edited.");
  });

  it("turns an agent's reply into an internal draft", async () => {
    const number = await raiseTicket(customer, raiseTicketSchema.parse({ subject: "How do I read the batch code?", description: "The label has two codes on it.", category: "product_question" }));
    await agentReply(agent, number, { body: "The batch code is the 8-digit number after LOT.", visibility: "public" });
    const [reply] = await getDb().query.ticketMessages.findMany({ where: (m, { eq: is }) => is(m.authorUserId, agent.userId), orderBy: (m, { desc }) => desc(m.createdAt), limit: 1 });
    const draft = await draftFromReply(agent, reply.id);
    expect(draft).toMatchObject({ title: "How do I read the batch code?", body: "The batch code is the 8-digit number after LOT.", status: "draft", visibility: "internal", categorySlug: "product-care", fromTicket: number });
  });
});

describe("reading the knowledge base", () => {
  it("related articles share tags or a category and are readable by the reader", async () => {
    const [tracking] = await getDb().select().from(kbArticles).where(eq(kbArticles.slug, "tracking-your-shipment"));
    const read = await readArticle(null, tracking.slug, { countView: true });
    expect(read.related.length).toBeGreaterThan(0);
    for (const r of read.related) expect((await readArticle(null, r.slug)).slug).toBe(r.slug);
    const [after] = await getDb().select({ views: kbArticles.viewCount }).from(kbArticles).where(eq(kbArticles.id, tracking.id));
    expect(after.views).toBe(tracking.viewCount + 1);
  });

  it("'was this helpful?' counts a vote, anonymous or signed in, only on articles the reader may see", async () => {
    const [tracking] = await getDb().select().from(kbArticles).where(eq(kbArticles.slug, "tracking-your-shipment"));
    await recordArticleFeedback(null, tracking.slug, true);
    await recordArticleFeedback(customer, tracking.slug, false, "Missing the carrier list");
    const [after] = await getDb().select().from(kbArticles).where(eq(kbArticles.id, tracking.id));
    expect([after.helpfulCount, after.notHelpfulCount]).toEqual([tracking.helpfulCount + 1, tracking.notHelpfulCount + 1]);
    const votes = await getDb().select().from(kbFeedback).where(eq(kbFeedback.articleId, tracking.id));
    expect(votes.find((v) => v.comment === "Missing the carrier list")?.userId).toBe(customer.userId);
    await expect(recordArticleFeedback(customer, "escalation-matrix-for-key-accounts", true)).rejects.toMatchObject({ kind: "not_found" });
  });

  it("a category page lists only what the reader may read", async () => {
    const home = await knowledgeHome(null, "shipping");
    expect(home.current?.slug).toBe("shipping");
    const visibilities = await getDb().select({ slug: kbArticles.slug, visibility: kbArticles.visibility, status: kbArticles.status }).from(kbArticles);
    for (const a of home.articles) expect(visibilities.find((v) => v.slug === a.slug)).toMatchObject({ visibility: "public", status: "published" });
    await expect(knowledgeHome(null, "no-such-category")).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("votes cannot be stuffed", () => {
  it("a signed-in reader's second vote changes the first; anonymous votes are throttled per network", async () => {
    const { articleFeedbackAction, ANONYMOUS_VOTES_PER_HOUR } = await import("~/domain/knowledge/pages.server");
    const [before] = await getDb().select().from(kbArticles).where(and(eq(kbArticles.visibility, "public"), eq(kbArticles.status, "published"))).limit(1);
    await recordArticleFeedback(customer, before.slug, true);
    await recordArticleFeedback(customer, before.slug, true);
    await recordArticleFeedback(customer, before.slug, false, "Changed my mind");
    const [after] = await getDb().select().from(kbArticles).where(eq(kbArticles.id, before.id));
    expect([after.helpfulCount, after.notHelpfulCount]).toEqual([before.helpfulCount, before.notHelpfulCount + 1]);
    const vote = () => articleFeedbackAction(null, before.slug, new Request("http://x/kb/a", { method: "POST", body: new URLSearchParams({ helpful: "yes" }) }), "/kb", "203.0.113.7");
    for (let i = 0; i < ANONYMOUS_VOTES_PER_HOUR; i++) expect(((await vote()) as Response).status).toBe(302);
    const blocked = (await vote()) as unknown as { init: { status: number }; data: { error: string } };
    expect(blocked.init.status).toBe(429);
    expect(blocked.data.error).toMatch(/many votes from your network/);
  });
});
