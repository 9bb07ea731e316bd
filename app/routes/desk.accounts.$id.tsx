import { type ActionFunctionArgs, data, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { can } from "~/auth/actor";
import { flashHeader } from "~/auth/flash.server";
import { requireStaffCan } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { logActivity, setTaskDone } from "~/domain/crm/activities.server";
import { logActivitySchema, RECORD_TABS, TIMELINE_FILTERS, type TimelineFilter } from "~/domain/crm/crm.schema";
import { createOpportunity } from "~/domain/crm/pipeline.server";
import { opportunitySchema, STAGE_LABEL } from "~/domain/crm/pipeline.schema";
import { accountIdParam, getAccountRecord, recordTab, recordTabCounts, timelinePage } from "~/domain/crm/record.server";
import { DomainError } from "~/domain/errors";
import { latestForAccount } from "~/domain/analytics/analytics.server";
import { SEGMENT_ACTION, SEGMENT_LABEL, STAGE_LABEL as LIFECYCLE_LABEL } from "~/domain/analytics/config";
import { Badge } from "~/ui/badge";
import { Button, ButtonLink } from "~/ui/button";
import { Card, CardHeader, EmptyState, PageHeader, Stat } from "~/ui/card";
import { cx } from "~/ui/cx";
import { Field, FieldErrors, FormAlert, inputClass } from "~/ui/field";
import { formatDate, formatDateTime, formatMoney, formatRelative } from "~/ui/format";
import { ORDER_STATUS, QUOTE_STATUS, TICKET_PRIORITY, TICKET_STATUS_DESK, TIER } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";
import { Timeline, type TimelineEntry } from "~/ui/timeline";
import { fieldErrorMap } from "~/domain/validation";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.record.account.name ?? "Customer"} · Accord desk` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "records");
  const accountId = accountIdParam(params.id);
  const url = new URL(request.url);
  const tab = z.enum(RECORD_TABS).catch("timeline").parse(url.searchParams.get("tab") ?? "timeline");
  const filter = z.enum(Object.keys(TIMELINE_FILTERS) as [TimelineFilter, ...TimelineFilter[]]).catch("all").parse(url.searchParams.get("show") ?? "all");
  const record = await domainCall(() => getAccountRecord(actor, accountId));
  const [counts, timeline, tabData, analytics] = await Promise.all([
    recordTabCounts(accountId),
    tab === "timeline" ? timelinePage(actor, accountId, { filter, cursor: url.searchParams.get("after") }) : null,
    tab === "timeline" ? null : recordTab(actor, accountId, tab),
    latestForAccount(accountId),
  ]);
  return {
    record,
    analytics,
    counts,
    tab,
    filter,
    timeline,
    tabData,
    after: url.searchParams.get("after"),
    contactId: url.searchParams.get("contact"),
    can: { tasks: can(actor, "tasks"), pipeline: can(actor, "pipeline"), edit: can(actor, "edit_accounts"), mailbox: can(actor, "admin") },
    timezone: actor.timezone,
    now: Date.now(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireStaffCan(request, "log_activity");
  const accountId = accountIdParam(params.id);
  const form = Object.fromEntries(await request.formData()) as Record<string, string>;
  const back = async (message: string, query = "") => redirect(`/desk/accounts/${accountId}${query}`, { headers: { "Set-Cookie": await flashHeader({ message }) } });
  try {
    if (form.intent === "task_done" || form.intent === "task_open") {
      if (!can(actor, "tasks")) throw new Response("Tasks are for account managers and admins.", { status: 403 });
      const taskId = z.string().uuid().safeParse(form.taskId);
      if (!taskId.success) throw new Response("Not found", { status: 404 });
      await setTaskDone(actor, taskId.data, form.intent === "task_done");
      return back(form.intent === "task_done" ? "Task done." : "Task reopened.", "?tab=tasks");
    }
    if (form.intent === "opportunity") {
      if (!can(actor, "pipeline")) throw new Response("The pipeline is for account managers and admins.", { status: 403 });
      const parsed = opportunitySchema.safeParse(form);
      if (!parsed.success) return data({ form: "opportunity" as const, errors: fieldErrorMap(parsed.error), values: form }, { status: 400 });
      await createOpportunity(actor, accountId, parsed.data);
      return back("Opportunity added.", "?tab=opportunities");
    }
    const parsed = logActivitySchema.safeParse(form);
    if (!parsed.success) return data({ form: "log" as const, errors: fieldErrorMap(parsed.error), values: form }, { status: 400 });
    const { taskId } = await logActivity(actor, accountId, parsed.data);
    return back(taskId ? "Logged, with a follow-up task." : "Logged.");
  } catch (error) {
    if (error instanceof DomainError && error.kind === "forbidden") return data({ form: "log" as const, errors: { followUpTitle: error.message } as Record<string, string>, values: form }, { status: 403 });
    if (error instanceof DomainError && error.kind !== "not_found") return data({ form: "log" as const, errors: { [error.field ?? "subject"]: error.message } as Record<string, string>, values: form }, { status: 400 });
    if (error instanceof DomainError) throw new Response(error.message, { status: 404 });
    throw error;
  }
}


const TAB_LABEL: Record<(typeof RECORD_TABS)[number], string> = { timeline: "Timeline", orders: "Orders", quotes: "Quotes", tickets: "Tickets", opportunities: "Opportunities", tasks: "Open tasks", notes: "Notes" };

export default function AccountRecord() {
  const { record, analytics, counts, tab, filter, timeline, tabData, after, contactId, can: allowed, timezone, now } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { account, figures } = record;
  const maxMonth = Math.max(1, ...record.revenueByMonth.map((m) => m.revenueCents));
  const creditUsed = account.creditLimitCents > 0 ? record.exposureCents / account.creditLimitCents : null;
  const base = `/desk/accounts/${account.id}`;
  const links = (item: TimelineEntry) => {
    if (item.entityType === "order" && item.entityRef) return `/desk/orders/${item.entityRef}`;
    if (item.entityType === "quote" && item.entityRef) return `/desk/quotes/${item.entityRef}`;
    if (item.entityType === "ticket" && item.entityRef) return `/desk/tickets/${item.entityRef}`;
    if (item.kind === "email_sent" && allowed.mailbox) return `/desk/admin/mailbox/${item.id}`;
    if (item.entityType === "opportunity" && allowed.pipeline) return "/desk/pipeline";
    return null;
  };
  return (
    <>
      <p className="mb-2 text-sm"><Link to="/desk/accounts" className="text-brand-700 hover:underline">← Customers</Link></p>
      <PageHeader
        eyebrow={`${account.number} · ${account.industry}${account.customerSince ? ` · customer since ${formatDate(account.customerSince)}` : ""}`}
        title={<span className="flex flex-wrap items-center gap-3">{account.name}<Badge tone={TIER[account.tier].tone}>{TIER[account.tier].label}</Badge>{account.status !== "active" ? <Badge tone="danger">{account.status.replace("_", " ")}</Badge> : null}</span>}
        description={<>Account manager: <strong className="font-medium text-slate-800">{record.ownerName ?? "nobody"}</strong> · {account.paymentTerms.replace("_", " ")}{account.poRequired ? " · PO required" : ""}{account.domain ? ` · ${account.domain}` : ""}</>}
        actions={allowed.edit ? <ButtonLink to={`${base}/edit`} variant="secondary">Edit account</ButtonLink> : undefined}
      />
      {analytics ? (
        <section aria-label="Analytics" className={cx("mb-4 flex flex-wrap items-center gap-x-6 gap-y-2 rounded-lg px-4 py-3 text-sm ring-1", analytics.churnRisk >= 0.6 ? "bg-red-50 ring-red-200" : analytics.churnRisk >= 0.3 ? "bg-amber-50 ring-amber-200" : "bg-white ring-slate-200")}>
          <span><span className="text-slate-500">Segment</span> <strong className="font-semibold text-slate-900">{SEGMENT_LABEL[analytics.segment]}</strong></span>
          <span><span className="text-slate-500">Lifecycle</span> <strong className="font-semibold text-slate-900">{LIFECYCLE_LABEL[analytics.lifecycleStage]}</strong></span>
          <span title="Recency, frequency, monetary scores, 1–5 by quintile"><span className="text-slate-500">RFM</span> <strong className="tabular font-semibold text-slate-900">{analytics.r ?? "–"}·{analytics.f ?? "–"}·{analytics.m ?? "–"}</strong></span>
          <span><span className="text-slate-500">Churn risk</span> <strong className="tabular font-semibold text-slate-900">{Math.round(analytics.churnRisk * 100)}%</strong></span>
          <span className="text-slate-700">{analytics.reasons.join("; ")}</span>
          <span className="ml-auto text-xs text-slate-500">as of {analytics.asOf} · {SEGMENT_ACTION[analytics.segment]}</span>
        </section>
      ) : null}
      <dl className="mb-6 grid grid-cols-2 gap-3 md:grid-cols-4 2xl:grid-cols-7">
        <Stat label="Revenue 12 mo" value={formatMoney(figures.revenue12mCents, account.currency)} />
        <Stat label="Average order" value={figures.averageOrderCents === null ? "—" : formatMoney(figures.averageOrderCents, account.currency)} />
        <Stat label="Orders / month" value={figures.ordersPerMonth.toFixed(1)} hint={`${figures.orders12m} in 12 months`} />
        <Stat label="Last order" value={figures.lastOrderAt ? formatRelative(figures.lastOrderAt, now) : "—"} hint={figures.lastOrderAt ? formatDate(figures.lastOrderAt, timezone) : undefined} />
        <Stat label="Credit used" value={creditUsed === null ? "No limit" : `${Math.round(creditUsed * 100)}%`} tone={creditUsed !== null && creditUsed > 0.9 ? "danger" : creditUsed !== null && creditUsed > 0.75 ? "warning" : undefined} hint={`${formatMoney(record.exposureCents, account.currency)} of ${account.creditLimitCents ? formatMoney(account.creditLimitCents, account.currency) : "—"}`} />
        <Stat label="Open tickets" value={figures.openTickets} tone={figures.openTickets ? "warning" : undefined} />
        <Stat label="CSAT 12 mo" value={figures.csat === null ? "—" : `${figures.csat.toFixed(1)} / 5`} hint={figures.ratings ? `${figures.ratings} ratings` : "No ratings"} />
      </dl>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-3">
        <div className="space-y-6 xl:col-span-2">
          <Card labelledBy="revenue-title">
            <CardHeader id="revenue-title" title="Revenue by month" description="Orders not cancelled or rejected, last 12 months." />
            <ol className="flex h-36 items-end gap-1.5 px-5 pb-2 pt-4" aria-label="Revenue by month">
              {record.revenueByMonth.map((m) => (
                <li key={m.month} className="flex h-full flex-1 flex-col justify-end" title={`${m.month}: ${formatMoney(m.revenueCents, account.currency)} (${m.orders} orders)`}>
                  <span className="sr-only">{m.month}: {formatMoney(m.revenueCents, account.currency)}</span>
                  <span className="block rounded-t bg-brand-600" style={{ height: `${Math.max(m.revenueCents ? 3 : 0, (100 * m.revenueCents) / maxMonth)}%` }} />
                </li>
              ))}
            </ol>
            <div className="flex gap-1.5 px-5 pb-4 text-[10px] text-slate-500" aria-hidden>
              {record.revenueByMonth.map((m) => <span key={m.month} className="flex-1 text-center">{new Date(`${m.month}-01T00:00:00Z`).toLocaleString("en-US", { month: "short", timeZone: "UTC" })}</span>)}
            </div>
          </Card>
          <Card>
            <nav aria-label="Record sections" className="flex gap-1 overflow-x-auto border-b border-slate-100 px-3 pt-2">
              {RECORD_TABS.map((t) => (
                <Link key={t} to={t === "timeline" ? base : `${base}?tab=${t}`} className={cx("whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium", tab === t ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900")} aria-current={tab === t ? "page" : undefined}>
                  {TAB_LABEL[t]}{t !== "timeline" ? <span className="tabular ml-1 text-slate-400">{counts[t]}</span> : null}
                </Link>
              ))}
            </nav>
            {tab === "timeline" && timeline ? (
              <>
                <div className="flex flex-wrap gap-1 px-5 pt-3" role="group" aria-label="Show">
                  {Object.entries(TIMELINE_FILTERS).map(([key, f]) => (
                    <Link key={key} to={key === "all" ? base : `${base}?show=${key}`} className={cx("rounded-full px-2.5 py-1 text-xs font-medium ring-1", filter === key ? "bg-slate-900 text-white ring-slate-900" : "text-slate-600 ring-slate-200 hover:bg-slate-50")}>{f.label}</Link>
                  ))}
                </div>
                {timeline.items.length ? <Timeline items={timeline.items} timezone={timezone} links={links} /> : <EmptyState title="Nothing here yet">Touchpoints appear as they happen.</EmptyState>}
                <div className="flex justify-between border-t border-slate-100 px-5 py-3 text-sm">
                  {after ? <Link to={filter === "all" ? base : `${base}?show=${filter}`} className="text-brand-700 hover:underline">← Newest</Link> : <span />}
                  {timeline.nextCursor ? <Link to={`${base}?${new URLSearchParams({ ...(filter === "all" ? {} : { show: filter }), after: timeline.nextCursor })}`} className="text-brand-700 hover:underline">Older →</Link> : <span className="text-slate-400">The beginning</span>}
                </div>
              </>
            ) : null}
            {tabData ? <TabContent tabData={tabData} timezone={timezone} canTasks={allowed.tasks} /> : null}
            {tab === "opportunities" && allowed.pipeline ? <NewOpportunity errors={actionData?.form === "opportunity" ? actionData.errors : {}} values={actionData?.form === "opportunity" ? actionData.values : {}} /> : null}
          </Card>
        </div>
        <div className="space-y-6">
          <LogForm contacts={record.contacts} contactId={contactId} canTasks={allowed.tasks} errors={actionData?.form === "log" ? actionData.errors : {}} values={actionData?.form === "log" ? actionData.values : {}} />
          <Card labelledBy="contacts-title">
            <CardHeader id="contacts-title" title={`Contacts (${record.contacts.length})`} action={allowed.edit ? <Link to={`${base}/contacts/new`} className="text-sm font-medium text-brand-700 hover:underline">Add contact</Link> : undefined} />
            <ul className="divide-y divide-slate-100">
              {record.contacts.map((c) => (
                <li key={c.id} className="px-5 py-3 text-sm">
                  <div className="flex items-start justify-between gap-2">
                    <p className="font-medium text-slate-900">{c.firstName} {c.lastName}{c.isPrimary ? <span className="ml-1.5 text-xs font-normal text-slate-500">(primary)</span> : null}</p>
                    <span className="flex gap-2 text-xs">
                      <Link to={`${base}?contact=${c.id}#log`} className="text-brand-700 hover:underline">Log</Link>
                      {allowed.edit ? <Link to={`${base}/contacts/${c.id}`} className="text-brand-700 hover:underline">Edit</Link> : null}
                    </span>
                  </div>
                  <p className="text-xs text-slate-500">{[c.jobTitle, c.email, c.phone].filter(Boolean).join(" · ")}</p>
                  <p className="mt-1 text-xs">
                    {c.hasLogin ? (
                      <><Badge tone={c.disabled ? "neutral" : "info"}>{c.disabled ? "Portal access off" : `Portal: ${c.portalRole}`}</Badge>{c.lastSignInAt ? <span className="ml-2 text-slate-500">last sign-in {formatRelative(c.lastSignInAt, now)}</span> : null}</>
                    ) : <span className="text-slate-400">No portal access</span>}
                  </p>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}

type TabData = NonNullable<Awaited<ReturnType<typeof recordTab>>>;

function TabContent({ tabData, timezone, canTasks }: { tabData: TabData; timezone: string; canTasks: boolean }) {
  if (!tabData.rows.length) return <EmptyState title="None yet" />;
  switch (tabData.tab) {
    case "orders":
      return (
        <Table caption="Orders">
          <HeadRow><Th>Order</Th><Th>Placed</Th><Th>Status</Th><Th className="text-right">Total</Th></HeadRow>
          <Body>{tabData.rows.map((o) => (
            <tr key={o.id}><Td><Link to={`/desk/orders/${o.number}`} className="font-medium text-brand-700 hover:underline">{o.number}</Link>{o.poNumber ? <span className="ml-2 text-xs text-slate-500">PO {o.poNumber}</span> : null}</Td><Td className="whitespace-nowrap text-slate-600">{formatDate(o.placedAt, timezone)}</Td><Td><Badge tone={ORDER_STATUS[o.status].tone}>{ORDER_STATUS[o.status].label}</Badge></Td><Td className="tabular text-right">{formatMoney(o.totalCents, o.currency)}</Td></tr>
          ))}</Body>
        </Table>
      );
    case "quotes":
      return (
        <Table caption="Quotes">
          <HeadRow><Th>Quote</Th><Th>Requested</Th><Th>Status</Th><Th className="text-right">Total</Th></HeadRow>
          <Body>{tabData.rows.map((q) => (
            <tr key={q.id}><Td><Link to={`/desk/quotes/${q.number}`} className="font-medium text-brand-700 hover:underline">{q.number}</Link></Td><Td className="whitespace-nowrap text-slate-600">{formatDate(q.createdAt, timezone)}</Td><Td><Badge tone={QUOTE_STATUS[q.status].tone}>{QUOTE_STATUS[q.status].label}</Badge></Td><Td className="tabular text-right">{q.totalCents ? formatMoney(q.totalCents, q.currency) : "—"}</Td></tr>
          ))}</Body>
        </Table>
      );
    case "tickets":
      return (
        <Table caption="Tickets">
          <HeadRow><Th>Ticket</Th><Th>Opened</Th><Th>Status</Th><Th>Priority</Th><Th className="text-right">Rating</Th></HeadRow>
          <Body>{tabData.rows.map((t) => (
            <tr key={t.id}><Td className="max-w-sm"><Link to={`/desk/tickets/${t.number}`} className="font-medium text-brand-700 hover:underline">#{t.number} {t.subject}</Link></Td><Td className="whitespace-nowrap text-slate-600">{formatDate(t.createdAt, timezone)}</Td><Td>{TICKET_STATUS_DESK[t.status]}</Td><Td><Badge tone={TICKET_PRIORITY[t.priority].tone}>{TICKET_PRIORITY[t.priority].label}</Badge></Td><Td className="tabular text-right">{t.rating ? `${t.rating}/5` : "—"}</Td></tr>
          ))}</Body>
        </Table>
      );
    case "opportunities":
      return (
        <Table caption="Opportunities">
          <HeadRow><Th>Opportunity</Th><Th>Stage</Th><Th className="text-right">Amount</Th><Th className="text-right">Probability</Th><Th>Expected close</Th><Th>Owner</Th></HeadRow>
          <Body>{tabData.rows.map((o) => (
            <tr key={o.id}><Td className="font-medium text-slate-900">{o.name}</Td><Td><Badge tone={o.stage === "won" ? "success" : o.stage === "lost" ? "neutral" : "info"}>{STAGE_LABEL[o.stage]}</Badge></Td><Td className="tabular text-right">{formatMoney(o.amountCents, o.currency)}</Td><Td className="tabular text-right">{o.probability}%</Td><Td className="whitespace-nowrap text-slate-600">{formatDate(o.expectedCloseDate)}</Td><Td className="text-slate-600">{o.ownerName ?? "—"}</Td></tr>
          ))}</Body>
        </Table>
      );
    case "tasks":
      return (
        <ul className="divide-y divide-slate-100">
          {tabData.rows.map((t) => {
            const overdue = t.status === "open" && t.dueAt && new Date(t.dueAt).getTime() < Date.now();
            return (
              <li key={t.id} className="flex items-start justify-between gap-3 px-5 py-3 text-sm">
                <div>
                  <p className={cx("font-medium", t.status === "done" ? "text-slate-400 line-through" : "text-slate-900")}>{t.title}</p>
                  <p className={cx("text-xs", overdue ? "font-medium text-red-700" : "text-slate-500")}>{t.dueAt ? `Due ${formatDateTime(t.dueAt, timezone)}` : "No due date"}{t.assigneeName ? ` · ${t.assigneeName}` : ""}{t.status === "done" && t.completedAt ? ` · done ${formatDate(t.completedAt, timezone)}` : ""}</p>
                </div>
                {canTasks && t.status !== "cancelled" ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value={t.status === "done" ? "task_open" : "task_done"} />
                    <input type="hidden" name="taskId" value={t.id} />
                    <Button type="submit" variant="ghost">{t.status === "done" ? "Reopen" : "Mark done"}</Button>
                  </Form>
                ) : null}
              </li>
            );
          })}
        </ul>
      );
    case "notes":
      return (
        <ul className="divide-y divide-slate-100">
          {tabData.rows.map((n) => (
            <li key={n.id} className="px-5 py-3 text-sm"><p className="font-medium text-slate-900">{n.subject}</p>{n.body ? <p className="mt-1 whitespace-pre-wrap text-slate-700">{n.body}</p> : null}<p className="mt-1 text-xs text-slate-500">{formatDateTime(n.occurredAt, timezone)}{n.authorName ? ` · ${n.authorName}` : ""}</p></li>
          ))}
        </ul>
      );
  }
  return null;
}

function LogForm({ contacts, contactId, canTasks, errors, values }: { contacts: { id: string; firstName: string; lastName: string }[]; contactId: string | null; canTasks: boolean; errors: Record<string, string>; values: Record<string, string> }) {
  const navigation = useNavigation();
  return (
    <Card labelledBy="log-title">
      <CardHeader id="log-title" title="Log a call, meeting or note" />
      <Form method="post" id="log" className="space-y-3 px-5 py-4" noValidate>
        <input type="hidden" name="intent" value="log" />
        {errors.form ? <FormAlert errors={[errors.form]} /> : null}
        <fieldset>
          <legend className="sr-only">Kind</legend>
          <div className="flex flex-wrap gap-2">
            {(["call", "meeting", "note", "email"] as const).map((t) => (
              <label key={t} className="flex cursor-pointer items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-500">
                <input type="radio" name="type" value={t} defaultChecked={(values.type ?? "call") === t} className="sr-only" />
                {{ call: "Call", meeting: "Meeting", note: "Note", email: "E-mail" }[t]}
              </label>
            ))}
          </div>
        </fieldset>
        <Field label="Subject" errors={errors.subject ? [errors.subject] : null} inputProps={{ id: "log-subject", name: "subject", defaultValue: values.subject ?? "", maxLength: 200, placeholder: "e.g. Quarterly review with purchasing" }} />
        <div>
          <label htmlFor="log-body" className="block text-sm font-medium text-slate-800">What was said (optional)</label>
          <textarea id="log-body" name="body" rows={3} maxLength={10000} defaultValue={values.body ?? ""} className={cx(inputClass, "mt-1.5")} />
        </div>
        <div className="grid grid-cols-3 gap-3">
          <div className="col-span-2">
            <label htmlFor="log-contact" className="block text-sm font-medium text-slate-800">With</label>
            <select id="log-contact" name="contactId" defaultValue={values.contactId ?? contactId ?? ""} className={cx(inputClass, "mt-1.5")}>
              <option value="">—</option>
              {contacts.map((c) => <option key={c.id} value={c.id}>{c.firstName} {c.lastName}</option>)}
            </select>
            <FieldErrors errors={errors.contactId ? [errors.contactId] : null} />
          </div>
          <Field label="Minutes" errors={errors.durationMinutes ? [errors.durationMinutes] : null} inputProps={{ id: "log-minutes", name: "durationMinutes", inputMode: "numeric", defaultValue: values.durationMinutes ?? "" }} />
        </div>
        {canTasks ? (
          <fieldset className="rounded-md bg-slate-50 p-3">
            <legend className="sr-only">Follow-up task</legend>
            <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Follow-up task (optional)</p>
            <div className="mt-2 grid grid-cols-3 gap-3">
              <div className="col-span-2"><Field label="Task" errors={errors.followUpTitle ? [errors.followUpTitle] : null} inputProps={{ id: "log-task", name: "followUpTitle", defaultValue: values.followUpTitle ?? "", maxLength: 200, placeholder: "e.g. Send revised price list" }} /></div>
              <Field label="Due" errors={errors.followUpDue ? [errors.followUpDue] : null} inputProps={{ id: "log-due", name: "followUpDue", type: "date", defaultValue: values.followUpDue ?? "" }} />
            </div>
          </fieldset>
        ) : null}
        <Button type="submit" pending={navigation.formData?.get("intent") === "log"} pendingText="Saving…">Log it</Button>
      </Form>
    </Card>
  );
}

function NewOpportunity({ errors, values }: { errors: Record<string, string>; values: Record<string, string> }) {
  return (
    <details className="border-t border-slate-100 px-5 py-4" open={Object.keys(errors).length > 0}>
      <summary className="cursor-pointer text-sm font-medium text-brand-700">New opportunity</summary>
      <Form method="post" className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-4" noValidate>
        <input type="hidden" name="intent" value="opportunity" />
        <div className="sm:col-span-2"><Field label="Name" errors={errors.name ? [errors.name] : null} inputProps={{ id: "op-name", name: "name", defaultValue: values.name ?? "", maxLength: 160 }} /></div>
        <Field label="Amount (USD)" errors={errors.amount ? [errors.amount] : null} inputProps={{ id: "op-amount", name: "amount", inputMode: "decimal", defaultValue: values.amount ?? "" }} />
        <Field label="Expected close" errors={errors.expectedCloseDate ? [errors.expectedCloseDate] : null} inputProps={{ id: "op-close", name: "expectedCloseDate", type: "date", defaultValue: values.expectedCloseDate ?? "" }} />
        <div className="sm:col-span-4"><Button type="submit" variant="secondary">Add opportunity</Button></div>
      </Form>
    </details>
  );
}
