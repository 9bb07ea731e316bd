import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireCustomer } from "~/auth/guards.server";
import { listCustomerTickets } from "~/domain/support/tickets.server";
import { Badge } from "~/ui/badge";
import { ButtonLink } from "~/ui/button";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { formatDateTime, formatRelative } from "~/ui/format";
import { TICKET_STATUS } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Tickets · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  return { ...(await listCustomerTickets(actor)), role: actor.role, timezone: actor.timezone, now: Date.now() };
}

export default function Tickets() {
  const { tickets, role, timezone, now } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader
        title="Tickets"
        description={role === "admin" ? "Every ticket of your account." : "Your tickets, and those colleagues shared with the account."}
        actions={<ButtonLink to="/portal/tickets/new" variant="primary">Raise a ticket</ButtonLink>}
      />
      <Card>
        {tickets.length ? (
          <Table caption="Tickets">
            <HeadRow>
              <Th>Ticket</Th>
              <Th>Status</Th>
              <Th>Updated</Th>
            </HeadRow>
            <Body>
              {tickets.map((t) => (
                <tr key={t.id} className="hover:bg-slate-50">
                  <Td>
                    <Link to={`/portal/tickets/${t.number}`} className="font-medium text-brand-700 hover:underline">#{t.number} {t.subject}</Link>
                    {!t.firstRespondedAt && t.firstResponseDueAt && ["new", "open"].includes(t.status) ? (
                      <p className="text-xs text-slate-500" title={formatDateTime(t.firstResponseDueAt, timezone)}>First response due {formatRelative(t.firstResponseDueAt, now)}</p>
                    ) : null}
                  </Td>
                  <Td><Badge tone={TICKET_STATUS[t.status].tone}>{TICKET_STATUS[t.status].label}</Badge></Td>
                  <Td className="whitespace-nowrap text-slate-600">{formatRelative(t.lastActivityAt, now)}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : (
          <EmptyState title="No tickets yet">Questions about an order, an invoice or a product? <Link to="/portal/tickets/new" className="text-brand-700 underline">Raise a ticket</Link>.</EmptyState>
        )}
      </Card>
    </>
  );
}
