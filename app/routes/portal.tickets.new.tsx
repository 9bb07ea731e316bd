import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useFetcher, useLoaderData, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireCustomer } from "~/auth/guards.server";
import { DomainError } from "~/domain/errors";
import { readableArticles, recordDeflection } from "~/domain/knowledge/deflection.server";
import { searchKnowledge } from "~/domain/search/search.server";
import { CATEGORY_LABEL, raiseTicketSchema, TICKET_CATEGORIES } from "~/domain/support/support.schema";
import { raiseTicket } from "~/domain/support/tickets-commands.server";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { Field, FieldErrors, FormAlert, inputClass } from "~/ui/field";
import { Highlight } from "~/ui/highlight";
import { AttachmentInput } from "~/ui/attachments";
import { env } from "~/env.server";
import { renderMarkdown } from "~/domain/knowledge/markdown";
import { readTicketForm, uploadedFiles, withUploads } from "~/domain/support/attachments.server";
import { fieldErrorMap } from "~/domain/validation";

export const meta: MetaFunction = () => [{ title: "Raise a ticket · Accord portal" }];

/** Suggestions for what was typed so far (also the no-JavaScript "Find answers first" path). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const params = new URL(request.url).searchParams;
  const values = Object.fromEntries(["subject", "description", "category", "priority", "orderNumber", "lineSku"].map((k) => [k, params.get(k) ?? ""]));
  const query = `${values.subject} ${values.description}`.trim().slice(0, 200);
  const outcome = query.length >= 3 ? await searchKnowledge(actor, query, { limit: 3, match: "any" }) : null;
  const hits = outcome?.status === "ok" ? outcome.hits : [];
  const full = await readableArticles(actor, hits.map((h) => h.id));
  const suggestions = hits
    .map((h) => ({ ...h, article: full.find((a) => a.id === h.id) }))
    .filter((s) => s.article)
    .map(({ article, ...hit }) => ({ ...hit, slug: article!.slug, html: renderMarkdown(article!.body) }));
  return { values, query, suggestions, unavailable: outcome?.status === "unavailable", role: actor.role, maxMb: Math.round(env().MAX_ATTACHMENT_BYTES / 1_048_576) };
}

const deflectSchema = z.object({ articleId: z.string().uuid(), query: z.string().max(500).default("") });

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireCustomer(request);
  let formData: FormData;
  try {
    formData = await readTicketForm(request);
  } catch (error) {
    if (error instanceof DomainError) return data({ errors: { attachments: error.message } as Record<string, string>, values: {} }, { status: 400 });
    throw error;
  }
  const form = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string"));
  if (form.intent === "deflect") {
    const parsed = deflectSchema.safeParse(form);
    if (!parsed.success) throw new Response("Not found", { status: 404 });
    await recordDeflection(actor, parsed.data.articleId, parsed.data.query);
    return redirect("/portal", { headers: { "Set-Cookie": await flashHeader({ message: "Glad that helped — no ticket needed." }) } });
  }
  const parsed = raiseTicketSchema.safeParse(form);
  if (!parsed.success) {
    const errors = fieldErrorMap(parsed.error);
    return data({ errors, values: form }, { status: 400 });
  }
  try {
    const number = await withUploads(uploadedFiles(formData), (files) => raiseTicket(actor, parsed.data, files));
    return redirect(`/portal/tickets/${number}`, { headers: { "Set-Cookie": await flashHeader({ message: `Ticket #${number} received. We'll answer by the time shown.` }) } });
  } catch (error) {
    if (error instanceof DomainError) return data({ errors: { [error.field ?? "attachments"]: error.message } as Record<string, string>, values: form }, { status: 400 });
    throw error;
  }
}

export default function RaiseTicket() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const fetcher = useFetcher<typeof loader>();
  const errors = actionData?.errors ?? {};
  const values = { ...loaded.values, ...((actionData?.values ?? {}) as Record<string, string>) };
  const [typed, setTyped] = useState({ subject: values.subject, description: values.description });
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    const text = `${typed.subject} ${typed.description}`.trim();
    if (text.length < 3) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => fetcher.load(`/portal/tickets/new?${new URLSearchParams({ subject: typed.subject, description: typed.description })}`), 350);
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [typed.subject, typed.description]);
  const shown = fetcher.data ?? loaded;
  return (
    <>
      <PageHeader title="Raise a ticket" description="Tell us what happened. While you type, we look for articles that may already answer it." />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3" labelledBy="ticket-form-title">
          <CardHeader id="ticket-form-title" title="Your question" />
          <Form method="post" encType="multipart/form-data" className="space-y-5 px-5 py-5" noValidate>
            <input type="hidden" name="intent" value="raise" />
            <Field
              label="Subject"
              errors={errors.subject ? [errors.subject] : null}
              inputProps={{ id: "subject", name: "subject", defaultValue: values.subject, maxLength: 200, onChange: (e) => {
                  const subject = e.currentTarget.value;
                  setTyped((t) => ({ ...t, subject }));
                } }}
            />
            <div>
              <label htmlFor="description" className="block text-sm font-medium text-slate-800">What happened?</label>
              <textarea
                id="description"
                name="description"
                rows={6}
                defaultValue={values.description}
                maxLength={20000}
                onChange={(e) => {
                  const description = e.currentTarget.value;
                  setTyped((t) => ({ ...t, description }));
                }}
                aria-invalid={errors.description ? true : undefined}
                className={cx(inputClass, "mt-1.5")}
                placeholder="Order number, product, what you expected and what you got."
              />
              <FieldErrors errors={errors.description ? [errors.description] : null} />
            </div>
            <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
              <div>
                <label htmlFor="category" className="block text-sm font-medium text-slate-800">About</label>
                <select id="category" name="category" defaultValue={values.category || "order_issue"} className={cx(inputClass, "mt-1.5")}>
                  {TICKET_CATEGORIES.map((c) => <option key={c} value={c}>{CATEGORY_LABEL[c]}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor="priority" className="block text-sm font-medium text-slate-800">How urgent?</label>
                <select id="priority" name="priority" defaultValue={values.priority || "normal"} className={cx(inputClass, "mt-1.5")}>
                  <option value="low">Low — no rush</option>
                  <option value="normal">Normal</option>
                  <option value="high">High — it is holding us up</option>
                  <option value="urgent">Urgent — production is stopped</option>
                </select>
              </div>
              <Field label="Order number (optional)" errors={errors.orderNumber ? [errors.orderNumber] : null} inputProps={{ id: "orderNumber", name: "orderNumber", defaultValue: values.orderNumber, placeholder: "SO-…", maxLength: 30 }} />
            </div>
            <div className="sm:w-1/2">
              <Field label="Product SKU on that order (optional)" help="If it is about one line of the order." errors={errors.lineSku ? [errors.lineSku] : null} inputProps={{ id: "lineSku", name: "lineSku", defaultValue: values.lineSku, maxLength: 60 }} />
            </div>
            <div>
              <AttachmentInput maxMb={loaded.maxMb} />
              <FieldErrors errors={errors.attachments ? [errors.attachments] : null} />
            </div>
            {loaded.role !== "admin" ? (
              <label className="flex items-center gap-2 text-sm text-slate-700">
                <input type="checkbox" name="share" className="h-4 w-4 rounded border-slate-300" /> Share with everyone at my company
              </label>
            ) : null}
            <div className="flex flex-wrap gap-3">
              <Button type="submit" pending={navigation.formData?.get("intent") === "raise"} pendingText="Sending…">Raise ticket</Button>
              <Button type="submit" variant="ghost" formMethod="get" name="suggest" value="1">Find answers first</Button>
            </div>
          </Form>
        </Card>
        <div className="lg:col-span-2">
          <Card labelledBy="suggest-title">
            <CardHeader id="suggest-title" title="Maybe this answers it" description={shown.suggestions.length ? "Articles matching what you wrote." : "Suggestions appear as you type."} />
            {shown.unavailable ? <div className="px-5 py-3"><FormAlert errors={["Suggestions are unavailable right now; raise the ticket and we will answer."]} /></div> : null}
            <ul className="divide-y divide-slate-100" aria-live="polite" aria-label="Suggested articles">
              {shown.suggestions.map((s) => (
                <li key={s.id} className="px-5 py-4">
                  <p className="font-medium text-slate-900"><Highlight text={s.title} /></p>
                  <p className="mt-1 text-sm text-slate-600"><Highlight text={s.snippet} /></p>
                  <details className="mt-2 text-sm">
                    <summary className="cursor-pointer font-medium text-brand-700">Read it here</summary>
                    {/* Rendered from Markdown without raw HTML (see app/domain/knowledge/markdown.ts). */}
                    <div className="article mt-2 rounded-md bg-slate-50 p-3" dangerouslySetInnerHTML={{ __html: s.html }} />
                    <Link to={`/portal/kb/${s.slug}`} className="mt-2 inline-block text-brand-700 hover:underline">Open the article</Link>
                  </details>
                  <Form method="post" className="mt-3">
                    <input type="hidden" name="intent" value="deflect" />
                    <input type="hidden" name="articleId" value={s.id} />
                    <input type="hidden" name="query" value={shown.query} />
                    <Button type="submit" variant="secondary">This answered my question</Button>
                  </Form>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
