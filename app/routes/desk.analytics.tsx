import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { flashHeader } from "~/auth/flash.server";
import { requireStaffCan } from "~/auth/guards.server";
import { today } from "~/domain/analytics/analytics.server";
import { SEGMENT_ACTION, SEGMENT_LABEL, STAGE_LABEL } from "~/domain/analytics/config";
import { analyticsDashboard } from "~/domain/analytics/dashboard.server";
import { serviceFigures } from "~/domain/support/service-figures.server";
import { formatDuration } from "~/ui/format";
import { enqueueAnalytics } from "~/domain/analytics/jobs.server";
import { Badge } from "~/ui/badge";
import { Button } from "~/ui/button";
import { Card, CardHeader, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { inputClass } from "~/ui/field";
import { formatMoney } from "~/ui/format";
import { TIER } from "~/ui/status";
import { Body, HeadRow, Table, Td, Th } from "~/ui/table";

export const meta: MetaFunction = () => [{ title: "Analytics · Accord desk" }];

const asOfParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(d)));

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireStaffCan(request, "records");
  const parsed = asOfParam.safeParse(new URL(request.url).searchParams.get("asOf"));
  const asOf = parsed.success ? parsed.data : today();
  const [dashboard, service] = await Promise.all([analyticsDashboard(actor, asOf), serviceFigures(actor, "30d")]);
  return { ...dashboard, service: service.figures.find((f) => f.tier === "all")! };
}

export async function action({ request }: ActionFunctionArgs) {
  await requireStaffCan(request, "pipeline");
  await enqueueAnalytics(today());
  return redirect("/desk/analytics", { headers: { "Set-Cookie": await flashHeader({ message: "Recomputing today's analytics; refresh in a moment." }) } });
}

const SEGMENT_COLOR = { most_valuable: "bg-emerald-500", growth: "bg-sky-500", at_risk: "bg-red-500", transactional: "bg-slate-400", inactive: "bg-slate-200" } as const;
const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);

export default function Analytics() {
  const d = useLoaderData<typeof loader>();
  const maxRevenue = Math.max(1, ...d.segments.map((s) => s.revenueCents));
  const maxActive = Math.max(1, ...d.retention.map((r) => r.active));
  const points = d.pareto.curve.map((p) => `${(p.accounts * 300).toFixed(1)},${(150 - p.revenue * 150).toFixed(1)}`).join(" ");
  return (
    <>
      <PageHeader
        title="Analytics"
        description={`Who matters, who is slipping away, and what to do — from orders and tickets, as of ${d.asOf}.`}
        actions={
          <div className="flex items-end gap-2">
            <Form method="get" className="flex items-end gap-2">
              <div className="w-40"><label htmlFor="asOf" className="block text-xs font-medium text-slate-600">As of</label><input id="asOf" name="asOf" type="date" defaultValue={d.asOf} className={cx(inputClass, "mt-1")} /></div>
              <Button type="submit" variant="secondary">Show</Button>
            </Form>
            <Form method="post"><Button type="submit" variant="ghost">Recompute today</Button></Form>
          </div>
        }
      />
      <Card labelledBy="service-title" className="mb-6">
        <CardHeader id="service-title" title="Service, last 30 days" action={<Link to="/desk/service" className="text-sm font-medium text-brand-700 hover:underline">Service figures</Link>} />
        <dl className="grid grid-cols-2 gap-4 px-5 py-4 text-sm md:grid-cols-6">
          {[
            ["Tickets raised", String(d.service.created)],
            ["First response (median)", formatDuration(d.service.firstResponseMedianMinutes)],
            ["Resolution (median)", formatDuration(d.service.resolutionMedianMinutes)],
            ["First response in SLA", pct(d.service.firstResponseAttainment)],
            ["CSAT", d.service.csatAverage === null ? "—" : `${d.service.csatAverage.toFixed(1)} / 5`],
            ["Deflection rate", pct(d.service.deflectionRate)],
          ].map(([label, value]) => (
            <div key={label}><dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt><dd className="tabular mt-0.5 text-lg font-semibold text-slate-900">{value}</dd></div>
          ))}
        </dl>
      </Card>
      <div className="mb-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card labelledBy="segments-title">
          <CardHeader id="segments-title" title="Value segments" description="Accounts and 12-month revenue per segment." action={<a href={`/desk/analytics.csv?asOf=${d.asOf}`} className="text-sm font-medium text-brand-700 hover:underline">CSV</a>} />
          <ul className="space-y-3 px-5 py-4" aria-label="Segments">
            {d.segments.map((s) => (
              <li key={s.segment}>
                <div className="flex items-baseline justify-between text-sm">
                  <Link to={`/desk/accounts?segment=${s.segment}`} className="font-medium text-slate-900 hover:underline">{SEGMENT_LABEL[s.segment]}</Link>
                  <span className="tabular text-slate-600">{s.accounts} accounts · {formatMoney(s.revenueCents)}</span>
                </div>
                <div className="mt-1 h-3 rounded bg-slate-100"><div className={cx("h-3 rounded", SEGMENT_COLOR[s.segment])} style={{ width: `${(100 * s.revenueCents) / maxRevenue}%` }} /></div>
                <p className="mt-0.5 text-xs text-slate-500">{SEGMENT_ACTION[s.segment]}</p>
              </li>
            ))}
          </ul>
        </Card>
        <Card labelledBy="pareto-title">
          <CardHeader id="pareto-title" title="Revenue concentration (Pareto)" description={`The top 20% of ${d.pareto.accounts} buying accounts bring ${pct(d.pareto.top20Share)} of 12-month revenue.`} />
          <div className="px-5 py-4">
            <svg viewBox="0 0 300 150" className="h-48 w-full" role="img" aria-label={`Pareto curve: top 20% of accounts bring ${pct(d.pareto.top20Share)} of revenue`}>
              <rect x="0" y="0" width="300" height="150" fill="#f8fafc" />
              <line x1="60" y1="0" x2="60" y2="150" stroke="#cbd5e1" strokeDasharray="4 3" />
              <line x1="0" y1="150" x2="300" y2="0" stroke="#e2e8f0" />
              <polyline points={`0,150 ${points}`} fill="none" stroke="#1d55eb" strokeWidth="2.5" />
            </svg>
            <p className="mt-1 flex justify-between text-xs text-slate-500"><span>0% of accounts</span><span>20%</span><span>100%</span></p>
            {d.pareto.profit ? (
              <p className="mt-3 text-sm text-slate-700">
                Profit after product cost and {formatMoney(d.costPerTicketCents)} per ticket: {formatMoney(d.pareto.profit.totalCents)} in total.{" "}
                {d.pareto.profit.unprofitable ? <>It peaks at {formatMoney(d.pareto.profit.peakCents)} before the {d.pareto.profit.unprofitable} unprofitable accounts take back {formatMoney(-d.pareto.profit.unprofitableCents)}.</> : "No account is unprofitable at these costs."}
              </p>
            ) : <p className="mt-3 text-sm text-slate-500">Profit per account appears once product costs are set.</p>}
          </div>
        </Card>
      </div>
      <Card labelledBy="worklist-title" className="mb-6">
        <CardHeader id="worklist-title" title="Churn-risk worklist" description="High contribution but likely to leave first: 12-month revenue × churn risk." action={<a href={`/desk/analytics.csv?asOf=${d.asOf}`} className="text-sm font-medium text-brand-700 hover:underline">CSV (all accounts, by value × risk)</a>} />
        {d.worklist.length ? (
          <Table caption="Churn-risk worklist">
            <HeadRow><Th>Account</Th><Th>Segment</Th><Th>Stage</Th><Th className="text-right">Revenue 12 mo</Th><Th className="text-right">Risk</Th><Th>Why</Th><Th>Manager</Th></HeadRow>
            <Body>
              {d.worklist.slice(0, 20).map((w) => (
                <tr key={w.accountId}>
                  <Td><Link to={`/desk/accounts/${w.accountId}`} className="font-medium text-brand-700 hover:underline">{w.name}</Link> {w.tier ? <Badge tone={TIER[w.tier].tone}>{TIER[w.tier].label}</Badge> : null}</Td>
                  <Td>{SEGMENT_LABEL[w.segment]}</Td>
                  <Td>{STAGE_LABEL[w.lifecycleStage]}</Td>
                  <Td className="tabular text-right">{formatMoney(w.monetaryCents)}</Td>
                  <Td className={cx("tabular text-right font-medium", w.churnRisk >= 0.6 ? "text-red-700" : w.churnRisk >= 0.3 ? "text-amber-700" : "text-slate-700")}>{Math.round(w.churnRisk * 100)}%</Td>
                  <Td className="max-w-sm text-xs text-slate-600">{w.reasons.join("; ")}</Td>
                  <Td className="whitespace-nowrap text-slate-600">{w.owner ?? "—"}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        ) : <EmptyState title="Nobody is slipping away" />}
      </Card>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <Card labelledBy="retention-title">
          <CardHeader id="retention-title" title="Retention by month" description="Active accounts (bar), new, retained from the month before, and revenue per active account." action={<a href={`/desk/analytics.csv?asOf=${d.asOf}&list=retention`} className="text-sm font-medium text-brand-700 hover:underline">CSV</a>} />
          <Table caption="Retention by month">
            <HeadRow><Th>Month</Th><Th>Active</Th><Th className="text-right">New</Th><Th className="text-right">Retained</Th><Th className="text-right">Retention</Th><Th className="text-right">Revenue / account</Th></HeadRow>
            <Body>
              {d.retention.map((r) => (
                <tr key={r.month}>
                  <Td className="tabular whitespace-nowrap">{r.month}</Td>
                  <Td className="w-40"><span className="flex items-center gap-2"><span className="h-2 rounded bg-brand-500" style={{ width: `${(100 * r.active) / maxActive}%` }} /><span className="tabular text-xs">{r.active}</span></span></Td>
                  <Td className="tabular text-right">{r.new}</Td>
                  <Td className="tabular text-right">{r.retained}</Td>
                  <Td className="tabular text-right">{pct(r.retentionRate)}</Td>
                  <Td className="tabular text-right">{formatMoney(r.revenuePerAccountCents)}</Td>
                </tr>
              ))}
            </Body>
          </Table>
        </Card>
        <Card labelledBy="matrix-title">
          <CardHeader id="matrix-title" title="Value × loyalty" description="Value: M score 4–5. Loyalty: formation or stability, revenue not falling." />
          <div className="grid grid-cols-2 gap-3 px-5 py-4" role="table" aria-label="Value by loyalty matrix">
            {d.matrix.map((c) => (
              <div key={c.key} role="cell" className={cx("rounded-md p-3 ring-1", c.key === "high_high" ? "bg-emerald-50 ring-emerald-200" : c.key === "high_low" ? "bg-amber-50 ring-amber-200" : c.key === "low_high" ? "bg-sky-50 ring-sky-200" : "bg-slate-50 ring-slate-200")}>
                <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{c.key.startsWith("high") ? "High value" : "Lower value"} · {c.key.endsWith("high") ? "loyal" : "not yet loyal"}</p>
                <p className="mt-1 font-semibold text-slate-900">{c.title} <span className="tabular text-sm font-normal text-slate-600">· {c.accounts} accounts · {formatMoney(c.revenueCents)}</span></p>
                <p className="mt-1 text-xs text-slate-600">{c.action}</p>
              </div>
            ))}
          </div>
        </Card>
      </div>
    </>
  );
}
