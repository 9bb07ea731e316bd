import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { getArticleForEditing, listCategories } from "~/domain/knowledge/authoring.server";
import { articleEditorAction } from "~/domain/knowledge/editor.server";
import { renderMarkdown } from "~/domain/knowledge/markdown";
import { ArticleEditor, type ArticleValues } from "~/ui/article-editor";
import { Badge } from "~/ui/badge";
import { PageHeader } from "~/ui/card";
import { formatDateTime, formatNumber } from "~/ui/format";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.values.title ?? "Article"} · Accord desk` }];

function articleId(raw: string | undefined): string {
  const id = z.string().uuid().safeParse(raw);
  if (!id.success) throw new Response("Not found", { status: 404 });
  return id.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const article = await domainCall(() => getArticleForEditing(actor, articleId(params.id)));
  const values: ArticleValues = { title: article.title, slug: article.slug, summary: article.summary, body: article.body, categorySlug: article.categorySlug, tags: article.tags.join(", "), status: article.status, visibility: article.visibility };
  return {
    values,
    id: article.id,
    status: article.status,
    visibility: article.visibility,
    stats: { views: article.viewCount, helpful: article.helpfulCount, notHelpful: article.notHelpfulCount, updatedAt: article.updatedAt },
    preview: renderMarkdown(article.body),
    categories: await listCategories(),
    timezone: actor.timezone,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaff(request);
  return articleEditorAction(actor, articleId(params.id), request);
}

export default function EditArticle() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const readerPath = loaded.visibility === "public" ? `/kb/${loaded.values.slug}` : loaded.visibility === "customers" ? `/portal/kb/${loaded.values.slug}` : null;
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/kb" className="text-brand-700 hover:underline">← Knowledge base</Link></p>
      <PageHeader
        title={<span className="flex flex-wrap items-center gap-3">{loaded.values.title}<Badge tone={loaded.status === "published" ? "success" : loaded.status === "draft" ? "warning" : "neutral"}>{loaded.status[0].toUpperCase() + loaded.status.slice(1)}</Badge></span>}
        description={`${formatNumber(loaded.stats.views)} views · ${loaded.stats.helpful} found it helpful, ${loaded.stats.notHelpful} did not · updated ${formatDateTime(loaded.stats.updatedAt, loaded.timezone)}`}
        actions={readerPath && loaded.status === "published" && loaded.visibility === "public" ? <a href={readerPath} className="text-sm font-medium text-brand-700 hover:underline">View in the help centre</a> : undefined}
      />
      <ArticleEditor values={(actionData?.values as ArticleValues | undefined) ?? loaded.values} errors={actionData?.errors ?? {}} preview={actionData?.preview ?? loaded.preview} categories={loaded.categories} />
    </>
  );
}
