import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireStaff } from "~/auth/guards.server";
import { listAssignableStaff, listQueue } from "~/domain/support/desk.server";
import { CATEGORY_LABEL, QUEUE_VIEWS, queueFilterSchema, TICKET_CATEGORIES, TICKET_PRIORITIES } from "~/domain/support/support.schema";
import { Button } from "~/ui/button";
import { inputClass } from "~/ui/field";
import { FilterSelect } from "~/ui/filters";
import { Badge } from "~/ui/badge";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { formatDateTime, formatRelative } from "~/ui/format";
import { TICKET_PRIORITY, TICKET_STATUS_DESK, TIER } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Support queue · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const view = z.enum(QUEUE_VIEWS).catch("unassigned").parse(params.get("view") ?? "unassigned");
  const filter = queueFilterSchema.parse(Object.fromEntries([...params].filter(([, v]) => v !== "")));
  const [queue, staff] = await Promise.all([listQueue(actor, view, filter), listAssignableStaff()]);
  const filtered = Object.entries(filter).some(([k, v]) => k !== "sort" && v !== undefined);
  return { ...queue, view, filter, filtered, staff, timezone: actor.timezone, now: Date.now() };
}

const LABEL: Record<(typeof QUEUE_VIEWS)[number], string> = { unassigned: "Unassigned", mine: "Mine", due_soon: "Due soon", breached: "Breached", all: "All open" };

export default function Queue() {
  const { counts, tickets, view, filter, filtered, staff, timezone, now } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title="Support queue" description="Ordered by the SLA clock that runs out first: the first response until answered, then the resolution." />
      <nav aria-label="Queue views" className="mb-4 flex flex-wrap gap-1">
        {QUEUE_VIEWS.map((v) => (
          <Link key={v} to={`?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, x]) => x !== undefined) as [string, string][]), view: v })}`} className={cx("rounded-md px-3 py-1.5 text-sm font-medium", view === v ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-200")}>
            {LABEL[v]} <span className={cx("tabular ml-1", v === "breached" && counts[v] ? "text-red-500" : "opacity-70")}>{counts[v]}</span>
          </Link>
        ))}
      </nav>
      <Form method="get" className="mb-4 flex flex-wrap items-end gap-2 rounded-lg bg-white p-3 ring-1 ring-slate-200" aria-label="Filter the queue">
        <input type="hidden" name="view" value={view} />
        <FilterSelect id="f-status" name="status" label="Status" value={filter.status} options={(["new", "open", "pending_customer", "on_hold"] as const).map((s) => [s, TICKET_STATUS_DESK[s]])} />
        <FilterSelect id="f-priority" name="priority" label="Priority" value={filter.priority} options={TICKET_PRIORITIES.map((p) => [p, TICKET_PRIORITY[p].label])} />
        <FilterSelect id="f-tier" name="tier" label="Tier" value={filter.tier} options={Object.entries(TIER).map(([k, v]) => [k, v.label])} />
        <FilterSelect id="f-category" name="category" label="Category" value={filter.category} options={TICKET_CATEGORIES.map((c) => [c, CATEGORY_LABEL[c]])} />
        <FilterSelect id="f-assignee" name="assignee" label="Assignee" value={filter.assignee} options={[["none", "Unassigned"], ...staff.map((s) => [s.id, s.name] as [string, string])]} />
        <div className="w-40">
          <label htmlFor="f-account" className="block text-xs font-medium text-slate-600">Account</label>
          <input id="f-account" name="account" defaultValue={filter.account ?? ""} placeholder="Name contains…" className={cx(inputClass, "mt-1")} />
        </div>
        <div className="w-36">
          <label htmlFor="f-sort" className="block text-xs font-medium text-slate-600">Sort by</label>
          <select id="f-sort" name="sort" defaultValue={filter.sort} className={cx(inputClass, "mt-1")}>
            <option value="due">SLA due time</option>
            <option value="priority">Priority</option>
            <option value="newest">Newest first</option>
            <option value="oldest">Oldest first</option>
          </select>
        </div>
        <Button type="submit" variant="secondary">Apply</Button>
        {filtered ? <Link to={`?view=${view}`} className="pb-2 text-sm text-brand-700 hover:underline">Clear filters</Link> : null}
      </Form>
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
          <EmptyState title={filtered ? "No ticket matches these filters" : "Nothing in this view"}>{filtered ? "Loosen a filter or clear them." : "The queue is clear here."}</EmptyState>
        )}
      </Card>
    </>
  );
}

