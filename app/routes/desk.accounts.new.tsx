import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaffCan } from "~/auth/guards.server";
import { accountListOptions } from "~/domain/crm/accounts.server";
import { accountFormAction } from "~/domain/crm/forms.server";
import { PageHeader } from "~/ui/card";
import { AccountForm } from "~/ui/crm-forms";

export const meta: MetaFunction = () => [{ title: "New account · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  return { owners: (await accountListOptions()).owners, me: actor.userId };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  return accountFormAction(actor, null, request);
}

export default function NewAccount() {
  const { owners, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/accounts" className="text-brand-700 hover:underline">← Customers</Link></p>
      <PageHeader title="New account" />
      <AccountForm title="Company" values={actionData?.values ?? { ownerId: me }} errors={actionData?.errors ?? {}} duplicates={actionData?.duplicates ?? []} owners={owners} submitLabel="Create account" />
    </>
  );
}
