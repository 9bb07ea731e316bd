import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { flashHeader } from "~/auth/flash.server";
import { requireCustomer } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { checkoutInfo } from "~/domain/accounts/checkout-info.server";
import { DomainError } from "~/domain/errors";
import { acceptQuoteSchema, declineQuoteSchema } from "~/domain/quotes/quotes.schema";
import { acceptQuote, declineQuote, getQuote } from "~/domain/quotes/quotes.server";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { FieldErrors, FormAlert, inputClass } from "~/ui/field";
import { formatDateTime, formatMoney } from "~/ui/format";
import { QUOTE_STATUS } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Quote ${data?.quote.number ?? ""} · Accord portal` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const [quote, info] = await Promise.all([domainCall(() => getQuote(actor, params.number ?? "")), checkoutInfo(actor)]);
  return { quote, addresses: info.addresses, poRequired: info.account.poRequired, canAccept: actor.role !== "requester", timezone: actor.timezone };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const form = Object.fromEntries(await request.formData());
  const number = params.number ?? "";
  try {
    if (form.intent === "decline") {
      const parsed = declineQuoteSchema.safeParse(form);
      if (!parsed.success) return data({ errors: { reason: parsed.error.issues[0].message } as Record<string, string> }, { status: 400 });
      await declineQuote(actor, number, parsed.data.reason);
      return redirect(`/portal/quotes/${number}`, { headers: { "Set-Cookie": await flashHeader({ message: `Quote ${number} declined. Thank you for telling us why.` }) } });
    }
    const parsed = acceptQuoteSchema.safeParse(form);
    if (!parsed.success) return data({ errors: { [String(parsed.error.issues[0].path[0])]: parsed.error.issues[0].message } as Record<string, string> }, { status: 400 });
    const result = await acceptQuote(actor, number, parsed.data);
    if (!result.ok) return data({ errors: result.errors as Record<string, string> }, { status: 400 });
    return redirect(`/portal/orders/${result.orderNumber}`, { headers: { "Set-Cookie": await flashHeader({ message: `Quote ${number} accepted — it is now order ${result.orderNumber}.` }) } });
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") throw new Response(error.message, { status: 404 });
    if (error instanceof DomainError) return data({ errors: { form: error.message } as Record<string, string> }, { status: error.kind === "forbidden" ? 403 : 409 });
    throw error;
  }
}

export default function QuotePage() {
  const { quote, addresses, poRequired, canAccept, timezone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? {};
  const priced = quote.status !== "requested";
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/portal/quotes" className="text-brand-700 hover:underline">← Quotes</Link></p>
      <PageHeader
        eyebrow={`Requested ${formatDateTime(quote.createdAt, timezone)}${quote.requestedBy ? ` by ${quote.requestedBy}` : ""}`}
        title={<span className="flex flex-wrap items-center gap-3">Quote {quote.number}<Badge tone={QUOTE_STATUS[quote.status].tone}>{QUOTE_STATUS[quote.status].label}</Badge></span>}
        description={quote.validUntil ? `Prices valid until ${quote.validUntil}` : "Your account team is pricing this quote."}
        actions={quote.orderNumber ? <Link to={`/portal/orders/${quote.orderNumber}`} className="text-sm font-medium text-brand-700 hover:underline">Order {quote.orderNumber}</Link> : undefined}
      />
      {errors.form ? <div className="mb-4"><FormAlert errors={[errors.form]} /></div> : null}
      {quote.status === "expired" ? <div className="mb-4"><FormAlert errors={[`This quote expired on ${quote.validUntil} and can no longer be accepted. Add the products to your cart to ask for a new one.`]} /></div> : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card labelledBy="lines-title">
            <CardHeader id="lines-title" title="Lines" />
            <Table caption="Quote lines">
              <HeadRow>
                <Th>Product</Th>
                <Th className="text-right">Quantity</Th>
                <Th className="text-right">Your price</Th>
                <Th className="text-right">Quoted</Th>
                <Th className="text-right">Total</Th>
              </HeadRow>
              <Body>
                {quote.lines.map((l) => (
                  <tr key={l.id}>
                    <Td><p className="font-medium">{l.name}</p><p className="font-mono text-xs text-slate-500">{l.sku}</p></Td>
                    <Td className="tabular text-right">{l.quantity}</Td>
                    <Td className="tabular whitespace-nowrap text-right text-slate-500">{formatMoney(l.listPriceCents, quote.currency)}</Td>
                    <Td className="tabular whitespace-nowrap text-right font-medium">{l.unitPriceCents ? formatMoney(l.unitPriceCents, quote.currency) : "—"}</Td>
                    <Td className="tabular whitespace-nowrap text-right font-medium">{l.lineTotalCents ? formatMoney(l.lineTotalCents, quote.currency) : "—"}</Td>
                  </tr>
                ))}
              </Body>
            </Table>
            {priced ? <p className="tabular border-t border-slate-100 px-5 py-4 text-right text-lg font-semibold">Total {formatMoney(quote.totalCents, quote.currency)} <span className="text-sm font-normal text-slate-500">+ freight and tax</span></p> : null}
          </Card>
          {quote.customerMessage || quote.staffMessage ? (
            <Card labelledBy="messages-title">
              <CardHeader id="messages-title" title="Messages" />
              <div className="space-y-3 px-5 py-4 text-sm">
                {quote.customerMessage ? <p><span className="font-medium">You:</span> {quote.customerMessage}</p> : null}
                {quote.staffMessage ? <p><span className="font-medium">Your account team:</span> {quote.staffMessage}</p> : null}
                {quote.declineReason ? <p><span className="font-medium">Declined:</span> {quote.declineReason}</p> : null}
              </div>
            </Card>
          ) : null}
        </div>
        {quote.status === "priced" ? (
          <div className="space-y-6">
            {canAccept ? (
              <Card labelledBy="accept-title">
                <CardHeader id="accept-title" title="Accept and order" description="The quote becomes an order at these prices." />
                <Form method="post" className="space-y-3 px-5 py-4">
                  <input type="hidden" name="intent" value="accept" />
                  <fieldset className="space-y-2">
                    <legend className="text-sm font-medium text-slate-800">Ship to</legend>
                    {addresses.map((a, i) => (
                      <label key={a.id} className="flex gap-2 text-sm">
                        <input type="radio" name="shippingAddressId" value={a.id} defaultChecked={i === 0} className="mt-0.5" />
                        <span><span className="font-medium">{a.label}</span> · {a.line1}, {a.city}</span>
                      </label>
                    ))}
                    <FieldErrors errors={errors.shippingAddressId ? [errors.shippingAddressId] : null} />
                  </fieldset>
                  <div>
                    <label htmlFor="poNumber" className="block text-sm font-medium text-slate-800">{poRequired ? "PO number" : "PO number (optional)"}</label>
                    <input id="poNumber" name="poNumber" maxLength={50} required={poRequired} aria-invalid={errors.poNumber ? true : undefined} className={cx(inputClass, "mt-1.5")} />
                    <FieldErrors errors={errors.poNumber ? [errors.poNumber] : null} />
                  </div>
                  <Button type="submit" className="w-full" pending={navigation.formData?.get("intent") === "accept"} pendingText="Ordering…">Accept quote</Button>
                </Form>
              </Card>
            ) : (
              <p className="text-sm text-slate-600">A buyer or admin of your account can accept this quote.</p>
            )}
            <Card labelledBy="decline-title">
              <CardHeader id="decline-title" title="Decline" />
              <Form method="post" className="space-y-3 px-5 py-4">
                <input type="hidden" name="intent" value="decline" />
                <label htmlFor="reason" className="block text-sm font-medium text-slate-800">Why? (helps us quote better)</label>
                <input id="reason" name="reason" required maxLength={500} aria-invalid={errors.reason ? true : undefined} className={inputClass} />
                <FieldErrors errors={errors.reason ? [errors.reason] : null} />
                <Button type="submit" variant="secondary" pending={navigation.formData?.get("intent") === "decline"}>Decline quote</Button>
              </Form>
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
