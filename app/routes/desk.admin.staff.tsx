import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { STAFF_ROLE_LABEL } from "~/auth/actor";
import { flashHeader } from "~/auth/flash.server";
import { requireStaffCan } from "~/auth/guards.server";
import { DomainError } from "~/domain/errors";
import { createStaff, listStaff, staffSchema, updateStaff } from "~/domain/platform/staff.server";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { Field, FormAlert, inputClass } from "~/ui/field";
import { formatRelative } from "~/ui/format";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Staff · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "admin");
  return { staff: await listStaff(actor), me: actor.userId, now: Date.now() };
}

const updateSchema = z.object({ userId: z.string().uuid(), role: z.enum(["agent", "account_manager", "admin"]).optional(), active: z.enum(["yes", "no"]).optional() });

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "admin");
  const form = Object.fromEntries(await request.formData());
  try {
    if (form.intent === "create") {
      const parsed = staffSchema.safeParse(form);
      if (!parsed.success) return data({ error: parsed.error.issues[0].message, values: form }, { status: 400 });
      await createStaff(actor, parsed.data);
      return redirect("/desk/admin/staff", { headers: { "Set-Cookie": await flashHeader({ message: `${parsed.data.name} was added and e-mailed a link to set a password.` }) } });
    }
    const parsed = updateSchema.safeParse(form);
    if (!parsed.success) throw new Response("Not found", { status: 404 });
    await updateStaff(actor, parsed.data.userId, { role: parsed.data.role, active: parsed.data.active === undefined ? undefined : parsed.data.active === "yes" });
    return redirect("/desk/admin/staff", { headers: { "Set-Cookie": await flashHeader({ message: "Saved." }) } });
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ error: error.message, values: form }, { status: 409 });
    throw error;
  }
}

export default function Staff() {
  const { staff, me, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const values = (actionData?.values ?? {}) as Record<string, string>;
  return (
    <>
      <PageHeader title="Staff" description="Who works in the desk, and what they may do: agents work support and read customer records; account managers also run the pipeline, tasks and accounts; admins everything." />
      {actionData?.error ? <div className="mb-4"><FormAlert errors={[actionData.error]} /></div> : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <Card className="xl:col-span-2">
          <Table caption="Staff">
            <HeadRow><Th>Name</Th><Th>Role</Th><Th className="whitespace-nowrap">Last sign-in</Th><Th>Access</Th></HeadRow>
            <Body>
              {staff.map((s) => (
                <tr key={s.id} className={s.disabledAt ? "text-slate-400" : undefined}>
                  <Td><p className="font-medium">{s.name}{s.id === me ? <span className="ml-1 text-xs text-slate-500">(you)</span> : null}</p><p className="text-xs text-slate-500">{s.email}</p></Td>
                  <Td>
                    <Form method="post" className="flex items-center gap-2">
                      <input type="hidden" name="userId" value={s.id} />
                      <div className="w-44"><select name="role" defaultValue={s.role ?? "agent"} aria-label={`Role of ${s.name}`} className={inputClass}>{(["agent", "account_manager", "admin"] as const).map((r) => <option key={r} value={r}>{STAFF_ROLE_LABEL[r]}</option>)}</select></div>
                      <Button type="submit" variant="ghost">Save</Button>
                    </Form>
                  </Td>
                  <Td className="whitespace-nowrap">{s.lastSignInAt ? formatRelative(s.lastSignInAt, now) : "Never"}</Td>
                  <Td>
                    {s.id === me ? <Badge tone="success">Active</Badge> : (
                      <Form method="post">
                        <input type="hidden" name="userId" value={s.id} />
                        <input type="hidden" name="active" value={s.disabledAt ? "yes" : "no"} />
                        <button type="submit" className={cx("whitespace-nowrap text-sm hover:underline", s.disabledAt ? "text-brand-700" : "text-red-700")}>{s.disabledAt ? "Turn access on" : "Turn access off"}</button>
                      </Form>
                    )}
                  </Td>
                </tr>
              ))}
            </Body>
          </Table>
        </Card>
        <Card labelledBy="add-staff" className="h-fit">
          <CardHeader id="add-staff" title="Add a member of staff" description="They get an e-mail with a link to set their password." />
          <Form method="post" className="space-y-3 px-5 py-4">
            <input type="hidden" name="intent" value="create" />
            <Field label="Name" inputProps={{ id: "staff-name", name: "name", defaultValue: values.name ?? "", maxLength: 120 }} />
            <Field label="E-mail" inputProps={{ id: "staff-email", name: "email", type: "email", defaultValue: values.email ?? "" }} />
            <div>
              <label htmlFor="staff-role" className="block text-sm font-medium text-slate-800">Role</label>
              <select id="staff-role" name="role" defaultValue={values.role ?? "agent"} className={cx(inputClass, "mt-1.5")}>{(["agent", "account_manager", "admin"] as const).map((r) => <option key={r} value={r}>{STAFF_ROLE_LABEL[r]}</option>)}</select>
            </div>
            <Button type="submit">Add</Button>
          </Form>
        </Card>
      </div>
    </>
  );
}
