import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireCustomer } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { checkoutInfo } from "~/domain/accounts/checkout-info.server";
import { getOrder } from "~/domain/orders/orders.server";
import { formatDate, formatMoney } from "~/ui/format";
import { Logo } from "~/ui/logo";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Packing slip and invoice ${data?.order.number ?? ""} · Accord` }];

const TERMS: Record<string, string> = { prepaid: "Prepaid", net_15: "Net 15", net_30: "Net 30", net_45: "Net 45", net_60: "Net 60" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const [order, info] = await Promise.all([domainCall(() => getOrder(actor, params.number ?? "")), checkoutInfo(actor)]);
  return { order, accountName: actor.accountName, paymentTerms: info.account.paymentTerms, timezone: actor.timezone };
}

/** A plain document that prints cleanly on A4 or Letter: packing slip and invoice in one. */
export default function Invoice() {
  const { order, accountName, paymentTerms, timezone } = useLoaderData<typeof loader>();
  const lines = (a: typeof order.shippingAddress | null) =>
    a ? [a.company ?? accountName, a.line1, a.line2, `${a.city}${a.region ? `, ${a.region}` : ""} ${a.postalCode}`, a.country].filter(Boolean) : [];
  return (
    <div className="mx-auto max-w-3xl bg-white px-8 py-10 text-sm text-slate-900 print:px-0 print:py-0">
      <div className="no-print mb-8 flex justify-between">
        <Link to={`/portal/orders/${order.number}`} className="text-brand-700 hover:underline">← Back to the order</Link>
        <button type="button" onClick={() => window.print()} className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white">Print</button>
      </div>
      <header className="flex items-start justify-between border-b border-slate-300 pb-6">
        <div className="flex items-center gap-3">
          <Logo className="h-9 w-9" />
          <div>
            <p className="text-lg font-semibold">Accord</p>
            <p className="text-xs text-slate-500">Industrial supplies</p>
          </div>
        </div>
        <div className="text-right">
          <h1 className="text-xl font-semibold">Packing slip &amp; invoice</h1>
          <p>Order {order.number}</p>
          <p>Date {formatDate(order.placedAt, timezone)}</p>
          {order.poNumber ? <p className="font-semibold">PO {order.poNumber}</p> : null}
        </div>
      </header>
      <section className="grid grid-cols-2 gap-8 py-6">
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Ship to</p>
          {lines(order.shippingAddress).map((l) => <p key={l}>{l}</p>)}
        </div>
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Bill to</p>
          {lines(order.billingAddress ?? order.shippingAddress).map((l) => <p key={l}>{l}</p>)}
        </div>
      </section>
      <table className="w-full border-collapse">
        <thead>
          <tr className="border-b border-slate-300 text-left text-xs uppercase tracking-wide text-slate-500">
            <th className="py-2">#</th>
            <th className="py-2">SKU</th>
            <th className="py-2">Description</th>
            <th className="py-2 text-right">Qty</th>
            <th className="py-2 text-right">Unit price</th>
            <th className="py-2 text-right">Amount</th>
          </tr>
        </thead>
        <tbody>
          {order.lines.map((l) => (
            <tr key={l.id} className="border-b border-slate-200">
              <td className="py-2 align-top">{l.lineNumber}</td>
              <td className="py-2 align-top font-mono text-xs">{l.sku}</td>
              <td className="py-2 align-top">{l.name} <span className="text-slate-500">({l.unit})</span></td>
              <td className="tabular py-2 text-right align-top">{l.quantity}</td>
              <td className="tabular py-2 text-right align-top">{formatMoney(l.unitPriceCents, order.currency)}</td>
              <td className="tabular py-2 text-right align-top">{formatMoney(l.lineTotalCents, order.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="tabular ml-auto mt-4 w-64 space-y-1">
        <div className="flex justify-between"><dt>Subtotal</dt><dd>{formatMoney(order.subtotalCents, order.currency)}</dd></div>
        <div className="flex justify-between"><dt>Freight</dt><dd>{formatMoney(order.shippingCents, order.currency)}</dd></div>
        <div className="flex justify-between"><dt>Tax</dt><dd>{formatMoney(order.taxCents, order.currency)}</dd></div>
        <div className="flex justify-between border-t border-slate-300 pt-1 text-base font-semibold"><dt>Total due</dt><dd>{formatMoney(order.totalCents, order.currency)}</dd></div>
      </dl>
      <footer className="mt-10 border-t border-slate-300 pt-4 text-xs text-slate-500">
        <p>Payment terms: {TERMS[paymentTerms] ?? "as agreed"}. Please quote the order number with your payment.</p>
        {order.notes ? <p className="mt-1">Notes: {order.notes}</p> : null}
      </footer>
    </div>
  );
}
