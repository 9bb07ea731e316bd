import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { listQuotesForStaff } from "~/domain/quotes/quotes.server";
import { Badge } from "~/ui/badge";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { formatDate, formatMoney } from "~/ui/format";
import { QUOTE_STATUS } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Quotes · Accord desk" }];

const viewSchema = z.enum(["requested", "priced", "accepted", "declined", "all"]).catch("requested");

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const view = viewSchema.parse(new URL(request.url).searchParams.get("view") ?? "requested");
  return { ...(await listQuotesForStaff(actor, view === "all" ? undefined : view)), view, timezone: actor.timezone };
}

const VIEWS = [["requested", "To price"], ["priced", "Sent"], ["accepted", "Accepted"], ["declined", "Declined"], ["all", "All"]] as const;

export default function DeskQuotes() {
  const { quotes, total, view, timezone } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title="Quotes" description="Price customers' requests; an accepted quote becomes an order at the quoted prices." />
      <nav aria-label="Quote views" className="mb-4 flex flex-wrap gap-1">
        {VIEWS.map(([value, label]) => (
          <Link key={value} to={`?view=${value}`} className={cx("rounded-md px-3 py-1.5 text-sm font-medium", view === value ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200")}>
            {label}
          </Link>
        ))}
      </nav>
      <Card>
        <p className="border-b border-slate-100 px-5 py-2.5 text-sm text-slate-600">{total} quotes</p>
        {quotes.length ? (
          <Table caption="Quotes">
            <HeadRow>
              <Th>Quote</Th>
              <Th>Account</Th>
              <Th>Requested</Th>
              <Th>Status</Th>
              <Th className="text-right">Total</Th>
            </HeadRow>
            <Body>
              {quotes.map((q) => (
                <tr key={q.id} className="hover:bg-slate-50">
                  <Td><Link to={`/desk/quotes/${q.number}`} className="font-medium text-brand-700 hover:underline">{q.number}</Link></Td>
                  <Td>{q.accountName}<p className="text-xs text-slate-500">{q.requestedBy}</p></Td>
                  <Td className="whitespace-nowrap text-slate-600">{formatDate(q.createdAt, timezone)}</Td>
                  <Td><Badge tone={QUOTE_STATUS[q.status].tone}>{QUOTE_STATUS[q.status].label}</Badge></Td>
                  <Td className="tabular text-right">{q.status === "requested" ? "—" : formatMoney(q.totalCents, q.currency)}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : (
          <EmptyState title="Nothing in this view">New quote requests from the portal appear under “To price”.</EmptyState>
        )}
      </Card>
    </>
  );
}
