import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireStaff } from "~/auth/guards.server";
import { DomainError } from "~/domain/errors";
import { MACRO_PLACEHOLDERS } from "~/domain/support/macros";
import { deleteMacro, listMacros, macroSchema, saveMacro } from "~/domain/support/macros.server";
import { Button } from "~/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { Field, FieldErrors, FormAlert, inputClass } from "~/ui/field";
import { TICKET_STATUS_DESK } from "~/ui/status";
import { fieldErrorMap } from "~/domain/validation";

export const meta: MetaFunction = () => [{ title: "Canned replies · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const macros = await listMacros();
  const editId = new URL(request.url).searchParams.get("edit");
  return { macros, editing: macros.find((m) => m.id === editId) ?? null };
}

const idSchema = z.union([z.literal(""), z.string().uuid()]).transform((v) => v || null);

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaff(request);
  const form = Object.fromEntries(await request.formData());
  const id = idSchema.safeParse(form.id ?? "");
  if (!id.success) throw new Response("Not found", { status: 404 });
  try {
    if (form.intent === "delete" && id.data) {
      await deleteMacro(actor, id.data);
      return redirect("/desk/macros", { headers: { "Set-Cookie": await flashHeader({ message: "Canned reply deleted." }) } });
    }
    const parsed = macroSchema.safeParse(form);
    if (!parsed.success) {
      const errors = fieldErrorMap(parsed.error);
      return data({ errors, values: form }, { status: 400 });
    }
    await saveMacro(actor, id.data, parsed.data);
    return redirect("/desk/macros", { headers: { "Set-Cookie": await flashHeader({ message: `Saved "${parsed.data.name}".` }) } });
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ errors: { name: error.message } as Record<string, string>, values: form }, { status: 409 });
    throw error;
  }
}

export default function Macros() {
  const { macros, editing } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = actionData?.errors ?? {};
  const values = (actionData?.values ?? editing ?? {}) as Record<string, string | null | undefined>;
  return (
    <>
      <PageHeader title="Canned replies" description="Replies agents insert on a ticket with one click; placeholders are filled in for the ticket at hand." />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
        <Card className="lg:col-span-3" labelledBy="macros-title">
          <CardHeader id="macros-title" title={`${macros.length} canned replies`} />
          {macros.length ? (
            <ul className="divide-y divide-slate-100">
              {macros.map((m) => (
                <li key={m.id} className="px-5 py-4">
                  <div className="flex items-start justify-between gap-3">
                    <div>
                      <p className="font-medium text-slate-900">{m.name}</p>
                      <p className="text-xs text-slate-500">{m.setStatus ? `Sets status to ${TICKET_STATUS_DESK[m.setStatus]}` : "Keeps the status"}</p>
                    </div>
                    <div className="flex gap-2">
                      <Link to={`?edit=${m.id}`} className="text-sm text-brand-700 hover:underline">Edit</Link>
                      <Form method="post">
                        <input type="hidden" name="intent" value="delete" />
                        <input type="hidden" name="id" value={m.id} />
                        <button type="submit" className="text-sm text-red-700 hover:underline">Delete</button>
                      </Form>
                    </div>
                  </div>
                  <p className="mt-2 line-clamp-3 whitespace-pre-wrap text-sm text-slate-600">{m.body}</p>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title="No canned replies yet">Write the answers you give most often.</EmptyState>
          )}
        </Card>
        <Card className="h-fit lg:col-span-2" labelledBy="macro-form-title">
          <CardHeader id="macro-form-title" title={editing ? `Edit "${editing.name}"` : "New canned reply"} action={editing ? <Link to="/desk/macros" className="text-sm text-brand-700 hover:underline">New instead</Link> : undefined} />
          <Form method="post" className="space-y-4 px-5 py-4" key={editing?.id ?? "new"}>
            <input type="hidden" name="intent" value="save" />
            <input type="hidden" name="id" value={editing?.id ?? ""} />
            {errors.form ? <FormAlert errors={[errors.form]} /> : null}
            <Field label="Name" errors={errors.name ? [errors.name] : null} inputProps={{ id: "macro-name", name: "name", defaultValue: values.name ?? "", maxLength: 80 }} />
            <div>
              <label htmlFor="macro-body" className="block text-sm font-medium text-slate-800">Reply</label>
              <textarea id="macro-body" name="body" rows={9} maxLength={10000} defaultValue={values.body ?? ""} aria-invalid={errors.body ? true : undefined} className={cx(inputClass, "mt-1.5 font-mono text-[0.8125rem]")} />
              <FieldErrors errors={errors.body ? [errors.body] : null} />
            </div>
            <div>
              <label htmlFor="macro-status" className="block text-sm font-medium text-slate-800">Then set status</label>
              <select id="macro-status" name="setStatus" defaultValue={values.setStatus ?? ""} className={cx(inputClass, "mt-1.5")}>
                <option value="">Keep the status</option>
                {(["open", "pending_customer", "on_hold", "solved"] as const).map((s) => <option key={s} value={s}>{TICKET_STATUS_DESK[s]}</option>)}
              </select>
            </div>
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-brand-700">Placeholders</summary>
              <dl className="mt-2 space-y-1">
                {Object.entries(MACRO_PLACEHOLDERS).map(([key, label]) => (
                  <div key={key} className="flex gap-2"><dt><code className="rounded bg-slate-100 px-1 text-xs">{`{{${key}}}`}</code></dt><dd className="text-slate-600">{label}</dd></div>
                ))}
              </dl>
            </details>
            <Button type="submit">Save</Button>
          </Form>
        </Card>
      </div>
    </>
  );
}
