import { cx } from "./cx";
import { inputClass } from "./field";

/** A labelled select for GET filter bars; the empty choice means "any". */
export function FilterSelect({ id, name, label, value, options, anyLabel = "Any", className = "w-36" }: { id: string; name: string; label: string; value: string | undefined | null; options: readonly (readonly [string, string])[]; anyLabel?: string; className?: string }) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""} className={cx(inputClass, "mt-1")}>
        <option value="">{anyLabel}</option>
        {options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </div>
  );
}

/** The query string of the current filters with some keys replaced (undefined removes a key). */
export function withParams(current: Record<string, unknown>, changes: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...current, ...changes })) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  return `?${params}`;
}
