import { addDays, format } from "date-fns";
import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { flashHeader } from "~/auth/flash.server";
import { requireStaff } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { DomainError } from "~/domain/errors";
import { priceQuoteSchema } from "~/domain/quotes/quotes.schema";
import { getQuoteForStaff, priceQuote } from "~/domain/quotes/quotes.server";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { Field, FormAlert, inputClass } from "~/ui/field";
import { formatDateTime, formatMoney } from "~/ui/format";
import { QUOTE_STATUS } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Quote ${data?.quote.number ?? ""} · Accord desk` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const quote = await domainCall(() => getQuoteForStaff(actor, params.number ?? ""));
  return { quote, defaultValidUntil: format(addDays(new Date(), 30), "yyyy-MM-dd"), timezone: actor.timezone };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaff(request);
  const form = await request.formData();
  const prices: Record<string, string> = {};
  for (const [key, value] of form) if (key.startsWith("price:")) prices[key.slice(6)] = String(value);
  const parsed = priceQuoteSchema.safeParse({ validUntil: form.get("validUntil"), message: form.get("message") || undefined, prices });
  if (!parsed.success) return data({ error: parsed.error.issues[0].message }, { status: 400 });
  try {
    await priceQuote(actor, params.number ?? "", parsed.data);
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "not_found") return data({ error: error.message }, { status: 400 });
    throw error;
  }
  return redirect(`/desk/quotes/${params.number}`, { headers: { "Set-Cookie": await flashHeader({ message: `Quote ${params.number} sent to the customer.` }) } });
}

export default function DeskQuote() {
  const { quote, defaultValidUntil, timezone } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const editable = quote.status === "requested" || quote.status === "priced";
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/quotes" className="text-brand-700 hover:underline">← Quotes</Link></p>
      <PageHeader
        eyebrow={`${quote.accountName} · requested ${formatDateTime(quote.createdAt, timezone)}${quote.requestedBy ? ` by ${quote.requestedBy}` : ""}`}
        title={<span className="flex items-center gap-3">Quote {quote.number}<Badge tone={QUOTE_STATUS[quote.status].tone}>{QUOTE_STATUS[quote.status].label}</Badge></span>}
      />
      {quote.customerMessage ? <p className="mb-4 rounded-md bg-white px-4 py-3 text-sm ring-1 ring-slate-200"><span className="font-medium">Customer:</span> {quote.customerMessage}</p> : null}
      {actionData?.error ? <div className="mb-4"><FormAlert errors={[actionData.error]} /></div> : null}
      <Form method="post">
        <Card labelledBy="lines-title">
          <CardHeader
            id="lines-title"
            title={editable ? "Price each line" : "Lines"}
            description={
              editable ? "Their current price is shown for reference." : `${formatMoney(quote.totalCents, quote.currency)}${quote.validUntil ? `, valid until ${quote.validUntil}` : ""}${quote.declineReason ? ` · declined: ${quote.declineReason}` : ""}`
            }
            action={quote.orderNumber ? <Link to={`/desk/orders/${quote.orderNumber}`} className="text-sm font-medium text-brand-700 hover:underline">Order {quote.orderNumber}</Link> : undefined}
          />
          <Table caption="Quote lines">
            <HeadRow>
              <Th>Product</Th>
              <Th className="text-right">Quantity</Th>
              <Th className="text-right">Their price</Th>
              <Th className="text-right">Quoted unit price (USD)</Th>
            </HeadRow>
            <Body>
              {quote.lines.map((l) => (
                <tr key={l.id}>
                  <Td><p className="font-medium">{l.name}</p><p className="font-mono text-xs text-slate-500">{l.sku}</p></Td>
                  <Td className="tabular text-right">{l.quantity}</Td>
                  <Td className="tabular text-right text-slate-500">{formatMoney(l.listPriceCents, quote.currency)}</Td>
                  <Td className="text-right">
                    <label htmlFor={`price-${l.id}`} className="sr-only">Quoted unit price of {l.name}</label>
                    <div className="ml-auto w-32">
                      <input
                        id={`price-${l.id}`}
                        name={`price:${l.id}`}
                        inputMode="decimal"
                        readOnly={!editable}
                        defaultValue={((l.unitPriceCents ?? Math.round(l.listPriceCents * 0.9)) / 100).toFixed(2)}
                        className={cx(inputClass, "tabular text-right")}
                      />
                    </div>
                  </Td>
                </tr>
              ))}
            </Body>
          </Table>
          {editable ? (
            <div className="grid grid-cols-1 gap-4 border-t border-slate-100 px-5 py-4 sm:grid-cols-3 sm:items-end">
              <Field label="Valid until" inputProps={{ id: "validUntil", name: "validUntil", type: "date", required: true, defaultValue: quote.validUntil ?? defaultValidUntil }} />
              <div className="sm:col-span-2">
                <label htmlFor="message" className="block text-sm font-medium text-slate-800">Message to the customer</label>
                <input id="message" name="message" maxLength={2000} defaultValue={quote.staffMessage ?? ""} className={cx(inputClass, "mt-1.5")} />
              </div>
              <div className="sm:col-span-3">
                <Button type="submit" pending={navigation.state === "submitting"} pendingText="Sending…">{quote.status === "priced" ? "Update and resend" : "Send quote"}</Button>
              </div>
            </div>
          ) : null}
        </Card>
      </Form>
    </>
  );
}
