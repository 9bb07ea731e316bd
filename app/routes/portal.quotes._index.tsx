import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireCustomer } from "~/auth/guards.server";
import { listQuotes } from "~/domain/quotes/quotes.server";
import { Badge } from "~/ui/badge";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { formatDate, formatMoney } from "~/ui/format";
import { QUOTE_STATUS } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Quotes · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  return { ...(await listQuotes(actor)), timezone: actor.timezone };
}

export default function Quotes() {
  const { quotes, timezone } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title="Quotes" description="Prices your account team made for you. Accept a quote and it becomes an order at the quoted prices." />
      <Card>
        {quotes.length ? (
          <Table caption="Quotes">
            <HeadRow>
              <Th>Quote</Th>
              <Th>Requested</Th>
              <Th>By</Th>
              <Th>Valid until</Th>
              <Th>Status</Th>
              <Th className="text-right">Total</Th>
            </HeadRow>
            <Body>
              {quotes.map((q) => (
                <tr key={q.id} className="hover:bg-slate-50">
                  <Td><Link to={`/portal/quotes/${q.number}`} className="font-medium text-brand-700 hover:underline">{q.number}</Link></Td>
                  <Td className="whitespace-nowrap text-slate-600">{formatDate(q.createdAt, timezone)}</Td>
                  <Td className="whitespace-nowrap text-slate-600">{q.requestedBy ?? "—"}</Td>
                  <Td className="whitespace-nowrap text-slate-600">{q.validUntil ?? "—"}</Td>
                  <Td><Badge tone={QUOTE_STATUS[q.status].tone}>{QUOTE_STATUS[q.status].label}</Badge></Td>
                  <Td className="tabular text-right font-medium">{q.status === "requested" ? "—" : formatMoney(q.totalCents, q.currency)}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : (
          <EmptyState title="No quotes yet">Put products in your <Link to="/portal/cart" className="text-brand-700 underline">cart</Link> and choose “Request a quote”.</EmptyState>
        )}
      </Card>
    </>
  );
}
