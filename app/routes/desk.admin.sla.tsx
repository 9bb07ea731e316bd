import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireStaffCan } from "~/auth/guards.server";
import { DomainError } from "~/domain/errors";
import { listSlaPolicies, slaPolicySchema, updateSlaPolicy } from "~/domain/platform/staff.server";
import { Button } from "~/ui/button";
import { Card, PageHeader } from "~/ui/card";
import { FormAlert, inputClass } from "~/ui/field";
import { TICKET_PRIORITY, TIER } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "SLA policies · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "admin");
  return listSlaPolicies(actor);
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "admin");
  const form = Object.fromEntries(await request.formData());
  const id = z.string().uuid().safeParse(form.policyId);
  if (!id.success) throw new Response("Not found", { status: 404 });
  const parsed = slaPolicySchema.safeParse(form);
  if (!parsed.success) return data({ policyId: id.data, error: parsed.error.issues[0].message }, { status: 400 });
  try {
    await updateSlaPolicy(actor, id.data, parsed.data);
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ policyId: id.data, error: error.message }, { status: 400 });
    throw error;
  }
  return redirect("/desk/admin/sla", { headers: { "Set-Cookie": await flashHeader({ message: "SLA policy saved; it applies to tickets logged from now on." }) } });
}

const hours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

export default function SlaPolicies() {
  const { policies, calendars } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const order = ["platinum", "gold", "silver", "bronze"];
  const sorted = [...policies].sort((a, b) => order.indexOf(a.tier) - order.indexOf(b.tier) || ["urgent", "high", "normal", "low"].indexOf(a.priority) - ["urgent", "high", "normal", "low"].indexOf(b.priority));
  return (
    <>
      <PageHeader title="SLA policies" description="Entitlements per contract tier × priority: first-response and resolution targets in business hours of a calendar. Changes apply to tickets logged from now on." />
      <Card>
        <Table caption="SLA policies">
          <HeadRow>
            <Th>Tier</Th>
            <Th>Priority</Th>
            <Th colSpan={5}>
              <span className="grid grid-cols-[8rem_8rem_14rem_10rem_auto] gap-3">
                <span>First response (h)</span><span>Resolution (h)</span><span>Calendar</span><span>Pending customer</span><span />
              </span>
            </Th>
          </HeadRow>
          <Body>
            {sorted.map((p) => (
              <tr key={p.id}>
                <Td className="font-medium">{TIER[p.tier].label}</Td>
                <Td>{TICKET_PRIORITY[p.priority].label}</Td>
                <Td colSpan={5} className="p-0">
                  <Form method="post" className="grid grid-cols-[8rem_8rem_14rem_10rem_auto] items-center gap-3 py-2">
                    <input type="hidden" name="policyId" value={p.id} />
                    <input name="firstResponseHours" defaultValue={hours(p.firstResponseMinutes)} inputMode="decimal" aria-label={`First response hours, ${p.tier} ${p.priority}`} className={inputClass} />
                    <input name="resolutionHours" defaultValue={hours(p.resolutionMinutes)} inputMode="decimal" aria-label={`Resolution hours, ${p.tier} ${p.priority}`} className={inputClass} />
                    <select name="calendarId" defaultValue={p.calendarId} aria-label={`Calendar, ${p.tier} ${p.priority}`} className={inputClass}>{calendars.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>
                    <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="pauseWhenPendingCustomer" defaultChecked={p.pauseWhenPendingCustomer} /> Pause</label>
                    <div className="flex items-center gap-2">
                      <Button type="submit" variant="ghost">Save</Button>
                      {actionData?.policyId === p.id ? <FormAlert errors={[actionData.error]} /> : null}
                    </div>
                  </Form>
                </Td>
              </tr>
            ))}
          </Body>
        </Table>
      </Card>
    </>
  );
}
