import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { API_RESOURCES } from "~/api/auth.server";
import { createApiToken, listApiTokens, parseScopes, revokeApiToken } from "~/api/tokens.server";
import { flashHeader } from "~/auth/flash.server";
import { requireStaffCan } from "~/auth/guards.server";
import { DomainError } from "~/domain/errors";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { Field, FormAlert, inputClass } from "~/ui/field";
import { formatRelative } from "~/ui/format";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "API tokens · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "admin");
  return { tokens: await listApiTokens(actor), resources: API_RESOURCES, now: Date.now() };
}

const createSchema = z.object({ name: z.string().trim().min(2, "Name the token after the system that uses it.").max(80), accountId: z.union([z.literal(""), z.string().uuid("Paste the account id from its record.")]).transform((v) => v || null) });

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "admin");
  const form = await request.formData();
  try {
    if (form.get("intent") === "revoke") {
      const id = z.string().uuid().safeParse(form.get("id"));
      if (!id.success) throw new Response("Not found", { status: 404 });
      await revokeApiToken(actor, id.data);
      return redirect("/desk/admin/api-tokens", { headers: { "Set-Cookie": await flashHeader({ message: "Token revoked; it stops working now." }) } });
    }
    const parsed = createSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return data({ error: parsed.error.issues[0].message, token: null }, { status: 400 });
    const scopes = parseScopes([...form.getAll("scope").map(String), String(form.get("extraScopes") ?? "")].join(","));
    const { token } = await createApiToken({ name: parsed.data.name, scopes, accountId: parsed.data.accountId, createdBy: actor });
    // Shown once, in this answer only — never stored or put in a cookie.
    return data({ error: null, token });
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ error: error.message, token: null }, { status: 400 });
    throw error;
  }
}

export default function ApiTokens() {
  const { tokens, resources, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <PageHeader title="API tokens" description="Credentials for other systems on /api/v1 (see the reference at /api/docs). A token is shown once; only its hash is kept." />
      {actionData?.token ? (
        <div role="status" className="mb-6 rounded-md bg-emerald-50 p-4 text-sm text-emerald-900 ring-1 ring-inset ring-emerald-200">
          <p className="font-medium">Copy the token now — it will not be shown again:</p>
          <code className="mt-2 block select-all break-all rounded bg-white px-3 py-2 font-mono text-sm ring-1 ring-emerald-200" data-testid="new-token">{actionData.token}</code>
        </div>
      ) : null}
      {actionData?.error ? <div className="mb-4"><FormAlert errors={[actionData.error]} /></div> : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <Card className="xl:col-span-2">
          {tokens.length ? (
            <Table caption="API tokens">
              <HeadRow><Th>Token</Th><Th>Scopes</Th><Th>Last used</Th><Th><span className="sr-only">Revoke</span></Th></HeadRow>
              <Body>
                {tokens.map((t) => (
                  <tr key={t.id} className={t.revokedAt ? "text-slate-400" : undefined}>
                    <Td><p className="font-medium">{t.name}</p><p className="font-mono text-xs text-slate-500">{t.prefix}…{t.accountName ? ` · customer token for ${t.accountName}` : " · staff token"}</p></Td>
                    <Td className="max-w-xs"><p className="flex flex-wrap gap-1">{t.scopes.map((s) => <Badge key={s} tone="neutral">{s}</Badge>)}</p></Td>
                    <Td className="whitespace-nowrap">{t.revokedAt ? "Revoked" : t.lastUsedAt ? formatRelative(t.lastUsedAt, now) : "Never"}</Td>
                    <Td>{t.revokedAt ? null : <Form method="post"><input type="hidden" name="intent" value="revoke" /><input type="hidden" name="id" value={t.id} /><button type="submit" className="text-sm text-red-700 hover:underline">Revoke</button></Form>}</Td>
                  </tr>
                ))}
              </Body>
            </Table>
          ) : <EmptyState title="No tokens yet" />}
        </Card>
        <Card labelledBy="new-token-title" className="h-fit">
          <CardHeader id="new-token-title" title="New token" />
          <Form method="post" className="space-y-3 px-5 py-4">
            <Field label="Name" help="The system that will use it, e.g. ERP sync." inputProps={{ id: "token-name", name: "name", maxLength: 80 }} />
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">Scopes</legend>
              <table className="mt-2 w-full text-sm">
                <thead><tr className="text-xs text-slate-500"><th className="py-1 text-left font-medium">Resource</th><th className="w-14 font-medium">Read</th><th className="w-14 font-medium">Write</th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {resources.map((r) => (
                    <tr key={r}>
                      <td className="py-1 text-slate-700">{r}</td>
                      <td className="text-center"><input type="checkbox" name="scope" value={`${r}:read`} aria-label={`${r}:read`} /></td>
                      <td className="text-center"><input type="checkbox" name="scope" value={`${r}:write`} aria-label={`${r}:write`} /></td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <label className="mt-2 flex items-center gap-2 text-sm"><input type="checkbox" name="scope" value="admin" /> admin (everything; staff tokens only)</label>
            </fieldset>
            <input type="hidden" name="extraScopes" value="" />
            <div>
              <label htmlFor="token-account" className="block text-sm font-medium text-slate-800">Customer account (optional)</label>
              <input id="token-account" name="accountId" placeholder="Account id: a customer token sees only that account" className={cx(inputClass, "mt-1.5")} />
            </div>
            <Button type="submit">Create token</Button>
          </Form>
        </Card>
      </div>
    </>
  );
}
