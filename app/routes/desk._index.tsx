import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { listOwnedAccounts } from "~/domain/accounts/accounts.server";
import { listMyOpenTasks } from "~/domain/sales/tasks.server";
import { listTicketsDueNext, queueSummary } from "~/domain/support/tickets.server";
import { Badge } from "~/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "~/ui/card";
import { cx } from "~/ui/cx";
import { formatDate, formatDateTime, formatMoney, formatRelative } from "~/ui/format";
import { TICKET_PRIORITY, TICKET_STATUS_DESK, TIER } from "~/ui/status";

export const meta: MetaFunction = () => [{ title: "Home · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const ownsAccounts = actor.role !== "agent";
  const [queue, dueNext, owned, tasks] = await Promise.all([
    queueSummary(actor),
    listTicketsDueNext(actor, 8),
    ownsAccounts ? listOwnedAccounts(actor, 8) : Promise.resolve(null),
    listMyOpenTasks(actor, 8),
  ]);
  return { firstName: actor.name.split(" ")[0], role: actor.role, timezone: actor.timezone, now: Date.now(), queue, dueNext, owned, tasks };
}

export default function DeskHome() {
  const { firstName, timezone, now, queue, dueNext, owned, tasks } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={`Hello, ${firstName}`} description="Your queue, your accounts and what is due today." />

      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Unassigned" value={queue.unassigned} hint={`of ${queue.open} open tickets`} />
        <Stat label="Assigned to me" value={queue.mine} />
        <Stat label="Due within 2 h" value={queue.dueSoon} tone={queue.dueSoon ? "warning" : undefined} />
        <Stat label="SLA breached" value={queue.breached} tone={queue.breached ? "danger" : undefined} />
      </dl>

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <Card labelledBy="due-title" className="xl:col-span-2">
          <CardHeader id="due-title" title="Tickets due next" description="Open tickets ordered by the SLA clock that runs out first." />
          {dueNext.length ? (
            <div className="overflow-x-auto">
              <table className="min-w-full text-sm">
                <thead className="sticky top-0 bg-white">
                  <tr className="border-b border-slate-100 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
                    <th scope="col" className="px-5 py-2">Ticket</th>
                    <th scope="col" className="px-3 py-2">Account</th>
                    <th scope="col" className="px-3 py-2">Priority</th>
                    <th scope="col" className="px-3 py-2">Status</th>
                    <th scope="col" className="px-5 py-2 text-right">Due</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {dueNext.map((t) => {
                    const due = t.firstRespondedAt ? t.resolutionDueAt : t.firstResponseDueAt;
                    const overdue = due ? new Date(due).getTime() < now : false;
                    return (
                      <tr key={t.id}>
                        <td className="max-w-[15rem] px-5 py-2.5 2xl:max-w-md">
                          <p className="truncate font-medium text-slate-900">
                            <span className="tabular text-slate-500">#{t.number}</span> {t.subject}
                          </p>
                        </td>
                        <td className="whitespace-nowrap px-3 py-2.5 text-slate-700">
                          {t.accountName} <Badge tone={TIER[t.tier].tone}>{TIER[t.tier].label}</Badge>
                        </td>
                        <td className="px-3 py-2.5">
                          <Badge tone={TICKET_PRIORITY[t.priority].tone}>{TICKET_PRIORITY[t.priority].label}</Badge>
                        </td>
                        <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{TICKET_STATUS_DESK[t.status]}</td>
                        <td className={cx("tabular whitespace-nowrap px-5 py-2.5 text-right", overdue ? "font-semibold text-red-700" : "text-slate-700")}>
                          {due ? (
                            <span title={formatDateTime(due, timezone)}>
                              {t.firstRespondedAt ? "Resolve " : "Reply "}
                              {overdue ? `overdue ${formatRelative(due, now).replace(" ago", "")}` : formatRelative(due, now)}
                            </span>
                          ) : (
                            "—"
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <EmptyState title="The queue is empty">No open tickets need an answer.</EmptyState>
          )}
        </Card>

        <Card labelledBy="tasks-title">
          <CardHeader id="tasks-title" title="My tasks" />
          {tasks.length ? (
            <ul className="divide-y divide-slate-100">
              {tasks.map((task) => {
                const overdue = task.dueAt ? new Date(task.dueAt).getTime() < now : false;
                return (
                  <li key={task.id} className="px-5 py-3">
                    <p className="text-sm font-medium text-slate-900">{task.title}</p>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {task.accountName}
                      {task.dueAt ? (
                        <span className={cx("ml-2", overdue && "font-semibold text-red-700")} title={formatDateTime(task.dueAt, timezone)}>
                          {overdue ? "Overdue · " : "Due "}
                          {formatDate(task.dueAt, timezone)}
                        </span>
                      ) : null}
                    </p>
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyState title="No open tasks">Follow-ups you create appear here.</EmptyState>
          )}
        </Card>

        {owned ? (
          <Card labelledBy="accounts-title" className="xl:col-span-3">
            <CardHeader id="accounts-title" title="My accounts" description={`${owned.total} accounts you own, by revenue in the last 12 months`} />
            {owned.accounts.length ? (
              <div className="overflow-x-auto">
                <table className="min-w-full text-sm">
                  <thead>
                    <tr className="border-b border-slate-100 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
                      <th scope="col" className="px-5 py-2">Account</th>
                      <th scope="col" className="px-3 py-2">Tier</th>
                      <th scope="col" className="px-3 py-2">Industry</th>
                      <th scope="col" className="px-3 py-2 text-right">Revenue, 12 months</th>
                      <th scope="col" className="px-3 py-2">Last order</th>
                      <th scope="col" className="px-5 py-2 text-right">Open tickets</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {owned.accounts.map((a) => (
                      <tr key={a.id}>
                        <td className="whitespace-nowrap px-5 py-2.5">
                          <p className="font-medium text-slate-900">{a.name}</p>
                          <p className="text-xs text-slate-500">{a.number}</p>
                        </td>
                        <td className="px-3 py-2.5">
                          <Badge tone={TIER[a.tier].tone}>{TIER[a.tier].label}</Badge>
                        </td>
                        <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">{a.industry}</td>
                        <td className="tabular whitespace-nowrap px-3 py-2.5 text-right font-medium text-slate-900">{formatMoney(a.revenue12mCents)}</td>
                        <td className="whitespace-nowrap px-3 py-2.5 text-slate-600">
                          {a.lastOrderAt ? <span title={formatDate(a.lastOrderAt, timezone)}>{formatRelative(a.lastOrderAt, now)}</span> : "Never"}
                        </td>
                        <td className="tabular px-5 py-2.5 text-right text-slate-700">{a.openTickets}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <EmptyState title="You don't own any accounts yet">Accounts assigned to you appear here.</EmptyState>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
