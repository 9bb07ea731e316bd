import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { z } from "zod";
import { requireStaffCan } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { getImport, startImport } from "~/domain/crm/import.server";
import { IMPORT_COLUMNS } from "~/domain/crm/crm.schema";
import { DomainError } from "~/domain/errors";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { FormAlert } from "~/ui/field";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.fileName ?? "Import"} · Accord desk` }, ...(data?.status === "running" ? [{ httpEquiv: "refresh", content: "2" } as const] : [])];

function importId(raw: string | undefined) {
  const id = z.string().uuid().safeParse(raw);
  if (!id.success) throw new Response("Not found", { status: 404 });
  return id.data;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  const row = await domainCall(() => getImport(actor, importId(params.id)));
  const columns = IMPORT_COLUMNS[row.kind].filter((c) => row.rows.some((r) => r.values[c]));
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    fileName: row.fileName,
    totalLines: row.totalLines,
    valid: row.rows.length,
    processed: row.processed,
    created: row.created,
    errors: row.errors.slice(0, 200),
    errorCount: row.errors.length,
    preview: row.rows.slice(0, 20),
    columns,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "edit_accounts");
  const id = importId(params.id);
  try {
    await startImport(actor, id);
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ error: error.message }, { status: 409 });
    throw error;
  }
  return redirect(`/desk/imports/${id}`);
}

export default function ImportPage() {
  const imp = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  useEffect(() => {
    if (imp.status !== "running") return;
    const timer = setInterval(() => revalidator.state === "idle" && revalidator.revalidate(), 1000);
    return () => clearInterval(timer);
  }, [imp.status, revalidator]);
  const share = imp.valid ? imp.processed / imp.valid : 1;
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/imports" className="text-brand-700 hover:underline">← Imports</Link></p>
      <PageHeader title={imp.fileName} description={`${imp.kind === "accounts" ? "Accounts" : "Contacts"} · ${imp.totalLines} lines: ${imp.valid} ready, ${imp.status === "preview" ? imp.errorCount : imp.totalLines - imp.valid} refused at checking.`} />
      {imp.status === "preview" ? (
        <Card labelledBy="confirm-title" className="mb-6">
          <CardHeader id="confirm-title" title="Check, then import" description={imp.valid ? `The first ${Math.min(20, imp.valid)} of ${imp.valid} rows as they will be written. Refused rows are listed below and will be left out.` : "No row can be imported; fix the file and upload it again."} />
          {imp.valid ? (
            <Form method="post" className="px-5 py-4">
              <Button type="submit">Import {imp.valid} {imp.kind}</Button>
            </Form>
          ) : null}
        </Card>
      ) : (
        <Card labelledBy="progress-title" className="mb-6">
          <CardHeader id="progress-title" title={imp.status === "done" ? "Finished" : imp.status === "running" ? "Importing…" : imp.status} />
          <div className="px-5 py-4">
            <div className="h-3 w-full overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-label="Import progress" aria-valuemin={0} aria-valuemax={imp.valid} aria-valuenow={imp.processed}>
              <div className="h-full rounded-full bg-brand-600 transition-all" style={{ width: `${Math.round(share * 100)}%` }} />
            </div>
            <p className="tabular mt-2 text-sm text-slate-700">{imp.processed} of {imp.valid} rows · {imp.created} created · {imp.errorCount} refused</p>
          </div>
        </Card>
      )}
      {imp.status === "preview" && imp.preview.length ? (
        <Card labelledBy="preview-title" className="mb-6">
          <CardHeader id="preview-title" title="Preview" />
          <Table caption="Rows to import">
            <HeadRow><Th>Line</Th>{imp.columns.map((c) => <Th key={c}>{c}</Th>)}</HeadRow>
            <Body>{imp.preview.map((r) => <tr key={r.line}><Td className="tabular text-slate-500">{r.line}</Td>{imp.columns.map((c) => <Td key={c}>{r.values[c]}</Td>)}</tr>)}</Body>
          </Table>
        </Card>
      ) : null}
      {imp.errors.length ? (
        <Card labelledBy="errors-title">
          <CardHeader id="errors-title" title={`Refused rows (${imp.errorCount})`} />
          <div className="px-5 pt-3"><FormAlert errors={[`${imp.errorCount} row${imp.errorCount === 1 ? " was" : "s were"} left out. Fix them in the file and import those lines again.`]} /></div>
          <Table caption="Refused rows">
            <HeadRow><Th>Line</Th><Th>Why</Th></HeadRow>
            <Body>{imp.errors.map((e) => <tr key={`${e.line}-${e.message}`}><Td className="tabular text-slate-500">{e.line}</Td><Td>{e.message}</Td></tr>)}</Body>
          </Table>
        </Card>
      ) : null}
    </>
  );
}
