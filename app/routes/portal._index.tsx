import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { requireCustomer } from "~/auth/guards.server";
import { recentAccountActivity } from "~/domain/activity/timeline.server";
import { customersLikeYouBought } from "~/domain/catalog/recommendations.server";
import { listOpenOrders, listOrdersAwaitingApproval } from "~/domain/orders/orders.server";
import { listOpenTicketsForCustomer } from "~/domain/support/tickets.server";
import { AddToCart } from "~/ui/add-to-cart";
import { Badge } from "~/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "~/ui/card";
import { formatDate, formatDateTime, formatMoney, formatRelative } from "~/ui/format";
import { Price } from "~/ui/price";
import { HOLD_REASON, ORDER_STATUS, TICKET_STATUS } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Home · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const [open, awaiting, tickets, activity, suggestions] = await Promise.all([
    listOpenOrders(actor, 6),
    listOrdersAwaitingApproval(actor, 5),
    listOpenTicketsForCustomer(actor, 5),
    recentAccountActivity(actor, 8),
    customersLikeYouBought(actor, 4),
  ]);
  return {
    firstName: actor.name.split(" ")[0],
    accountName: actor.accountName,
    role: actor.role,
    timezone: actor.timezone,
    now: Date.now(),
    open,
    awaiting,
    tickets,
    activity,
    suggestions,
  };
}

function OrderStatusBadge({ status, holdReason }: { status: string; holdReason: string | null }) {
  const s = ORDER_STATUS[status];
  return <Badge tone={s.tone}>{status === "on_hold" && holdReason ? HOLD_REASON[holdReason] : s.label}</Badge>;
}

type OrderRow = {
  id: string;
  number: string;
  status: string;
  holdReason: string | null;
  poNumber: string | null;
  placedAt: string | Date;
  totalCents: number;
  currency: string;
  placedBy: string | null;
};

function OrderTable({ orders, timezone, showPlacedBy }: { orders: OrderRow[]; timezone: string; showPlacedBy?: boolean }) {
  return (
    <Table caption="Orders">
      <HeadRow>
        <Th>Order</Th>
        <Th>Placed</Th>
        <Th>PO number</Th>
        {showPlacedBy ? <Th>Placed by</Th> : null}
        <Th>Status</Th>
        <Th className="text-right">Total</Th>
      </HeadRow>
      <Body>
        {orders.map((o) => (
          <tr key={o.id}>
            <Td className="whitespace-nowrap">
              <Link to={`/portal/orders/${o.number}`} className="font-medium text-brand-700 hover:underline">
                {o.number}
              </Link>
            </Td>
            <Td className="whitespace-nowrap text-slate-600">{formatDate(o.placedAt, timezone)}</Td>
            <Td className="whitespace-nowrap text-slate-600">{o.poNumber ?? "—"}</Td>
            {showPlacedBy ? <Td className="whitespace-nowrap text-slate-600">{o.placedBy ?? "—"}</Td> : null}
            <Td className="whitespace-nowrap">
              <OrderStatusBadge status={o.status} holdReason={o.holdReason} />
            </Td>
            <Td className="tabular whitespace-nowrap text-right font-medium text-slate-900">{formatMoney(o.totalCents, o.currency)}</Td>
          </tr>
        ))}
      </Body>
    </Table>
  );
}

export default function PortalHome() {
  const { firstName, accountName, role, timezone, now, open, awaiting, tickets, activity, suggestions } = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <>
      <PageHeader eyebrow={accountName} title={`Welcome back, ${firstName}`} description="Your open orders, approvals and support tickets at a glance." />

      <dl className="mb-8 grid grid-cols-2 gap-3 lg:grid-cols-3">
        <Stat label="Open orders" value={open.total} hint="Not yet delivered" />
        <Stat
          label={role === "admin" ? "Awaiting your approval" : "Awaiting approval"}
          value={awaiting.total}
          tone={awaiting.total > 0 ? "warning" : undefined}
          hint={role === "admin" ? "Orders from colleagues" : "Your orders waiting for an admin"}
        />
        <Stat label="Open tickets" value={tickets.total} hint="With our support team" />
      </dl>

      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {awaiting.total > 0 ? (
            <Card labelledBy="awaiting-title">
              <CardHeader id="awaiting-title" title="Awaiting approval" description={role === "admin" ? "Approve or reject these so they can be processed." : "An account admin will review these."} />
              <OrderTable orders={awaiting.orders} timezone={timezone} showPlacedBy />
            </Card>
          ) : null}

          <Card labelledBy="open-orders-title">
            <CardHeader
              id="open-orders-title"
              title="Open orders"
              description={open.total > open.orders.length ? `The latest ${open.orders.length} of ${open.total}` : undefined}
              action={<Link to="/portal/orders" className="text-sm font-medium text-brand-700 hover:underline">All orders</Link>}
            />
            {open.orders.length ? (
              <OrderTable orders={open.orders} timezone={timezone} />
            ) : (
              <EmptyState title="No open orders">
                Everything you ordered has been delivered. <Link to="/portal/catalog" className="text-brand-700 underline">Browse the catalog</Link> to order again.
              </EmptyState>
            )}
          </Card>

          {suggestions.length ? (
            <Card labelledBy="suggestions-title">
              <CardHeader id="suggestions-title" title="Customers like you also bought" description="Popular with companies that buy what you buy — at your prices." />
              <ul className="divide-y divide-slate-100" aria-label="Suggested products">
                {suggestions.map((p) => (
                  <li key={p.id} className="flex flex-col gap-3 px-5 py-3 sm:flex-row sm:items-center">
                    <div className="min-w-0 flex-1">
                      <Link to={`/portal/catalog/${encodeURIComponent(p.sku)}`} className="font-medium text-slate-900 hover:underline">
                        {p.name}
                      </Link>
                      <p className="font-mono text-xs text-slate-500">{p.sku}</p>
                    </div>
                    <div className="flex items-center justify-between gap-4 sm:justify-end">
                      <Price unitPriceCents={p.unitPriceCents} listPriceCents={p.listPriceCents} currency={p.currency} />
                      <AddToCart productId={p.id} productName={p.name} redirectTo={location.pathname} compact />
                    </div>
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </div>

        <div className="space-y-6">
          <Card labelledBy="tickets-title">
            <CardHeader id="tickets-title" title="Open tickets" action={<Link to="/portal/tickets/new" className="text-sm font-medium text-brand-700 hover:underline">Raise a ticket</Link>} />
            {tickets.tickets.length ? (
              <ul className="divide-y divide-slate-100">
                {tickets.tickets.map((t) => (
                  <li key={t.id} className="px-5 py-3">
                    <div className="flex items-start justify-between gap-3">
                      <Link to={`/portal/tickets/${t.number}`} className="text-sm font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        <span className="tabular text-slate-500">#{t.number}</span> {t.subject}
                      </Link>
                      <Badge tone={TICKET_STATUS[t.status].tone}>{TICKET_STATUS[t.status].label}</Badge>
                    </div>
                    <p className="mt-1 text-xs text-slate-500">
                      {t.firstRespondedAt || !t.firstResponseDueAt ? (
                        <>Updated {formatRelative(t.lastActivityAt, now)}</>
                      ) : (
                        <span title={formatDateTime(t.firstResponseDueAt, timezone)}>First response due {formatRelative(t.firstResponseDueAt, now)}</span>
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="No open tickets">Our support team has answered everything you asked.</EmptyState>
            )}
          </Card>

          <Card labelledBy="activity-title">
            <CardHeader id="activity-title" title="Recent activity" />
            {activity.length ? (
              <ol className="space-y-3 px-5 py-4">
                {activity.map((a) => (
                  <li key={a.id} className="flex gap-3 text-sm">
                    <span className="mt-1.5 h-2 w-2 flex-none rounded-full bg-brand-400" aria-hidden="true" />
                    <div>
                      <p className="text-slate-800">{a.subject}</p>
                      <p className="text-xs text-slate-500" title={formatDateTime(a.occurredAt, timezone)}>
                        {formatRelative(a.occurredAt, now)}
                      </p>
                    </div>
                  </li>
                ))}
              </ol>
            ) : (
              <EmptyState title="Nothing yet">Orders, quotes and tickets will show up here.</EmptyState>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
