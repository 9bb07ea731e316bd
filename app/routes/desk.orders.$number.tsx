import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useState } from "react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { DomainError } from "~/domain/errors";
import { ORDER_STATUSES } from "~/domain/orders/orders.schema";
import { getOrderForStaff } from "~/domain/orders/orders.server";
import { CARRIERS, changeOrderStatus, STAFF_TRANSITIONS } from "~/domain/orders/status.server";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { FormAlert, inputClass } from "~/ui/field";
import { formatDateTime, formatMoney } from "~/ui/format";
import { HOLD_REASON, ORDER_STATUS, TIER } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Order ${data?.order.number ?? ""} · Accord desk` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const order = await domainCall(() => getOrderForStaff(actor, params.number ?? ""));
  return { order, next: STAFF_TRANSITIONS[order.status] ?? [], carriers: CARRIERS, timezone: actor.timezone };
}

const changeSchema = z.object({
  to: z.enum(ORDER_STATUSES),
  note: z.string().trim().max(500, "Keep the note under 500 characters.").optional(),
  carrier: z.string().max(50).optional(),
  trackingNumber: z.string().trim().max(60, "A tracking number has at most 60 characters.").regex(/^[A-Za-z0-9-]*$/, "Use letters, digits and dashes only.").optional(),
});

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaff(request);
  const parsed = changeSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: parsed.error.issues[0].message }, { status: 400 });
  try {
    await changeOrderStatus(actor, params.number ?? "", { ...parsed.data, note: parsed.data.note || null, carrier: parsed.data.carrier || undefined, trackingNumber: parsed.data.trackingNumber || undefined });
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ error: error.message }, { status: error.kind === "conflict" ? 409 : 400 });
    if (error instanceof DomainError) throw new Response(error.message, { status: 404 });
    throw error;
  }
  return redirect(`/desk/orders/${params.number}`, { headers: { "Set-Cookie": await flashHeader({ message: `Order ${params.number}: ${ORDER_STATUS[parsed.data.to].label.toLowerCase()}. The buyer has been e-mailed.` }) } });
}

export default function DeskOrder() {
  const { order, next, carriers, timezone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [to, setTo] = useState<string>(next[0] ?? "");
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/orders" className="text-brand-700 hover:underline">← Orders</Link></p>
      <PageHeader
        eyebrow={`${order.accountName} · placed ${formatDateTime(order.placedAt, timezone)}${order.placedBy ? ` by ${order.placedBy}` : ""}`}
        title={
          <span className="flex flex-wrap items-center gap-3">
            Order {order.number}
            <Badge tone={ORDER_STATUS[order.status].tone}>{order.status === "on_hold" && order.holdReason ? HOLD_REASON[order.holdReason] : ORDER_STATUS[order.status].label}</Badge>
            <Badge tone={TIER[order.accountTier].tone}>{TIER[order.accountTier].label}</Badge>
          </span>
        }
        description={order.poNumber ? `PO ${order.poNumber}` : "No PO number"}
      />
      {actionData?.error ? <div className="mb-4"><FormAlert errors={[actionData.error]} /></div> : null}
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <Card labelledBy="lines-title">
            <CardHeader id="lines-title" title={`Lines (${order.lines.length})`} />
            <Table caption="Order lines">
              <HeadRow>
                <Th>SKU</Th>
                <Th>Product</Th>
                <Th className="text-right">Qty</Th>
                <Th className="text-right">Unit</Th>
                <Th className="text-right">Total</Th>
              </HeadRow>
              <Body>
                {order.lines.map((l) => (
                  <tr key={l.id}>
                    <Td className="font-mono text-xs">{l.sku}</Td>
                    <Td>{l.name}</Td>
                    <Td className="tabular text-right">{l.quantity}</Td>
                    <Td className="tabular whitespace-nowrap text-right">{formatMoney(l.unitPriceCents, order.currency)}</Td>
                    <Td className="tabular whitespace-nowrap text-right font-medium">{formatMoney(l.lineTotalCents, order.currency)}</Td>
                  </tr>
                ))}
                <tr>
                  <Td colSpan={4} className="text-right text-slate-600">Total incl. freight {formatMoney(order.shippingCents, order.currency)} and tax {formatMoney(order.taxCents, order.currency)}</Td>
                  <Td className="tabular whitespace-nowrap text-right font-semibold">{formatMoney(order.totalCents, order.currency)}</Td>
                </tr>
              </Body>
            </Table>
          </Card>
          <Card labelledBy="history-title">
            <CardHeader id="history-title" title="History" />
            <ol className="space-y-2 px-5 py-4 text-sm">
              {order.events.map((e) => (
                <li key={e.id}>
                  <span className="font-medium">{ORDER_STATUS[e.toStatus]?.label ?? e.toStatus}</span>
                  <span className="text-slate-500"> · {formatDateTime(e.occurredAt, timezone)}{e.actorName ? ` · ${e.actorName}` : ""}</span>
                  {e.note ? <span className="block text-slate-600">{e.note}</span> : null}
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="space-y-6">
          <Card labelledBy="status-title">
            <CardHeader id="status-title" title="Change status" description={next.length ? "The buyer is e-mailed about every change." : "Nothing more to do for this order."} />
            {next.length ? (
              <Form method="post" className="space-y-3 px-5 py-4">
                <fieldset>
                  <legend className="text-sm font-medium text-slate-800">Move to</legend>
                  <div className="mt-2 flex flex-wrap gap-2">
                    {next.map((s) => (
                      <label key={s} className={cx("cursor-pointer rounded-md px-3 py-1.5 text-sm ring-1", to === s ? "bg-brand-50 ring-brand-500" : "ring-slate-300")}>
                        <input type="radio" name="to" value={s} checked={to === s} onChange={() => setTo(s)} className="sr-only" />
                        {ORDER_STATUS[s].label}
                      </label>
                    ))}
                  </div>
                </fieldset>
                {to === "shipped" ? (
                  <div className="grid grid-cols-2 gap-3">
                    <div>
                      <label htmlFor="carrier" className="block text-sm font-medium text-slate-800">Carrier</label>
                      <select id="carrier" name="carrier" className={cx(inputClass, "mt-1.5")}>{carriers.map((c) => <option key={c}>{c}</option>)}</select>
                    </div>
                    <div>
                      <label htmlFor="trackingNumber" className="block text-sm font-medium text-slate-800">Tracking number</label>
                      <input id="trackingNumber" name="trackingNumber" required maxLength={60} className={cx(inputClass, "mt-1.5")} />
                    </div>
                  </div>
                ) : null}
                <div>
                  <label htmlFor="note" className="block text-sm font-medium text-slate-800">Note to the buyer (optional)</label>
                  <input id="note" name="note" maxLength={500} className={cx(inputClass, "mt-1.5")} />
                </div>
                <Button type="submit" pending={navigation.state === "submitting"} pendingText="Saving…">Save</Button>
              </Form>
            ) : null}
          </Card>
          {order.shipments.length ? (
            <Card labelledBy="shipments-title">
              <CardHeader id="shipments-title" title="Shipments" />
              <ul className="space-y-1 px-5 py-4 text-sm">
                {order.shipments.map((s) => <li key={s.id}>{s.carrier} · <span className="font-mono">{s.trackingNumber}</span></li>)}
              </ul>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
