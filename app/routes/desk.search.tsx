import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { searchQuerySchema } from "~/domain/search/search.schema";
import { searchKnowledge, searchRecords } from "~/domain/search/search.server";
import { MARK_END, MARK_START } from "~search/types";
import { Badge } from "~/ui/badge";
import { Button, ButtonLink } from "~/ui/button";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { FormAlert, inputClass } from "~/ui/field";
import { formatDate, formatMoney, formatNumber } from "~/ui/format";
import { Highlight } from "~/ui/highlight";
import { ORDER_STATUS, TICKET_STATUS, TIER } from "~/ui/status";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.q ? `${data.q} · ` : ""}Search · Accord desk` }];

const PAGE_SIZE = 25;

const TYPE_LABEL: Record<string, string> = { account: "Account", contact: "Contact", product: "Product", order: "Order", ticket: "Ticket" };

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const parsed = searchQuerySchema.safeParse({ q: params.get("q") ?? "" });
  const page = Math.min(Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1), 100);
  if (!parsed.success) {
    return { q: "", error: parsed.error.issues[0].message, outcome: null, knowledge: [], page: 1, timezone: actor.timezone };
  }
  const [outcome, knowledge] = await Promise.all([
    searchRecords(actor, parsed.data.q, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    // Staff see every published article here, internal ones included.
    page === 1 ? searchKnowledge(actor, parsed.data.q, { limit: 5 }) : null,
  ]);
  return { q: parsed.data.q, error: null, outcome, knowledge: knowledge?.status === "ok" ? knowledge.hits : [], page, timezone: actor.timezone };
}

export default function DeskSearch() {
  const { q, error, outcome, knowledge, page, timezone } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  return (
    <>
      <PageHeader title="Search" description="Accounts, contacts, products, orders (by number or PO), tickets (by number or subject) and knowledge-base articles." />
      <Form method="get" role="search" className="mb-6 flex max-w-2xl gap-2">
        <label htmlFor="search-q" className="sr-only">
          Search
        </label>
        <input id="search-q" name="q" type="search" defaultValue={q} placeholder="e.g. SO-100154, PO-100-04153, Acme, bearing" className={inputClass} autoFocus />
        <Button type="submit" pending={navigation.state === "loading" && navigation.location?.pathname === "/desk/search"}>
          Search
        </Button>
      </Form>
      {error ? <FormAlert errors={[error]} /> : null}
      {outcome?.status === "unavailable" ? <FormAlert errors={[outcome.message]} /> : null}
      {knowledge.length ? (
        <Card className="mb-6" labelledBy="kb-hits">
          <h2 id="kb-hits" className="border-b border-slate-100 px-5 py-3 text-sm font-semibold text-slate-900">Knowledge base</h2>
          <ul className="divide-y divide-slate-100" aria-label="Articles">
            {knowledge.map((hit) => (
              <li key={hit.id} className="px-5 py-3">
                <Link to={`/desk/kb/${hit.id}`} className="font-medium text-brand-700 hover:underline"><Highlight text={hit.title} /></Link>
                {hit.display.visibility === "internal" ? <span className="ml-2"><Badge tone="warning">Internal</Badge></span> : null}
                <p className="mt-0.5 text-sm text-slate-600"><Highlight text={hit.snippet} /></p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {outcome?.status === "ok" ? (
        <Card>
          <p className="border-b border-slate-100 px-5 py-3 text-sm text-slate-600">
            {outcome.total > PAGE_SIZE
              ? `${formatNumber((page - 1) * PAGE_SIZE + 1)}–${formatNumber(Math.min(page * PAGE_SIZE, outcome.total))} of ${formatNumber(outcome.total)} results for “${q}”`
              : `${formatNumber(outcome.total)} result${outcome.total === 1 ? "" : "s"} for “${q}”`}
          </p>
          {outcome.hits.length ? (
            <ul className="divide-y divide-slate-100">
              {outcome.hits.map((hit) => {
                const d = hit.display as unknown as Record<string, string | number | null>;
                const type = String(d.type);
                return (
                  <li key={hit.id} className="flex items-start gap-3 px-5 py-3">
                    <span className="w-20 flex-none pt-0.5">
                      <Badge tone="neutral">{TYPE_LABEL[type] ?? type}</Badge>
                    </span>
                    <div className="min-w-0">
                      <p className="font-medium text-slate-900">
                        {recordPath(type, hit.title, d) ? (
                          <Link to={recordPath(type, hit.title, d)!} className="text-brand-700 hover:underline"><Highlight text={hit.title} /></Link>
                        ) : (
                          <Highlight text={hit.title} />
                        )}
                      </p>
                      <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-500">
                        {type === "account" ? (
                          <>
                            <span>{d.number}</span>
                            <Badge tone={TIER[String(d.tier)]?.tone ?? "neutral"}>{TIER[String(d.tier)]?.label ?? d.tier}</Badge>
                            <span>{d.industry}</span>
                          </>
                        ) : null}
                        {type === "contact" ? <span>{[d.jobTitle, d.accountName, d.email].filter(Boolean).join(" · ")}</span> : null}
                        {type === "product" ? <span>{d.sku} · {d.category} · {formatMoney(Number(d.listPriceCents), String(d.currency))} list</span> : null}
                        {type === "order" ? (
                          <>
                            <span>{d.accountName}</span>
                            {d.poNumber ? <span>PO {d.poNumber}</span> : null}
                            <span>{formatDate(String(d.placedAt), timezone)}</span>
                            <Badge tone={ORDER_STATUS[String(d.status)]?.tone ?? "neutral"}>{ORDER_STATUS[String(d.status)]?.label ?? d.status}</Badge>
                            <span className="tabular">{formatMoney(Number(d.totalCents), String(d.currency))}</span>
                          </>
                        ) : null}
                        {type === "ticket" ? (
                          <>
                            <span>{d.accountName}</span>
                            <Badge tone={TICKET_STATUS[String(d.status)]?.tone ?? "neutral"}>{TICKET_STATUS[String(d.status)]?.label ?? d.status}</Badge>
                          </>
                        ) : null}
                      </p>
                      {hit.snippet ? (
                        <p className="mt-1 text-sm text-slate-600">
                          <Highlight text={hit.snippet} />
                        </p>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyState title="Nothing found">Check the spelling, or search by number: an order (SO-…), a PO or a ticket number.</EmptyState>
          )}
          {outcome.total > PAGE_SIZE ? (
            <nav aria-label="Result pages" className="flex justify-end gap-2 border-t border-slate-100 px-5 py-3">
              {page > 1 ? <ButtonLink to={`?q=${encodeURIComponent(q)}&page=${page - 1}`}>Previous</ButtonLink> : null}
              {page * PAGE_SIZE < outcome.total ? <ButtonLink to={`?q=${encodeURIComponent(q)}&page=${page + 1}`}>Next</ButtonLink> : null}
            </nav>
          ) : null}
        </Card>
      ) : null}
      {outcome?.status === "empty-query" && !error ? <p className="text-sm text-slate-500">Type a name, number or word to search every record.</p> : null}
    </>
  );
}

/** Where a record opens in the desk (products have no desk page yet). */
function recordPath(type: string, title: string, display: Record<string, string | number | null>): string | null {
  const plain = title.replaceAll(MARK_START, "").replaceAll(MARK_END, "");
  if (type === "ticket") return `/desk/tickets/${display.number}`;
  if (type === "order") return `/desk/orders/${encodeURIComponent(plain.split(" ")[0])}`;
  if ((type === "account" || type === "contact") && display.accountId) return `/desk/accounts/${display.accountId}`;
  return null;
}
