import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { orderFiltersSchema } from "~/domain/orders/orders.schema";
import { listOrdersForStaff } from "~/domain/orders/orders.server";
import { Badge } from "~/ui/badge";
import { Button, ButtonLink } from "~/ui/button";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { inputClass } from "~/ui/field";
import { formatDate, formatMoney, formatNumber } from "~/ui/format";
import { HOLD_REASON, ORDER_STATUS, TIER } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Orders · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const filters = orderFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { ...(await listOrdersForStaff(actor, filters)), filters, timezone: actor.timezone };
}

const VIEWS = [
  ["open", "Open"],
  ["submitted", "To confirm"],
  ["on_hold", "On hold"],
  ["picking", "Picking"],
  ["shipped", "Shipped"],
  ["", "All"],
] as const;

export default function DeskOrders() {
  const { orders, total, page, pages, filters, timezone } = useLoaderData<typeof loader>();
  const link = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ status: filters.status, q: filters.q, ...changes })) if (v && !(k === "page" && Number(v) === 1)) params.set(k, String(v));
    return `?${params.toString()}`;
  };
  return (
    <>
      <PageHeader title="Orders" description="Move orders through confirmation, picking and shipping; every change e-mails the buyer and lands on the customer's timeline." />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <nav aria-label="Order views" className="flex flex-wrap gap-1">
          {VIEWS.map(([value, label]) => (
            <Link
              key={label}
              to={link({ status: value || undefined, page: undefined })}
              className={cx("rounded-md px-3 py-1.5 text-sm font-medium", (filters.status ?? "") === value ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200")}
            >
              {label}
            </Link>
          ))}
        </nav>
        <Form method="get" className="flex gap-2" role="search">
          {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
          <label htmlFor="orders-q" className="sr-only">Order number, PO or account</label>
          <div className="w-64">
            <input id="orders-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder="Order, PO or account" className={inputClass} />
          </div>
          <Button type="submit" variant="secondary">Search</Button>
        </Form>
      </div>
      <Card>
        <p className="border-b border-slate-100 px-5 py-2.5 text-sm text-slate-600">{formatNumber(total)} orders</p>
        {orders.length ? (
          <Table caption="Orders">
            <HeadRow>
              <Th>Order</Th>
              <Th>Account</Th>
              <Th>Placed</Th>
              <Th>PO number</Th>
              <Th>Status</Th>
              <Th className="text-right">Total</Th>
            </HeadRow>
            <Body>
              {orders.map((o) => (
                <tr key={o.id} className="hover:bg-slate-50">
                  <Td className="whitespace-nowrap"><Link to={`/desk/orders/${o.number}`} className="font-medium text-brand-700 hover:underline">{o.number}</Link></Td>
                  <Td className="whitespace-nowrap">{o.accountName} <Badge tone={TIER[o.accountTier].tone}>{TIER[o.accountTier].label}</Badge></Td>
                  <Td className="whitespace-nowrap text-slate-600">{formatDate(o.placedAt, timezone)}</Td>
                  <Td className="whitespace-nowrap text-slate-600">{o.poNumber ?? "—"}</Td>
                  <Td><Badge tone={ORDER_STATUS[o.status].tone}>{o.status === "on_hold" && o.holdReason ? HOLD_REASON[o.holdReason] : ORDER_STATUS[o.status].label}</Badge></Td>
                  <Td className="tabular whitespace-nowrap text-right font-medium">{formatMoney(o.totalCents, o.currency)}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : (
          <EmptyState title="No orders in this view">Nothing is waiting here.</EmptyState>
        )}
      </Card>
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm text-slate-600">
          <span>Page {page} of {formatNumber(pages)}</span>
          <span className="flex gap-2">
            {page > 1 ? <ButtonLink to={link({ page: page - 1 })}>Newer</ButtonLink> : null}
            {page < pages ? <ButtonLink to={link({ page: page + 1 })}>Older</ButtonLink> : null}
          </span>
        </nav>
      ) : null}
    </>
  );
}
