import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaffCan } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { contactFormAction } from "~/domain/crm/forms.server";
import { getContact } from "~/domain/crm/manage.server";
import { accountIdParam } from "~/domain/crm/record.server";
import { PageHeader } from "~/ui/card";
import { ContactForm } from "~/ui/crm-forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.contact.firstName ?? ""} ${data?.contact.lastName ?? ""} · Accord desk` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  const accountId = accountIdParam(params.id);
  const contact = await domainCall(() => getContact(actor, accountId, accountIdParam(params.contactId)));
  return { contact, accountId };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  return contactFormAction(actor, accountIdParam(params.id), accountIdParam(params.contactId), request);
}

export default function EditContact() {
  const { contact, accountId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p className="mb-2 text-sm"><Link to={`/desk/accounts/${accountId}`} className="text-brand-700 hover:underline">← Back to the account</Link></p>
      <PageHeader title={`${contact.firstName} ${contact.lastName}`} />
      <ContactForm title="Person" values={actionData?.values ?? contact} errors={actionData?.errors ?? {}} duplicates={actionData?.duplicates ?? []} submitLabel="Save contact" />
    </>
  );
}
