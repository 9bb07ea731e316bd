import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { requireCustomer } from "~/auth/guards.server";
import { orderFiltersSchema } from "~/domain/orders/orders.schema";
import { listOrders } from "~/domain/orders/orders.server";
import { Badge } from "~/ui/badge";
import { Button, ButtonLink } from "~/ui/button";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { inputClass } from "~/ui/field";
import { formatDate, formatMoney, formatNumber } from "~/ui/format";
import { HOLD_REASON, ORDER_STATUS } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Orders · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const filters = orderFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { ...(await listOrders(actor, filters)), filters, timezone: actor.timezone };
}

const STATUS_OPTIONS = [["", "Any status"], ["open", "Open (not delivered)"], ...Object.entries(ORDER_STATUS).map(([k, v]) => [k, v.label])] as const;

export default function Orders() {
  const { orders, total, page, pages, filters, timezone } = useLoaderData<typeof loader>();
  const navigation = useNavigation();
  const filtered = Boolean(filters.status || filters.from || filters.to || filters.po || filters.q);
  const pageLink = (p: number) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(filters)) if (v && k !== "page") params.set(k, String(v));
    if (p > 1) params.set("page", String(p));
    return `?${params.toString()}`;
  };
  return (
    <>
      <PageHeader title="Orders" description="Everything your company ordered, newest first." actions={<ButtonLink to="/portal/catalog" variant="primary">New order</ButtonLink>} />
      <Form method="get" className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end" role="search">
        <div className="col-span-2">
          <label htmlFor="q" className="block text-sm font-medium text-slate-800">Order number, SKU or product</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} className={cx(inputClass, "mt-1.5")} />
        </div>
        <div>
          <label htmlFor="po" className="block text-sm font-medium text-slate-800">PO number</label>
          <input id="po" name="po" defaultValue={filters.po ?? ""} className={cx(inputClass, "mt-1.5")} />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium text-slate-800">Status</label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={cx(inputClass, "mt-1.5")}>
            {STATUS_OPTIONS.map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="block text-sm font-medium text-slate-800">Placed from</label>
          <input id="from" name="from" type="date" defaultValue={filters.from ?? ""} className={cx(inputClass, "mt-1.5")} />
        </div>
        <div>
          <label htmlFor="to" className="block text-sm font-medium text-slate-800">to</label>
          <input id="to" name="to" type="date" defaultValue={filters.to ?? ""} className={cx(inputClass, "mt-1.5")} />
        </div>
        <div className="col-span-2 flex gap-2 sm:col-span-3 lg:col-span-6">
          <Button type="submit" variant="secondary" pending={navigation.state === "loading" && navigation.location?.pathname === "/portal/orders"}>Filter</Button>
          {filtered ? <ButtonLink to="/portal/orders" variant="ghost">Clear filters</ButtonLink> : null}
        </div>
      </Form>
      <Card>
        <p className="border-b border-slate-100 px-5 py-3 text-sm text-slate-600">{formatNumber(total)} order{total === 1 ? "" : "s"}</p>
        {orders.length ? (
          <Table caption="Orders">
            <HeadRow>
              <Th>Order</Th>
              <Th>Placed</Th>
              <Th>PO number</Th>
              <Th>Placed by</Th>
              <Th>Status</Th>
              <Th className="text-right">Total</Th>
            </HeadRow>
            <Body>
              {orders.map((o) => (
                <tr key={o.id} className="hover:bg-slate-50">
                  <Td className="whitespace-nowrap">
                    <Link to={`/portal/orders/${o.number}`} className="font-medium text-brand-700 hover:underline">{o.number}</Link>
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">{formatDate(o.placedAt, timezone)}</Td>
                  <Td className="whitespace-nowrap text-slate-600">{o.poNumber ?? "—"}</Td>
                  <Td className="whitespace-nowrap text-slate-600">{o.placedBy ?? "—"}</Td>
                  <Td>
                    <Badge tone={ORDER_STATUS[o.status].tone}>{o.status === "on_hold" && o.holdReason ? HOLD_REASON[o.holdReason] : ORDER_STATUS[o.status].label}</Badge>
                  </Td>
                  <Td className="tabular whitespace-nowrap text-right font-medium text-slate-900">{formatMoney(o.totalCents, o.currency)}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : filtered ? (
          <EmptyState title="No orders match these filters"><Link to="/portal/orders" className="text-brand-700 underline">Clear the filters</Link> to see all orders.</EmptyState>
        ) : (
          <EmptyState title="No orders yet"><Link to="/portal/catalog" className="text-brand-700 underline">Browse the catalog</Link> to place your first one.</EmptyState>
        )}
      </Card>
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm text-slate-600">
          <span>Page {page} of {pages}</span>
          <span className="flex gap-2">
            {page > 1 ? <ButtonLink to={pageLink(page - 1)}>Newer</ButtonLink> : null}
            {page < pages ? <ButtonLink to={pageLink(page + 1)}>Older</ButtonLink> : null}
          </span>
        </nav>
      ) : null}
    </>
  );
}
