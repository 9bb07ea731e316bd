import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, MaxPartSizeExceededError, redirect, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireStaffCan } from "~/auth/guards.server";
import { listImports, prepareImport } from "~/domain/crm/import.server";
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS } from "~/domain/crm/crm.schema";
import { DomainError } from "~/domain/errors";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/ui/card";
import { FieldErrors, inputClass } from "~/ui/field";
import { formatDateTime } from "~/ui/format";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Import CSV · Accord desk" }];

const MAX_CSV_BYTES = 5 * 1_048_576;

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  return { imports: await listImports(actor), timezone: actor.timezone };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_CSV_BYTES }));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return data({ error: "The file is larger than 5 MB; split it into several imports." }, { status: 400 });
    throw error;
  }
  const kind = z.enum(["accounts", "contacts"]).safeParse(form.get("kind"));
  const file = form.get("file");
  if (!kind.success) return data({ error: "Choose what the file holds." }, { status: 400 });
  if (!file || typeof file === "string" || file.size === 0) return data({ error: "Choose a CSV file." }, { status: 400 });
  try {
    const id = await prepareImport(actor, kind.data, file.name, await file.text());
    return redirect(`/desk/imports/${id}`);
  } catch (error) {
    if (error instanceof DomainError) return data({ error: error.message }, { status: 400 });
    throw error;
  }
}

const STATUS_TONE = { preview: "warning", running: "info", done: "success", failed: "danger", cancelled: "neutral" } as const;

export default function Imports() {
  const { imports, timezone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/accounts" className="text-brand-700 hover:underline">← Customers</Link></p>
      <PageHeader title="Import accounts and contacts" description={`A CSV file with a header line, up to ${IMPORT_MAX_ROWS.toLocaleString("en-US")} rows. You see every row checked before anything is written.`} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
        <Card labelledBy="upload-title" className="h-fit lg:col-span-2">
          <CardHeader id="upload-title" title="Upload" />
          <Form method="post" encType="multipart/form-data" className="space-y-4 px-5 py-4">
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">The file holds</legend>
              <div className="mt-2 space-y-1.5 text-sm">
                <label className="flex items-center gap-2"><input type="radio" name="kind" value="accounts" defaultChecked /> Accounts</label>
                <label className="flex items-center gap-2"><input type="radio" name="kind" value="contacts" /> Contacts</label>
              </div>
            </fieldset>
            <div>
              <label htmlFor="file" className="block text-sm font-medium text-slate-800">CSV file</label>
              <input id="file" name="file" type="file" accept=".csv,text/csv" className={`${inputClass} mt-1.5`} />
              <FieldErrors errors={actionData?.error ? [actionData.error] : null} />
            </div>
            <Button type="submit" pending={navigation.state === "submitting"} pendingText="Checking…">Check the file</Button>
          </Form>
          <div className="border-t border-slate-100 px-5 py-4 text-xs text-slate-600">
            <p className="font-medium text-slate-800">Columns</p>
            <p className="mt-1">Accounts: <code>{IMPORT_COLUMNS.accounts.join(", ")}</code> (name and industry required; owner_email is a staff e-mail).</p>
            <p className="mt-1">Contacts: <code>{IMPORT_COLUMNS.contacts.join(", ")}</code> (account_number or account_domain, names and e-mail required).</p>
          </div>
        </Card>
        <Card labelledBy="recent-title" className="lg:col-span-3">
          <CardHeader id="recent-title" title="Recent imports" />
          {imports.length ? (
            <Table caption="Recent imports">
              <HeadRow><Th>File</Th><Th>Status</Th><Th className="text-right">Created</Th><Th className="text-right">Refused</Th><Th>When</Th></HeadRow>
              <Body>
                {imports.map((i) => (
                  <tr key={i.id}>
                    <Td><Link to={`/desk/imports/${i.id}`} className="font-medium text-brand-700 hover:underline">{i.fileName}</Link><p className="text-xs text-slate-500">{i.kind} · {i.totalLines} lines{i.byName ? ` · ${i.byName}` : ""}</p></Td>
                    <Td><Badge tone={STATUS_TONE[i.status]}>{i.status}</Badge></Td>
                    <Td className="tabular text-right">{i.created}</Td>
                    <Td className="tabular text-right">{i.errorCount}</Td>
                    <Td className="whitespace-nowrap text-slate-600">{formatDateTime(i.createdAt, timezone)}</Td>
                  </tr>
                ))}
              </Body>
            </Table>
          ) : <EmptyState title="No imports yet" />}
        </Card>
      </div>
    </>
  );
}
