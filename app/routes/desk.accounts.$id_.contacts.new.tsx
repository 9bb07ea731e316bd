import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaffCan } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { contactFormAction } from "~/domain/crm/forms.server";
import { accountIdParam, getAccountRecord } from "~/domain/crm/record.server";
import { PageHeader } from "~/ui/card";
import { ContactForm } from "~/ui/crm-forms";

export const meta: MetaFunction = () => [{ title: "New contact · Accord desk" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  const { account } = await domainCall(() => getAccountRecord(actor, accountIdParam(params.id)));
  return { account: { id: account.id, name: account.name } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  return contactFormAction(actor, accountIdParam(params.id), null, request);
}

export default function NewContact() {
  const { account } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p className="mb-2 text-sm"><Link to={`/desk/accounts/${account.id}`} className="text-brand-700 hover:underline">← {account.name}</Link></p>
      <PageHeader title={`New contact at ${account.name}`} />
      <ContactForm title="Person" values={actionData?.values ?? {}} errors={actionData?.errors ?? {}} duplicates={actionData?.duplicates ?? []} submitLabel="Add contact" />
    </>
  );
}
