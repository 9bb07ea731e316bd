import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { can } from "~/auth/actor";
import { requireStaffCan } from "~/auth/guards.server";
import { accountListOptions, listAccounts } from "~/domain/crm/accounts.server";
import { ACCOUNT_TIERS, accountListSchema } from "~/domain/crm/crm.schema";
import { Badge } from "~/ui/badge";
import { Button, ButtonLink } from "~/ui/button";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { inputClass } from "~/ui/field";
import { FilterSelect, withParams } from "~/ui/filters";
import { formatDate, formatMoney, formatNumber } from "~/ui/format";
import { TIER } from "~/ui/status";
import { SEGMENT_LABEL, STAGE_LABEL } from "~/domain/analytics/config";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Customers · Accord desk" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "records");
  const url = new URL(request.url);
  const filter = accountListSchema.parse(Object.fromEntries([...url.searchParams].filter(([, v]) => v !== "")));
  const [list, options] = await Promise.all([listAccounts(actor, filter), accountListOptions()]);
  return { ...list, filter, options, query: url.search, canEdit: can(actor, "edit_accounts"), timezone: actor.timezone };
}

const COLUMNS = [
  ["name", "Customer", "text-left"],
  ["revenue", "Revenue 12 mo", "text-right"],
  ["last_order", "Last order", "text-right"],
  ["open_tickets", "Open tickets", "text-right"],
  ["risk", "Churn risk", "text-right"],
] as const;

export default function Accounts() {
  const { accounts, total, page, pages, filter, options, query, canEdit, timezone } = useLoaderData<typeof loader>();
  const current = { ...filter, page: undefined };
  const { sort: _s, dir: _d, page: _p, ...narrowing } = filter;
  const filtered = Object.values(narrowing).some((v) => v !== undefined);
  return (
    <>
      <PageHeader
        title="Customers"
        description={`${formatNumber(total)} account${total === 1 ? "" : "s"}${filtered ? " match these filters" : ""}.`}
        actions={
          <div className="flex gap-2">
            <a href={`/desk/accounts.csv${query}`} className="inline-flex items-center rounded-md px-3 py-2 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50" download>Export CSV</a>
            {canEdit ? <ButtonLink to="/desk/imports" variant="secondary">Import CSV</ButtonLink> : null}
            {canEdit ? <ButtonLink to="/desk/accounts/new" variant="primary">New account</ButtonLink> : null}
          </div>
        }
      />
      <Form method="get" className="mb-4 flex flex-wrap items-end gap-2 rounded-lg bg-white p-3 ring-1 ring-slate-200" aria-label="Filter customers">
        <input type="hidden" name="sort" value={filter.sort} />
        <input type="hidden" name="dir" value={filter.dir} />
        <div className="w-56">
          <label htmlFor="a-q" className="block text-xs font-medium text-slate-600">Name, number or domain</label>
          <input id="a-q" name="q" type="search" defaultValue={filter.q ?? ""} className={cx(inputClass, "mt-1")} />
        </div>
        <FilterSelect id="a-tier" name="tier" label="Tier" value={filter.tier} options={ACCOUNT_TIERS.map((t) => [t, TIER[t].label])} />
        <FilterSelect id="a-owner" name="owner" label="Account manager" value={filter.owner} className="w-44" options={[["me", "Mine"], ["none", "Nobody"], ...options.owners.map((o) => [o.id, o.name] as const)]} />
        <FilterSelect id="a-industry" name="industry" label="Industry" value={filter.industry} className="w-48" options={options.industries.map((i) => [i, i] as const)} />
        <FilterSelect id="a-segment" name="segment" label="Segment" value={filter.segment} options={Object.entries(SEGMENT_LABEL)} />
        <FilterSelect id="a-stage" name="stage" label="Lifecycle" value={filter.stage} options={Object.entries(STAGE_LABEL)} />
        <label className="flex items-center gap-2 pb-2 text-sm text-slate-700"><input type="checkbox" name="openTickets" value="yes" defaultChecked={!!filter.openTickets} className="h-4 w-4 rounded border-slate-300" /> Open tickets</label>
        <label className="flex items-center gap-2 pb-2 text-sm text-slate-700"><input type="checkbox" name="overdueTasks" value="yes" defaultChecked={!!filter.overdueTasks} className="h-4 w-4 rounded border-slate-300" /> Overdue tasks</label>
        <Button type="submit" variant="secondary">Apply</Button>
        {filtered ? <Link to={withParams({}, { sort: filter.sort, dir: filter.dir })} className="pb-2 text-sm text-brand-700 hover:underline">Clear</Link> : null}
      </Form>
      <Card>
        {accounts.length ? (
          <Table caption="Customers">
            <HeadRow>
              {COLUMNS.map(([key, label, align]) => {
                const active = filter.sort === key;
                const nextDir = active && filter.dir === "desc" ? "asc" : active ? "desc" : key === "name" ? "asc" : "desc";
                return (
                  <Th key={key} className={align} aria-sort={active ? (filter.dir === "asc" ? "ascending" : "descending") : undefined}>
                    <Link to={withParams(current, { sort: key, dir: nextDir })} className={cx("hover:text-slate-900", active && "text-slate-900")}>
                      {label} {active ? (filter.dir === "asc" ? "↑" : "↓") : ""}
                    </Link>
                  </Th>
                );
              })}
              <Th>Account manager</Th>
            </HeadRow>
            <Body>
              {accounts.map((a) => (
                <tr key={a.id} className="hover:bg-slate-50">
                  <Td>
                    <Link to={`/desk/accounts/${a.id}`} className="font-medium text-brand-700 hover:underline">{a.name}</Link> <Badge tone={TIER[a.tier].tone}>{TIER[a.tier].label}</Badge>
                    <p className="text-xs text-slate-500">{a.number} · {a.industry}{a.status !== "active" ? ` · ${a.status.replace("_", " ")}` : ""}</p>
                  </Td>
                  <Td className="tabular text-right">{formatMoney(a.revenue12mCents)}</Td>
                  <Td className="tabular whitespace-nowrap text-right text-slate-700">{a.lastOrderAt ? formatDate(a.lastOrderAt, timezone) : "—"}</Td>
                  <Td className={cx("tabular text-right", a.openTickets ? "font-medium text-slate-900" : "text-slate-400")}>{a.openTickets}</Td>
                  <Td className="whitespace-nowrap text-right">
                    {a.churnRisk === null ? <span className="text-slate-400">—</span> : <span className={cx("tabular font-medium", a.churnRisk >= 0.6 ? "text-red-700" : a.churnRisk >= 0.3 ? "text-amber-700" : "text-slate-700")}>{Math.round(a.churnRisk * 100)}%</span>}
                    {a.segment ? <span className="block text-xs text-slate-500">{SEGMENT_LABEL[a.segment]}{a.lifecycleStage ? ` · ${STAGE_LABEL[a.lifecycleStage]}` : ""}</span> : null}
                  </Td>
                  <Td className="whitespace-nowrap text-slate-600">{a.ownerName ?? "—"}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : (
          <EmptyState title="No customer matches">Loosen a filter or clear them.</EmptyState>
        )}
      </Card>
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center justify-between text-sm">
          {page > 1 ? <Link to={withParams(current, { page: page - 1 })} className="text-brand-700 hover:underline">← Previous</Link> : <span />}
          <span className="text-slate-500">Page {page} of {pages}</span>
          {page < pages ? <Link to={withParams(current, { page: page + 1 })} className="text-brand-700 hover:underline">Next →</Link> : <span />}
        </nav>
      ) : null}
    </>
  );
}
