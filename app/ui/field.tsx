import type { InputHTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";

export const inputClass =
  "block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:ring-brand-600 aria-[invalid=true]:ring-red-500";

/** Label above, help under, errors under that — in words a buyer understands. */
export function Field({
  label,
  help,
  errors,
  errorId,
  inputProps,
  labelAside,
}: {
  label: string;
  help?: ReactNode;
  errors?: string[] | null;
  errorId?: string;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { id: string };
  labelAside?: ReactNode;
}) {
  const id = inputProps.id;
  const errorElementId = errorId ?? `${id}-error`;
  const helpId = help ? `${id}-help` : undefined;
  const hasErrors = Boolean(errors?.length);
  return (
    <div>
      <div className="flex items-baseline justify-between">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        {labelAside}
      </div>
      <div className="mt-1.5">
        <input
          {...inputProps}
          className={cx(inputClass, inputProps.className)}
          aria-invalid={hasErrors || undefined}
          aria-describedby={[hasErrors ? errorElementId : null, helpId].filter(Boolean).join(" ") || undefined}
        />
      </div>
      {help ? (
        <p id={helpId} className="mt-1.5 text-xs text-slate-500">
          {help}
        </p>
      ) : null}
      <FieldErrors id={errorElementId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors?: string[] | null }) {
  if (!errors?.length) return null;
  return (
    <ul id={id} className="mt-1.5 space-y-0.5 text-sm text-red-700">
      {errors.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/** A message about the whole form (e.g. wrong password), announced to screen readers. */
export function FormAlert({ id, errors, tone = "error" }: { id?: string; errors?: string[] | null; tone?: "error" | "success" }) {
  if (!errors?.length) return null;
  return (
    <div
      id={id}
      role={tone === "error" ? "alert" : "status"}
      className={cx(
        "rounded-md px-3 py-2.5 text-sm",
        tone === "error" ? "bg-red-50 text-red-800 ring-1 ring-inset ring-red-200" : "bg-emerald-50 text-emerald-800 ring-1 ring-inset ring-emerald-200",
      )}
    >
      {errors.map((e) => (
        <p key={e}>{e}</p>
      ))}
    </div>
  );
}
