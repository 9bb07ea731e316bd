import { formatMoney } from "./format";

/** The customer's own price, with the list price struck through when theirs is lower. */
export function Price({ unitPriceCents, listPriceCents, currency, unit, size = "md" }: { unitPriceCents: number; listPriceCents: number; currency: string; unit?: string; size?: "md" | "lg" }) {
  const lower = unitPriceCents < listPriceCents;
  return (
    <div className="tabular text-right">
      <p className={size === "lg" ? "text-2xl font-semibold text-slate-900" : "font-semibold text-slate-900"}>
        {formatMoney(unitPriceCents, currency)}
        {unit ? <span className="ml-1 text-xs font-normal text-slate-500">/ {unit}</span> : null}
      </p>
      {lower ? (
        <p className="text-xs text-slate-500">
          <span className="sr-only">List price </span>
          <s>{formatMoney(listPriceCents, currency)}</s>
          <span className="ml-1 text-emerald-700">−{Math.round((1 - unitPriceCents / listPriceCents) * 100)} %</span>
        </p>
      ) : null}
    </div>
  );
}
