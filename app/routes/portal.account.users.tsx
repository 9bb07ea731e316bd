import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { PORTAL_ROLE_LABEL } from "~/auth/actor";
import { flashHeader } from "~/auth/flash.server";
import { requireCustomer } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { inviteSchema, updateUserSchema } from "~/domain/accounts/users.schema";
import { inviteColleague, listAccountUsers, setColleagueActive, updateColleague } from "~/domain/accounts/users.server";
import { DomainError } from "~/domain/errors";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { Field, FieldErrors, FormAlert, inputClass } from "~/ui/field";
import { formatDate, formatMoney } from "~/ui/format";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";
import { fieldErrorMap } from "~/domain/validation";

export const meta: MetaFunction = () => [{ title: "Colleagues · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const users = await domainCall(() => listAccountUsers(actor));
  return { ...users, me: actor.contactId, accountName: actor.accountName, timezone: actor.timezone };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const form = Object.fromEntries(await request.formData());
  try {
    if (form.intent === "invite") {
      const parsed = inviteSchema.safeParse(form);
      if (!parsed.success) {
        const errors = fieldErrorMap(parsed.error);
        return data({ errors, values: form }, { status: 400 });
      }
      await inviteColleague(actor, parsed.data);
      return redirect("/portal/account/users", { headers: { "Set-Cookie": await flashHeader({ message: `Invitation sent to ${parsed.data.email}.` }) } });
    }
    if (form.intent === "update") {
      const parsed = updateUserSchema.safeParse(form);
      if (!parsed.success) return data({ errors: { form: parsed.error.issues[0].message } as Record<string, string>, values: form }, { status: 400 });
      await updateColleague(actor, parsed.data);
      return redirect("/portal/account/users", { headers: { "Set-Cookie": await flashHeader({ message: "Saved." }) } });
    }
    if (form.intent === "deactivate" || form.intent === "reactivate") {
      await setColleagueActive(actor, String(form.contactId ?? ""), form.intent === "reactivate");
      return redirect("/portal/account/users", { headers: { "Set-Cookie": await flashHeader({ message: form.intent === "reactivate" ? "Access restored." : "Access removed; they were signed out." }) } });
    }
    return data({ errors: { form: "That did not work. Reload the page." } as Record<string, string>, values: form }, { status: 400 });
  } catch (error) {
    if (error instanceof DomainError && error.kind === "forbidden") throw new Response(error.message, { status: 403 });
    if (error instanceof DomainError) return data({ errors: { form: error.message } as Record<string, string>, values: form }, { status: error.kind === "not_found" ? 404 : 409 });
    throw error;
  }
}

export default function AccountUsers() {
  const { people, pending, me, accountName, timezone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string>;
  return (
    <>
      <PageHeader title="Colleagues" description={`Who at ${accountName} can use the portal, and what they may do. Buyers above their spending limit and all requesters need an admin's approval.`} />
      {errors.form ? <div className="mb-4"><FormAlert errors={[errors.form]} /></div> : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <Card className="xl:col-span-2" labelledBy="people-title">
          <CardHeader id="people-title" title={`People (${people.length})`} />
          <Table caption="Portal users">
            <HeadRow>
              <Th>Name</Th>
              <Th>Role and spending limit</Th>
              <Th>Last sign-in</Th>
              <Th><span className="sr-only">Access</span></Th>
            </HeadRow>
            <Body>
              {people.map((p) => (
                <tr key={p.contactId}>
                  <Td>
                    <p className="font-medium text-slate-900">{p.name} {p.contactId === me ? <span className="text-xs text-slate-500">(you)</span> : null}</p>
                    <p className="text-xs text-slate-500">{p.email}</p>
                    {p.disabledAt ? <Badge tone="neutral">Deactivated</Badge> : null}
                  </Td>
                  <Td>
                    <Form method="post" className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="intent" value="update" />
                      <input type="hidden" name="contactId" value={p.contactId} />
                      <label className="sr-only" htmlFor={`role-${p.contactId}`}>Role of {p.name}</label>
                      <div className="w-32">
                        <select id={`role-${p.contactId}`} name="role" defaultValue={p.role ?? "requester"} className={inputClass}>
                          {(["admin", "buyer", "requester"] as const).map((r) => <option key={r} value={r}>{PORTAL_ROLE_LABEL[r]}</option>)}
                        </select>
                      </div>
                      <label className="sr-only" htmlFor={`limit-${p.contactId}`}>Spending limit of {p.name} (buyers)</label>
                      <div className="w-28">
                        <input id={`limit-${p.contactId}`} name="spendingLimit" inputMode="decimal" placeholder="No limit" defaultValue={p.spendingLimitCents ? String(p.spendingLimitCents / 100) : ""} className={inputClass} />
                      </div>
                      <Button type="submit" variant="secondary" pending={navigation.formData?.get("contactId") === p.contactId && navigation.formData?.get("intent") === "update"}>Save</Button>
                    </Form>
                    {p.role === "buyer" && p.spendingLimitCents ? <p className="mt-1 text-xs text-slate-500">Orders above {formatMoney(p.spendingLimitCents)} need approval.</p> : null}
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">{p.lastSignInAt ? formatDate(p.lastSignInAt, timezone) : "Never"}</Td>
                  <Td className="text-right">
                    {p.contactId !== me ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value={p.disabledAt ? "reactivate" : "deactivate"} />
                        <input type="hidden" name="contactId" value={p.contactId} />
                        <Button type="submit" variant={p.disabledAt ? "secondary" : "ghost"}>{p.disabledAt ? "Reactivate" : "Deactivate"}</Button>
                      </Form>
                    ) : null}
                  </Td>
                </tr>
              ))}
            </Body>
          </Table>
          {pending.length ? (
            <div className="border-t border-slate-100 px-5 py-4 text-sm">
              <p className="font-medium text-slate-900">Invited, not yet joined</p>
              <ul className="mt-1 space-y-1 text-slate-600">
                {pending.map((i) => <li key={i.id}>{i.name} · {i.email} · {PORTAL_ROLE_LABEL[i.role]} · expires {formatDate(i.expiresAt, timezone)}</li>)}
              </ul>
            </div>
          ) : null}
        </Card>
        <Card labelledBy="invite-title" className="h-fit">
          <CardHeader id="invite-title" title="Invite a colleague" description="They get an e-mail with a link to choose a password (valid 7 days)." />
          <Form method="post" className="space-y-4 px-5 py-4" noValidate>
            <input type="hidden" name="intent" value="invite" />
            <Field label="Name" errors={errors.name ? [errors.name] : null} inputProps={{ id: "invite-name", name: "name", defaultValue: values.name ?? "", autoComplete: "off" }} />
            <Field label="Email" errors={errors.email ? [errors.email] : null} inputProps={{ id: "invite-email", name: "email", type: "email", defaultValue: values.email ?? "", autoComplete: "off" }} />
            <div>
              <label htmlFor="invite-role" className="block text-sm font-medium text-slate-800">Role</label>
              <select id="invite-role" name="role" defaultValue={values.role ?? "buyer"} className={cx(inputClass, "mt-1.5")}>
                <option value="buyer">Buyer — orders directly</option>
                <option value="requester">Requester — orders need approval</option>
                <option value="admin">Admin — approves orders, manages colleagues</option>
              </select>
              <FieldErrors errors={errors.role ? [errors.role] : null} />
            </div>
            <Field label="Spending limit (buyers, optional)" help="Orders above it need an admin's approval. Empty: no limit." errors={errors.spendingLimit ? [errors.spendingLimit] : null} inputProps={{ id: "invite-limit", name: "spendingLimit", inputMode: "decimal", placeholder: "e.g. 5000", defaultValue: values.spendingLimit ?? "" }} />
            <Button type="submit" pending={navigation.formData?.get("intent") === "invite"} pendingText="Sending…">Send invitation</Button>
          </Form>
        </Card>
      </div>
    </>
  );
}
