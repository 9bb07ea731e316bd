import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import type { Actor } from "~/auth/actor";
import { flashHeader } from "~/auth/flash.server";
import { domainCall } from "~/auth/respond.server";
import { describeWait, recordHit, secondsBlocked } from "~/auth/throttle.server";
import { searchKnowledge } from "~/domain/search/search.server";
import { knowledgeHome, readArticle, recordArticleFeedback } from "./articles.server";

/**
 * The knowledge base pages, shared by the public /kb and the signed-in
 * /portal/kb: what a reader sees differs only by who the reader is.
 */
export async function loadKnowledgeHome(reader: Actor | null, request: Request) {
  const params = new URL(request.url).searchParams;
  const q = (params.get("q") ?? "").trim().slice(0, 200);
  const category = params.get("category") || undefined;
  const [home, outcome] = await Promise.all([domainCall(() => knowledgeHome(reader, category)), q ? searchKnowledge(reader, q, { limit: 20 }) : null]);
  const results =
    outcome?.status === "ok"
      ? outcome.hits.map((h) => ({ id: h.id, title: h.title, snippet: h.snippet, slug: String(h.display.slug ?? ""), category: String(h.display.category ?? "") }))
      : [];
  return { ...home, q, results, total: outcome?.status === "ok" ? outcome.total : 0, unavailable: outcome?.status === "unavailable" };
}

export async function loadArticle(reader: Actor | null, slug: string | undefined, request: Request) {
  const article = await domainCall(() => readArticle(reader, slug ?? "", { countView: true }));
  return { article, voted: new URL(request.url).searchParams.has("voted") };
}

const feedbackSchema = z.object({
  helpful: z.enum(["yes", "no"]),
  comment: z.string().trim().max(1000).optional(),
});

/** Anonymous votes per network per hour on the public help centre. */
export const ANONYMOUS_VOTES_PER_HOUR = 20;

/** "Was this helpful?" from an article page; anonymous votes are throttled per IP address. */
export async function articleFeedbackAction(reader: Actor | null, slug: string | undefined, request: Request, base: string, clientIp: string | null = null) {
  const parsed = feedbackSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "Choose yes or no." }, { status: 400 });
  if (!reader) {
    const limits = [{ key: `kb-vote:${clientIp ?? "unknown"}`, max: ANONYMOUS_VOTES_PER_HOUR, windowSeconds: 3600 }];
    const wait = await secondsBlocked(limits);
    if (wait > 0) return data({ error: `Thanks — we have had many votes from your network. Try again in ${describeWait(wait)}.` }, { status: 429 });
    await recordHit(limits);
  }
  await domainCall(() => recordArticleFeedback(reader, slug ?? "", parsed.data.helpful === "yes", parsed.data.comment));
  return redirect(`${base}/${slug}?voted=1`, { headers: { "Set-Cookie": await flashHeader({ message: "Thanks for the feedback." }) } });
}
