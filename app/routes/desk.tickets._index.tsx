import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { listQueue } from "~/domain/support/desk.server";
import { QUEUE_VIEWS } from "~/domain/support/support.schema";
import { Badge } from "~/ui/badge";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { formatDateTime, formatRelative } from "~/ui/format";
import { TICKET_PRIORITY, TICKET_STATUS_DESK, TIER } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Support queue · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const view = z.enum(QUEUE_VIEWS).catch("unassigned").parse(new URL(request.url).searchParams.get("view") ?? "unassigned");
  return { ...(await listQueue(actor, view)), view, timezone: actor.timezone, now: Date.now() };
}

const LABEL: Record<(typeof QUEUE_VIEWS)[number], string> = { unassigned: "Unassigned", mine: "Mine", due_soon: "Due soon", breached: "Breached", all: "All open" };

export default function Queue() {
  const { counts, tickets, view, timezone, now } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title="Support queue" description="Ordered by the SLA clock that runs out first: the first response until answered, then the resolution." />
      <nav aria-label="Queue views" className="mb-4 flex flex-wrap gap-1">
        {QUEUE_VIEWS.map((v) => (
          <Link key={v} to={`?view=${v}`} className={cx("rounded-md px-3 py-1.5 text-sm font-medium", view === v ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200")}>
            {LABEL[v]} <span className={cx("tabular ml-1", v === "breached" && counts[v] ? "text-red-500" : "opacity-70")}>{counts[v]}</span>
          </Link>
        ))}
      </nav>
      <Card>
        {tickets.length ? (
          <Table caption="Tickets">
            <HeadRow>
              <Th>Ticket</Th>
              <Th>Account</Th>
              <Th>Priority</Th>
              <Th>Assignee</Th>
              <Th className="text-right">Due</Th>
            </HeadRow>
            <Body>
              {tickets.map((t) => {
                const due = t.firstRespondedAt ? t.resolutionDueAt : t.firstResponseDueAt;
                const late = due ? new Date(due).getTime() < now : false;
                return (
                  <tr key={t.id} className="hover:bg-slate-50">
                    <Td className="max-w-md">
                      <Link to={`/desk/tickets/${t.number}`} className="font-medium text-brand-700 hover:underline">#{t.number} {t.subject}</Link>
                      <p className="text-xs text-slate-500">{TICKET_STATUS_DESK[t.status]} · opened {formatRelative(t.createdAt, now)}</p>
                    </Td>
                    <Td>{t.accountName} <Badge tone={TIER[t.tier].tone}>{TIER[t.tier].label}</Badge></Td>
                    <Td><Badge tone={TICKET_PRIORITY[t.priority].tone}>{TICKET_PRIORITY[t.priority].label}</Badge></Td>
                    <Td className="whitespace-nowrap text-slate-600">{t.assigneeName ?? "—"}</Td>
                    <Td className={cx("tabular whitespace-nowrap text-right", late ? "font-semibold text-red-700" : "text-slate-700")}>
                      {due ? (
                        <span title={formatDateTime(due, timezone)}>
                          <span className="block">{late ? `${formatRelative(due, now).replace(" ago", "")} late` : formatRelative(due, now)}</span>
                          <span className="block text-xs font-normal text-slate-500">{t.firstRespondedAt ? "to resolve" : "to first reply"}</span>
                        </span>
                      ) : "—"}
                    </Td>
                  </tr>
                );
              })}
            </Body>
          </Table>
        ) : (
          <EmptyState title="Nothing in this view">The queue is clear here.</EmptyState>
        )}
      </Card>
    </>
  );
}
