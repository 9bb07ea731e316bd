import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/auth/guards.server";
import { listOwnedAccounts } from "~/domain/accounts/accounts.server";
import { listMyOpenTasks } from "~/domain/sales/tasks.server";
import { accountAlerts } from "~/domain/crm/alerts.server";
import { myPipelineSummary } from "~/domain/crm/pipeline.server";
import { STAGE_LABEL } from "~/domain/crm/pipeline.schema";
import { listTicketsDueNext, queueSummary } from "~/domain/support/tickets.server";
import { Badge } from "~/ui/badge";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "~/ui/card";
import { cx } from "~/ui/cx";
import { formatDate, formatDateTime, formatMoney, formatRelative } from "~/ui/format";
import { TICKET_PRIORITY, TICKET_STATUS_DESK, TIER } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Home · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaff(request);
  const ownsAccounts = actor.role !== "agent";
  const [queue, dueNext, owned, tasks, alerts, myPipeline] = await Promise.all([
    queueSummary(actor),
    listTicketsDueNext(actor, 8),
    ownsAccounts ? listOwnedAccounts(actor, 8) : Promise.resolve(null),
    listMyOpenTasks(actor, 8),
    ownsAccounts ? accountAlerts(actor) : Promise.resolve(null),
    myPipelineSummary(actor),
  ]);
  return { firstName: actor.name.split(" ")[0], role: actor.role, timezone: actor.timezone, now: Date.now(), queue, dueNext, owned, tasks, alerts, myPipeline };
}

export default function DeskHome() {
  const { firstName, timezone, now, queue, dueNext, owned, tasks, alerts, myPipeline } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader title={`Hello, ${firstName}`} description="Your queue, your accounts and what is due today." />

      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="Unassigned" value={queue.unassigned} hint={`of ${queue.open} open tickets`} />
        <Stat label="Assigned to me" value={queue.mine} />
        <Stat label="Due within 2 h" value={queue.dueSoon} tone={queue.dueSoon ? "warning" : undefined} />
        <Stat label="SLA breached" value={queue.breached} tone={queue.breached ? "danger" : undefined} />
      </dl>

      {alerts ? (
        <div className="mb-6 grid grid-cols-1 gap-6 xl:grid-cols-3">
          <Card labelledBy="alerts-title" className="xl:col-span-2">
            <CardHeader id="alerts-title" title="Alerts on my accounts" description="Big orders this week, tickets past their SLA, customers ordering later than usual, overdue tasks." />
            {alerts.length ? (
              <ul className="divide-y divide-slate-100" aria-label="Alerts">
                {alerts.slice(0, 12).map((a) => (
                  <li key={`${a.kind}-${a.ref ?? a.accountId}`} className="flex items-start gap-3 px-5 py-3 text-sm">
                    <Badge tone={ALERT[a.kind].tone}>{ALERT[a.kind].label}</Badge>
                    <div className="min-w-0">
                      <p className="text-slate-900">
                        <Link to={`/desk/accounts/${a.accountId}`} className="font-medium text-brand-700 hover:underline">{a.accountName}</Link>{" "}
                        {a.kind === "big_order" && a.ref ? <Link to={`/desk/orders/${a.ref}`} className="hover:underline">{a.detail}</Link> : a.kind === "sla_breach" && a.ref ? <Link to={`/desk/tickets/${a.ref}`} className="hover:underline">{a.detail}</Link> : a.detail}
                      </p>
                      <p className="text-xs text-slate-500">{formatRelative(a.at, now)}</p>
                    </div>
                  </li>
                ))}
                {alerts.length > 12 ? <li className="px-5 py-2.5 text-xs text-slate-500">…and {alerts.length - 12} more on <Link to="/desk/accounts?owner=me" className="text-brand-700 hover:underline">your accounts</Link>.</li> : null}
              </ul>
            ) : (
              <EmptyState title="All quiet">Nothing on your accounts needs you right now.</EmptyState>
            )}
          </Card>
          {myPipeline ? (
            <Card labelledBy="my-pipeline-title" className="h-fit">
              <CardHeader id="my-pipeline-title" title="My pipeline" action={<Link to="/desk/pipeline" className="text-sm font-medium text-brand-700 hover:underline">Open</Link>} />
              <dl className="divide-y divide-slate-100">
                {myPipeline.map((p) => (
                  <div key={p.stage} className="flex justify-between px-5 py-2.5 text-sm">
                    <dt className="text-slate-600">{STAGE_LABEL[p.stage]} <span className="text-xs text-slate-400">({p.deals})</span></dt>
                    <dd className="tabular font-medium text-slate-900" title={`weighted ${formatMoney(p.weighted)}`}>{formatMoney(p.amount)}</dd>
                  </div>
                ))}
                <div className="flex justify-between px-5 py-2.5 text-sm">
                  <dt className="font-medium text-slate-700">Weighted</dt>
                  <dd className="tabular font-semibold text-slate-900">{formatMoney(myPipeline.reduce((s, p) => s + p.weighted, 0))}</dd>
                </div>
              </dl>
            </Card>
          ) : null}
        </div>
      ) : null}

      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <Card labelledBy="due-title" className="xl:col-span-2">
          <CardHeader id="due-title" title="Tickets due next" description="Open tickets ordered by the SLA clock that runs out first." />
          {dueNext.length ? (
            <Table caption="Tickets due next">
              <HeadRow>
                <Th>Ticket</Th>
                <Th>Account</Th>
                <Th>Priority</Th>
                <Th className="text-right">Due</Th>
              </HeadRow>
              <Body>
                  {dueNext.map((t) => {
                    const due = t.firstRespondedAt ? t.resolutionDueAt : t.firstResponseDueAt;
                    const overdue = due ? new Date(due).getTime() < now : false;
                    return (
                      <tr key={t.id}>
                        <Td className="max-w-[15rem] 2xl:max-w-md">
                          <Link to={`/desk/tickets/${t.number}`} className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline">
                            <span className="tabular text-slate-500">#{t.number}</span> {t.subject}
                          </Link>
                          <p className="text-xs text-slate-500">{TICKET_STATUS_DESK[t.status]}</p>
                        </Td>
                        <Td className="text-slate-700">
                          <p>{t.accountName}</p>
                          <Badge tone={TIER[t.tier].tone}>{TIER[t.tier].label}</Badge>
                        </Td>
                        <Td>
                          <Badge tone={TICKET_PRIORITY[t.priority].tone}>{TICKET_PRIORITY[t.priority].label}</Badge>
                        </Td>
                        <Td className={cx("tabular whitespace-nowrap text-right", overdue ? "font-semibold text-red-700" : "text-slate-700")}>
                          {due ? (
                            <span title={formatDateTime(due, timezone)}>
                              <span className="block">{overdue ? `${formatRelative(due, now).replace(" ago", "")} late` : formatRelative(due, now)}</span>
                              <span className="block text-xs font-normal text-slate-500">{t.firstRespondedAt ? "to resolve" : "to first reply"}</span>
                            </span>
                          ) : (
                            "—"
                          )}
                        </Td>
                      </tr>
                    );
                  })}
              </Body>
            </Table>
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
                      <Link to={`/desk/accounts/${task.accountId}?tab=tasks`} className="hover:underline">{task.accountName}</Link>
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
              <Table caption="My accounts">
                <HeadRow>
                  <Th>Account</Th>
                  <Th>Tier</Th>
                  <Th>Industry</Th>
                  <Th className="text-right">Revenue, 12 months</Th>
                  <Th>Last order</Th>
                  <Th className="text-right">Open tickets</Th>
                </HeadRow>
                <Body>
                    {owned.accounts.map((a) => (
                      <tr key={a.id}>
                        <Td className="whitespace-nowrap">
                          <Link to={`/desk/accounts/${a.id}`} className="font-medium text-brand-700 hover:underline">{a.name}</Link>
                          <p className="text-xs text-slate-500">{a.number}</p>
                        </Td>
                        <Td>
                          <Badge tone={TIER[a.tier].tone}>{TIER[a.tier].label}</Badge>
                        </Td>
                        <Td className="whitespace-nowrap text-slate-600">{a.industry}</Td>
                        <Td className="tabular whitespace-nowrap text-right font-medium text-slate-900">{formatMoney(a.revenue12mCents)}</Td>
                        <Td className="whitespace-nowrap text-slate-600">
                          {a.lastOrderAt ? <span title={formatDate(a.lastOrderAt, timezone)}>{formatRelative(a.lastOrderAt, now)}</span> : "Never"}
                        </Td>
                        <Td className="tabular text-right text-slate-700">{a.openTickets}</Td>
                      </tr>
                    ))}
                </Body>
              </Table>
            ) : (
              <EmptyState title="You don't own any accounts yet">Accounts assigned to you appear here.</EmptyState>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}

const ALERT = {
  big_order: { label: "Big order", tone: "success" },
  sla_breach: { label: "SLA breached", tone: "danger" },
  overdue_order: { label: "Ordering late", tone: "warning" },
  overdue_task: { label: "Task overdue", tone: "warning" },
} as const;
