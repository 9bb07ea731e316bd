import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { listArticlesForStaff, listCategories } from "~/domain/knowledge/authoring.server";
import { ARTICLE_STATUSES, ARTICLE_VISIBILITIES } from "~/domain/knowledge/knowledge.schema";
import { Badge } from "~/ui/badge";
import { Button, ButtonLink } from "~/ui/button";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { inputClass } from "~/ui/field";
import { FilterSelect } from "~/ui/filters";
import { formatDate, formatNumber } from "~/ui/format";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Knowledge base · Accord desk" }];

const filterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  visibility: z.enum(ARTICLE_VISIBILITIES).optional().catch(undefined),
  category: z.string().max(80).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const params = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const filter = filterSchema.parse(params);
  const [list, categories] = await Promise.all([listArticlesForStaff(actor, filter), listCategories()]);
  return { ...list, filter, categories };
}

const STATUS_TONE = { draft: "warning", published: "success", archived: "neutral" } as const;
const VISIBILITY_SHORT = { public: "Public", customers: "Customers", internal: "Internal" } as const;

export default function DeskKnowledge() {
  const { articles, total, page, pages, filter, categories } = useLoaderData<typeof loader>();
  const pageLink = (n: number) => `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([k, v]) => v !== undefined && k !== "page") as [string, string][]), page: String(n) })}`;
  return (
    <>
      <PageHeader title="Knowledge base" description="Articles for the public help centre, for signed-in customers, and internal ones for the team." actions={<ButtonLink to="/desk/kb/new" variant="primary">New article</ButtonLink>} />
      <Form method="get" className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 ring-1 ring-slate-200" aria-label="Filter articles">
        <div className="w-56">
          <label htmlFor="kb-q" className="block text-xs font-medium text-slate-600">Title or tag</label>
          <input id="kb-q" name="q" defaultValue={filter.q ?? ""} className={cx(inputClass, "mt-1")} />
        </div>
        <FilterSelect id="kb-status" name="status" label="Status" value={filter.status} options={ARTICLE_STATUSES.map((s) => [s, s[0].toUpperCase() + s.slice(1)])} />
        <FilterSelect id="kb-visibility" name="visibility" label="Visibility" value={filter.visibility} options={ARTICLE_VISIBILITIES.map((v) => [v, VISIBILITY_SHORT[v]])} />
        <FilterSelect id="kb-category" name="category" label="Category" value={filter.category} options={categories.map((c) => [c.slug, c.name])} />
        <Button type="submit" variant="secondary">Apply</Button>
      </Form>
      <Card>
        {articles.length ? (
          <Table caption={`${total} articles`}>
            <HeadRow>
              <Th>Article</Th>
              <Th>Status</Th>
              <Th>Visibility</Th>
              <Th className="text-right">Views</Th>
              <Th className="text-right">Helpful</Th>
              <Th className="text-right">Updated</Th>
            </HeadRow>
            <Body>
              {articles.map((a) => (
                <tr key={a.id} className="hover:bg-slate-50">
                  <Td className="max-w-md">
                    <Link to={`/desk/kb/${a.id}`} className="font-medium text-brand-700 hover:underline">{a.title}</Link>
                    <p className="text-xs text-slate-500">{a.category}{a.tags.length ? ` · ${a.tags.join(", ")}` : ""}</p>
                  </Td>
                  <Td><Badge tone={STATUS_TONE[a.status]}>{a.status[0].toUpperCase() + a.status.slice(1)}</Badge></Td>
                  <Td className="text-slate-700">{VISIBILITY_SHORT[a.visibility]}</Td>
                  <Td className="tabular text-right">{formatNumber(a.viewCount)}</Td>
                  <Td className="tabular text-right">{a.helpfulCount + a.notHelpfulCount ? `${Math.round((100 * a.helpfulCount) / (a.helpfulCount + a.notHelpfulCount))}%` : "—"}</Td>
                  <Td className="tabular whitespace-nowrap text-right text-slate-600">{formatDate(a.updatedAt)}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : (
          <EmptyState title="No articles match">Change the filters or write a new article.</EmptyState>
        )}
      </Card>
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
          {page > 1 ? <Link to={pageLink(page - 1)} className="text-brand-700 hover:underline">← Previous</Link> : <span />}
          <span className="text-slate-500">Page {page} of {pages}</span>
          {page < pages ? <Link to={pageLink(page + 1)} className="text-brand-700 hover:underline">Next →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}

