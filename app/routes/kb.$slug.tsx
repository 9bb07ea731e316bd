import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { homePath } from "~/auth/actor";
import { getSignedIn } from "~/auth/guards.server";
import { articleFeedbackAction, loadArticle } from "~/domain/knowledge/pages.server";
import { ArticleView } from "~/ui/knowledge";
import { PublicShell } from "~/ui/public-shell";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.article.title ?? "Article"} · Accord help centre` }, { name: "description", content: data?.article.summary ?? "" }];

/** A public article; customer-only and internal articles are "not found" here, signed in or not. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const signedIn = await getSignedIn(request);
  return { ...(await loadArticle(null, params.slug, request)), signedInHome: signedIn ? homePath(signedIn.actor) : null };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  return articleFeedbackAction(null, params.slug, request, "/kb", context.clientIp ?? null);
}

export default function PublicArticle() {
  const { article, voted, signedInHome } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <PublicShell signedInHome={signedInHome}>
      <p className="mb-3 text-sm"><Link to="/kb" className="text-brand-700 hover:underline">← Help centre</Link></p>
      <ArticleView article={article} base="/kb" voted={voted} error={actionData && "error" in actionData ? actionData.error : undefined} />
    </PublicShell>
  );
}
