import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireCustomer } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { DomainError } from "~/domain/errors";
import { cancelOrder, getOrder, reorder } from "~/domain/orders/orders.server";
import { decideApproval } from "~/domain/orders/status.server";
import { Badge } from "~/ui/badge";
import { Button, ButtonLink } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { FormAlert } from "~/ui/field";
import { formatDate, formatDateTime, formatMoney } from "~/ui/format";
import { HOLD_REASON, ORDER_STATUS } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Order ${data?.order.number ?? ""} · Accord portal` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const order = await domainCall(() => getOrder(actor, params.number ?? ""));
  return { order, timezone: actor.timezone, canApprove: actor.role === "admin" && order.status === "pending_approval" };
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("cancel"), reason: z.string().trim().max(500).optional() }),
  z.object({ intent: z.literal("reorder") }),
  z.object({ intent: z.literal("approve") }),
  z.object({ intent: z.literal("reject"), reason: z.string().trim().max(500, "Keep the reason under 500 characters.").optional() }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const parsed = actionSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "That did not work. Reload the page and try again." }, { status: 400 });
  const number = params.number ?? "";
  try {
    if (parsed.data.intent === "approve" || parsed.data.intent === "reject") {
      const outcome = await decideApproval(actor, number, { approve: parsed.data.intent === "approve", reason: parsed.data.intent === "reject" ? parsed.data.reason : undefined });
      const message = outcome === "rejected" ? `Order ${number} is rejected; your colleague has been told why.` : outcome === "on_hold" ? `Order ${number} is approved and on hold for a credit check.` : `Order ${number} is approved and on its way to the warehouse.`;
      return redirect(`/portal/orders/${number}`, { headers: { "Set-Cookie": await flashHeader({ message }) } });
    }
    if (parsed.data.intent === "cancel") {
      await cancelOrder(actor, number, parsed.data.reason || undefined);
      return redirect(`/portal/orders/${number}`, { headers: { "Set-Cookie": await flashHeader({ message: `Order ${number} is cancelled.` }) } });
    }
    const result = await reorder(actor, number);
    const message = result.unavailable.length
      ? `Added ${result.added} line${result.added === 1 ? "" : "s"} at today's prices. No longer sold: ${result.unavailable.join(", ")}.`
      : `Added ${result.added} line${result.added === 1 ? "" : "s"} to your cart at today's prices.`;
    return redirect("/portal/cart", { headers: { "Set-Cookie": await flashHeader({ message }) } });
  } catch (error) {
    if (error instanceof DomainError && (error.kind === "conflict" || error.kind === "invalid")) return data({ error: error.message }, { status: error.kind === "conflict" ? 409 : 400 });
    if (error instanceof DomainError && error.kind === "forbidden") throw new Response(error.message, { status: 403 });
    if (error instanceof DomainError && error.kind === "not_found") throw new Response(error.message, { status: 404 });
    throw error;
  }
}

const STEPS = ["submitted", "confirmed", "picking", "shipped", "delivered"] as const;
const STEP_LABEL: Record<string, string> = { submitted: "Submitted", confirmed: "Confirmed", picking: "Picking", shipped: "Shipped", delivered: "Delivered" };

function address(a: { company?: string | null; line1: string; line2?: string | null; city: string; region?: string | null; postalCode: string; country: string } | null) {
  if (!a) return null;
  return [a.company, a.line1, a.line2, `${a.city}${a.region ? `, ${a.region}` : ""} ${a.postalCode}`, a.country].filter(Boolean) as string[];
}

export default function OrderPage() {
  const { order, timezone, canApprove } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const status = ORDER_STATUS[order.status];
  const reached = new Set(order.events.map((e) => e.toStatus));
  const progressing = !["cancelled", "rejected"].includes(order.status);
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link to="/portal/orders" className="text-brand-700 hover:underline">← Orders</Link>
      </p>
      <PageHeader
        eyebrow={`Placed ${formatDateTime(order.placedAt, timezone)}${order.placedBy ? ` by ${order.placedBy}` : ""}`}
        title={
          <span className="flex flex-wrap items-center gap-3">
            Order {order.number}
            <Badge tone={status.tone}>{order.status === "on_hold" && order.holdReason ? HOLD_REASON[order.holdReason] : status.label}</Badge>
          </span>
        }
        description={order.poNumber ? `PO ${order.poNumber}` : undefined}
        actions={
          <div className="no-print flex flex-wrap gap-2">
            <ButtonLink to={`/portal/orders/${order.number}/invoice`} reloadDocument>Packing slip / invoice</ButtonLink>
            <Form method="post">
              <input type="hidden" name="intent" value="reorder" />
              <Button type="submit" variant="secondary" pending={navigation.formData?.get("intent") === "reorder"}>Reorder</Button>
            </Form>
          </div>
        }
      />
      {actionData?.error ? <div className="mb-4"><FormAlert errors={[actionData.error]} /></div> : null}
      {order.status === "on_hold" ? (
        <div className="mb-6"><FormAlert errors={["This order would take your account past its credit limit, so it is on hold. Our credit team will contact you today."]} /></div>
      ) : null}
      {order.status === "pending_approval" && !canApprove ? (
        <p className="mb-6 rounded-md bg-amber-50 px-3 py-2.5 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">This order is waiting for approval by an admin of your account.</p>
      ) : null}
      {canApprove ? (
        <Card className="no-print mb-6" labelledBy="approve-title">
          <CardHeader id="approve-title" title="Your approval is needed" description={`${order.placedBy ?? "A colleague"} placed this order. Approve it to send it to the warehouse, or reject it with a reason.`} />
          <div className="flex flex-col gap-4 px-5 py-4 sm:flex-row sm:items-end">
            <Form method="post">
              <input type="hidden" name="intent" value="approve" />
              <Button type="submit" pending={navigation.formData?.get("intent") === "approve"} pendingText="Approving…">Approve order</Button>
            </Form>
            <Form method="post" className="flex flex-1 flex-col gap-2 sm:flex-row sm:items-end">
              <input type="hidden" name="intent" value="reject" />
              <div className="flex-1">
                <label htmlFor="reject-reason" className="block text-sm font-medium text-slate-800">Reason for rejecting</label>
                <input id="reject-reason" name="reason" required maxLength={500} placeholder="e.g. Please order through the Q4 framework PO" className="mt-1.5 block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300" />
              </div>
              <Button type="submit" variant="danger" pending={navigation.formData?.get("intent") === "reject"} pendingText="Rejecting…">Reject</Button>
            </Form>
          </div>
        </Card>
      ) : null}
      {order.status === "rejected" && order.rejectionReason ? (
        <div className="mb-6"><FormAlert errors={[`Rejected: ${order.rejectionReason}`]} /></div>
      ) : null}

      {progressing ? (
        <Card className="mb-6 px-5 py-4" as="div">
          <ol className="grid grid-cols-5 gap-2" aria-label="Order progress">
            {STEPS.map((step, i) => {
              const done = reached.has(step) || STEPS.indexOf(order.status as (typeof STEPS)[number]) >= i;
              return (
                <li key={step} className="text-center">
                  <div className={cx("mx-auto h-2 rounded-full", done ? "bg-brand-600" : "bg-slate-200")} />
                  <p className={cx("mt-2 text-xs", done ? "font-medium text-slate-900" : "text-slate-500")}>
                    {STEP_LABEL[step]}
                    <span className="sr-only">{done ? " (done)" : " (not yet)"}</span>
                  </p>
                </li>
              );
            })}
          </ol>
        </Card>
      ) : null}

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card labelledBy="lines-title">
            <CardHeader id="lines-title" title="Items" />
            <Table caption="Order lines">
              <HeadRow>
                <Th>Product</Th>
                <Th className="text-right">Quantity</Th>
                <Th className="text-right">Unit price</Th>
                <Th className="text-right">Total</Th>
              </HeadRow>
              <Body>
                {order.lines.map((l) => (
                  <tr key={l.id}>
                    <Td>
                      <p className="font-medium text-slate-900">{l.name}</p>
                      <p className="font-mono text-xs text-slate-500">{l.sku}</p>
                    </Td>
                    <Td className="tabular text-right">{l.quantity} <span className="text-xs text-slate-500">{l.unit}</span></Td>
                    <Td className="tabular whitespace-nowrap text-right">{formatMoney(l.unitPriceCents, order.currency)}</Td>
                    <Td className="tabular whitespace-nowrap text-right font-medium">{formatMoney(l.lineTotalCents, order.currency)}</Td>
                  </tr>
                ))}
              </Body>
            </Table>
            <dl className="tabular ml-auto max-w-xs space-y-1 border-t border-slate-100 px-5 py-4 text-sm">
              <div className="flex justify-between"><dt className="text-slate-600">Subtotal</dt><dd>{formatMoney(order.subtotalCents, order.currency)}</dd></div>
              <div className="flex justify-between"><dt className="text-slate-600">Shipping</dt><dd>{order.shippingCents ? formatMoney(order.shippingCents, order.currency) : "Free"}</dd></div>
              <div className="flex justify-between"><dt className="text-slate-600">Tax</dt><dd>{formatMoney(order.taxCents, order.currency)}</dd></div>
              <div className="flex justify-between pt-1 text-base font-semibold"><dt>Total</dt><dd>{formatMoney(order.totalCents, order.currency)}</dd></div>
            </dl>
          </Card>

          {order.shipments.length ? (
            <Card labelledBy="ship-title">
              <CardHeader id="ship-title" title="Shipments" />
              <ul className="divide-y divide-slate-100">
                {order.shipments.map((s) => (
                  <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3 text-sm">
                    <span>
                      <span className="font-medium text-slate-900">{s.carrier}</span> · shipped {formatDate(s.shippedAt, timezone)}
                      {s.deliveredAt ? ` · delivered ${formatDate(s.deliveredAt, timezone)}` : ""}
                    </span>
                    {s.trackingUrl ? (
                      <a href={s.trackingUrl} target="_blank" rel="noreferrer noopener" className="font-mono text-brand-700 hover:underline">
                        {s.trackingNumber} <span aria-hidden="true">↗</span>
                        <span className="sr-only"> (track with {s.carrier}, opens a new tab)</span>
                      </a>
                    ) : (
                      <span className="font-mono">{s.trackingNumber}</span>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>

        <div className="space-y-6">
          <Card labelledBy="history-title">
            <CardHeader id="history-title" title="History" />
            <ol className="space-y-3 px-5 py-4">
              {order.events.map((e) => (
                <li key={e.id} className="flex gap-3 text-sm">
                  <span className="mt-1.5 h-2 w-2 flex-none rounded-full bg-brand-500" aria-hidden="true" />
                  <div>
                    <p className="font-medium text-slate-900">{ORDER_STATUS[e.toStatus]?.label ?? e.toStatus}</p>
                    <p className="text-xs text-slate-500">{formatDateTime(e.occurredAt, timezone)}{e.actorName ? ` · ${e.actorName}` : ""}</p>
                    {e.note ? <p className="text-xs text-slate-600">{e.note}</p> : null}
                  </div>
                </li>
              ))}
            </ol>
          </Card>
          <Card labelledBy="addr-title">
            <CardHeader id="addr-title" title="Addresses" />
            <div className="grid grid-cols-1 gap-4 px-5 py-4 text-sm">
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Ship to</p>
                {address(order.shippingAddress)?.map((l) => <p key={l}>{l}</p>)}
              </div>
              {order.billingAddress ? (
                <div>
                  <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Bill to</p>
                  {address(order.billingAddress)?.map((l) => <p key={l}>{l}</p>)}
                </div>
              ) : null}
              {order.requestedDeliveryDate ? <p><span className="text-slate-500">Requested delivery:</span> {order.requestedDeliveryDate}</p> : null}
              {order.notes ? <p><span className="text-slate-500">Notes:</span> {order.notes}</p> : null}
            </div>
          </Card>
          {order.canCancel ? (
            <Card labelledBy="cancel-title" className="no-print">
              <CardHeader id="cancel-title" title="Cancel this order" description="Possible until the warehouse starts picking." />
              <Form method="post" className="space-y-3 px-5 py-4" onSubmit={(e) => { if (!confirm(`Cancel order ${order.number}?`)) e.preventDefault(); }}>
                <input type="hidden" name="intent" value="cancel" />
                <label htmlFor="reason" className="block text-sm font-medium text-slate-800">Reason (optional)</label>
                <input id="reason" name="reason" maxLength={500} className="block w-full rounded-md border-0 px-3 py-2 text-sm shadow-sm ring-1 ring-inset ring-slate-300" />
                <Button type="submit" variant="danger" pending={navigation.formData?.get("intent") === "cancel"} pendingText="Cancelling…">Cancel order</Button>
              </Form>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
