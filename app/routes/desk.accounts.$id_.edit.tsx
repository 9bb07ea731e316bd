import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireStaffCan } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { accountListOptions } from "~/domain/crm/accounts.server";
import { accountFormAction } from "~/domain/crm/forms.server";
import { accountIdParam, getAccountRecord } from "~/domain/crm/record.server";
import { PageHeader } from "~/ui/card";
import { AccountForm } from "~/ui/crm-forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Edit ${data?.account.name ?? "account"} · Accord desk` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  const { account } = await domainCall(() => getAccountRecord(actor, accountIdParam(params.id)));
  return { account, owners: (await accountListOptions()).owners };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  return accountFormAction(actor, accountIdParam(params.id), request);
}

export default function EditAccount() {
  const { account, owners } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = actionData?.values ?? { ...account, creditLimit: account.creditLimitCents / 100 };
  return (
    <>
      <p className="mb-2 text-sm"><Link to={`/desk/accounts/${account.id}`} className="text-brand-700 hover:underline">← {account.name}</Link></p>
      <PageHeader title={`Edit ${account.name}`} eyebrow={account.number} />
      <AccountForm title="Company" values={values} errors={actionData?.errors ?? {}} duplicates={actionData?.duplicates ?? []} owners={owners} submitLabel="Save account" />
    </>
  );
}
