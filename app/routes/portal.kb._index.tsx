import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireCustomer } from "~/auth/guards.server";
import { loadKnowledgeHome } from "~/domain/knowledge/pages.server";
import { PageHeader } from "~/ui/card";
import { KnowledgeHome } from "~/ui/knowledge";

export const meta: MetaFunction = () => [{ title: "Help centre · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  return loadKnowledgeHome(actor, request);
}

export default function PortalKnowledge() {
  const home = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title="Help centre" description="Answers to what customers ask us most. Can't find it? Raise a ticket from the Tickets page." />
      <KnowledgeHome home={home} base="/portal/kb" />
    </>
  );
}
