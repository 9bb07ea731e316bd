import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { homePath } from "~/auth/actor";
import { getSignedIn } from "~/auth/guards.server";
import { loadKnowledgeHome } from "~/domain/knowledge/pages.server";
import { PageHeader } from "~/ui/card";
import { KnowledgeHome } from "~/ui/knowledge";
import { PublicShell } from "~/ui/public-shell";

export const meta: MetaFunction = () => [{ title: "Help centre · Accord" }, { name: "description", content: "Answers about ordering, delivery, invoices, returns and our products." }];

/** The public help centre: public articles only, whoever asks (signed-in readers have /portal/kb). */
export async function loader({ request }: LoaderFunctionArgs) {
  const signedIn = await getSignedIn(request);
  return { ...(await loadKnowledgeHome(null, request)), signedInHome: signedIn ? homePath(signedIn.actor) : null };
}

export default function PublicKnowledge() {
  const home = useLoaderData<typeof loader>();
  return (
    <PublicShell signedInHome={home.signedInHome}>
      <PageHeader title="How can we help?" description="Answers about ordering, delivery, invoices, returns and our products." />
      <KnowledgeHome home={home} base="/kb" />
    </PublicShell>
  );
}
