import { Form, Link } from "@remix-run/react";
import { Button } from "./button";
import { Card, CardHeader, EmptyState } from "./card";
import { cx } from "./cx";
import { FormAlert, inputClass } from "./field";
import { formatDate } from "./format";
import { Highlight } from "./highlight";

type Home = {
  q: string;
  results: { id: string; title: string; snippet: string; slug: string; category: string }[];
  total: number;
  unavailable: boolean;
  categories: { slug: string; name: string; description: string | null; articles: number }[];
  current: { slug: string; name: string; description: string | null } | null;
  articles: { slug: string; title: string; summary: string; category: string }[];
};

/** Search box, results with the matched words highlighted, categories, and articles. */
export function KnowledgeHome({ home, base }: { home: Home; base: string }) {
  return (
    <div className="space-y-6">
      <Form method="get" action={base} role="search" className="flex gap-2">
        <label htmlFor="kb-q" className="sr-only">Search the knowledge base</label>
        <input id="kb-q" name="q" type="search" defaultValue={home.q} placeholder="Search articles, e.g. “track my shipment”" className={cx(inputClass, "py-2.5 text-base")} />
        <Button type="submit">Search</Button>
      </Form>
      {home.unavailable ? <FormAlert errors={["Search is unavailable right now. Browse the categories below."]} /> : null}
      {home.q ? (
        <Card labelledBy="kb-results">
          <CardHeader id="kb-results" title={home.total ? `${home.total} article${home.total === 1 ? "" : "s"} match “${home.q}”` : `Nothing matches “${home.q}”`} />
          {home.results.length ? (
            <ul className="divide-y divide-slate-100" aria-label="Search results">
              {home.results.map((r) => (
                <li key={r.id} className="px-5 py-4">
                  <Link to={`${base}/${r.slug}`} className="font-medium text-brand-700 hover:underline"><Highlight text={r.title} /></Link>
                  <p className="mt-1 text-sm text-slate-600"><Highlight text={r.snippet} /></p>
                  <p className="mt-1 text-xs text-slate-500">{r.category}</p>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="Try other words">Fewer or more general words often help.</EmptyState>
          )}
        </Card>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <nav aria-label="Categories" className="h-fit rounded-lg bg-white p-2 ring-1 ring-slate-200">
          <ul>
            <li>
              <Link to={base} className={cx("flex justify-between rounded-md px-3 py-2 text-sm", !home.current ? "bg-slate-100 font-medium text-slate-900" : "text-slate-700 hover:bg-slate-50")}>Most read</Link>
            </li>
            {home.categories.map((c) => (
              <li key={c.slug}>
                <Link to={`${base}?category=${c.slug}`} className={cx("flex justify-between rounded-md px-3 py-2 text-sm", home.current?.slug === c.slug ? "bg-slate-100 font-medium text-slate-900" : "text-slate-700 hover:bg-slate-50")}>
                  {c.name} <span className="tabular text-slate-400">{c.articles}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Card className="lg:col-span-2" labelledBy="kb-list">
          <CardHeader id="kb-list" title={home.current ? home.current.name : "Most read"} description={home.current?.description ?? undefined} />
          <ul className="divide-y divide-slate-100">
            {home.articles.map((a) => (
              <li key={a.slug} className="px-5 py-3">
                <Link to={`${base}/${a.slug}`} className="font-medium text-brand-700 hover:underline">{a.title}</Link>
                {a.summary ? <p className="mt-0.5 text-sm text-slate-600">{a.summary}</p> : null}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}

type Article = {
  slug: string;
  title: string;
  summary: string;
  html: string;
  tags: string[];
  updatedAt: string | Date;
  category: { slug: string; name: string };
  related: { slug: string; title: string; summary: string }[];
};

/** An article (sanitised HTML from Markdown), "was this helpful?", and related articles. */
export function ArticleView({ article, base, voted, error }: { article: Article; base: string; voted: boolean; error?: string }) {
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
      <article className="rounded-lg bg-white px-6 py-6 ring-1 ring-slate-200 lg:col-span-2">
        <p className="text-sm"><Link to={`${base}?category=${article.category.slug}`} className="text-brand-700 hover:underline">{article.category.name}</Link></p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{article.title}</h1>
        {article.summary ? <p className="mt-2 text-slate-600">{article.summary}</p> : null}
        <p className="mt-2 text-xs text-slate-500">Updated {formatDate(article.updatedAt)}</p>
        {/* Rendered from Markdown without raw HTML and with safe links only (app/domain/knowledge/markdown.ts). */}
        <div className="article mt-6" dangerouslySetInnerHTML={{ __html: article.html }} />
        {article.tags.length ? (
          <p className="mt-6 flex flex-wrap gap-1.5">{article.tags.map((t) => <span key={t} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{t}</span>)}</p>
        ) : null}
        <div className="mt-8 border-t border-slate-100 pt-5">
          {voted ? (
            <p className="text-sm text-slate-600">Thanks — your feedback helps us improve this article.</p>
          ) : (
            <Form method="post" className="space-y-3">
              <fieldset>
                <legend className="text-sm font-medium text-slate-800">Was this helpful?</legend>
                <div className="mt-2 flex gap-2">
                  <Button type="submit" name="helpful" value="yes" variant="secondary">Yes</Button>
                  <Button type="submit" name="helpful" value="no" variant="secondary">No</Button>
                </div>
              </fieldset>
              <div>
                <label htmlFor="kb-comment" className="block text-xs text-slate-500">What was missing? (optional, sent with your answer)</label>
                <input id="kb-comment" name="comment" maxLength={1000} className={cx(inputClass, "mt-1")} />
              </div>
              {error ? <FormAlert errors={[error]} /> : null}
            </Form>
          )}
        </div>
      </article>
      <aside aria-labelledby="related-title" className="h-fit rounded-lg bg-white ring-1 ring-slate-200">
        <h2 id="related-title" className="border-b border-slate-100 px-5 py-3 text-sm font-semibold text-slate-900">Related articles</h2>
        {article.related.length ? (
          <ul className="divide-y divide-slate-100">
            {article.related.map((r) => (
              <li key={r.slug} className="px-5 py-3">
                <Link to={`${base}/${r.slug}`} className="text-sm font-medium text-brand-700 hover:underline">{r.title}</Link>
                {r.summary ? <p className="mt-0.5 text-xs text-slate-500">{r.summary}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="px-5 py-3 text-sm text-slate-500">None yet.</p>
        )}
      </aside>
    </div>
  );
}
