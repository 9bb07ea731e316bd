import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { draftFromReply, listCategories } from "~/domain/knowledge/authoring.server";
import { articleEditorAction } from "~/domain/knowledge/editor.server";
import { renderMarkdown } from "~/domain/knowledge/markdown";
import { ArticleEditor, type ArticleValues } from "~/ui/article-editor";
import { PageHeader } from "~/ui/card";

export const meta: MetaFunction = () => [{ title: "New article · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const fromMessage = z.string().uuid().safeParse(new URL(request.url).searchParams.get("fromMessage"));
  const draft = fromMessage.success ? await domainCall(() => draftFromReply(actor, fromMessage.data)) : null;
  const values: ArticleValues = draft
    ? { title: draft.title, slug: "", summary: "", body: draft.body, categorySlug: draft.categorySlug, tags: "", status: "draft", visibility: draft.visibility }
    : { title: "", slug: "", summary: "", body: "", categorySlug: "", tags: "", status: "draft", visibility: "customers" };
  return { values, fromTicket: draft?.fromTicket ?? null, preview: values.body ? renderMarkdown(values.body) : null, categories: await listCategories() };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaff(request);
  return articleEditorAction(actor, null, request);
}

export default function NewArticle() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/kb" className="text-brand-700 hover:underline">← Knowledge base</Link></p>
      <PageHeader title="New article" />
      <ArticleEditor values={(actionData?.values as ArticleValues | undefined) ?? loaded.values} errors={actionData?.errors ?? {}} preview={actionData?.preview ?? loaded.preview} categories={loaded.categories} fromTicket={loaded.fromTicket} />
    </>
  );
}
