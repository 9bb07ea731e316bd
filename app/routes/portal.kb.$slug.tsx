import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireCustomer } from "~/auth/guards.server";
import { articleFeedbackAction, loadArticle } from "~/domain/knowledge/pages.server";
import { ArticleView } from "~/ui/knowledge";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.article.title ?? "Article"} · Help centre` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  return loadArticle(actor, params.slug, request);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireCustomer(request);
  return articleFeedbackAction(actor, params.slug, request, "/portal/kb");
}

export default function PortalArticle() {
  const { article, voted } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p className="mb-3 text-sm"><Link to="/portal/kb" className="text-brand-700 hover:underline">← Help centre</Link></p>
      <ArticleView article={article} base="/portal/kb" voted={voted} error={actionData && "error" in actionData ? actionData.error : undefined} />
      <p className="mt-6 text-sm text-slate-600">Still stuck? <Link to="/portal/tickets/new" className="font-medium text-brand-700 hover:underline">Raise a ticket</Link>.</p>
    </>
  );
}
