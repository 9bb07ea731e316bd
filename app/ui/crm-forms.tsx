import { Form, Link, useNavigation } from "@remix-run/react";
import { Button } from "./button";
import { Card, CardHeader } from "./card";
import { cx } from "./cx";
import { Field, FieldErrors, FormAlert, inputClass } from "./field";

type Duplicate = { kind: "account" | "contact"; id: string; accountId: string; label: string; reason: string };

/** "This may already exist": the matches, and a way to save anyway. */
export function DuplicateWarning({ duplicates }: { duplicates: Duplicate[] }) {
  if (!duplicates.length) return null;
  return (
    <div role="alert" className="rounded-md bg-amber-50 p-4 text-sm text-amber-900 ring-1 ring-inset ring-amber-200">
      <p className="font-medium">This may already exist:</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link to={`/desk/accounts/${d.accountId}`} className="font-medium underline">{d.label}</Link> — {d.reason}
          </li>
        ))}
      </ul>
      <label className="mt-3 flex items-center gap-2">
        <input type="checkbox" name="confirmDuplicate" value="yes" className="h-4 w-4 rounded border-amber-400" /> It is a different one — save anyway
      </label>
    </div>
  );
}

type Values = Record<string, string | number | boolean | Date | null | undefined>;
const v = (values: Values, key: string) => (values[key] === null || values[key] === undefined ? "" : String(values[key]));

export function AccountForm({ title, values, errors, duplicates, owners, submitLabel }: { title: string; values: Values; errors: Record<string, string>; duplicates: Duplicate[]; owners: { id: string; name: string }[]; submitLabel: string }) {
  const navigation = useNavigation();
  return (
    <Card labelledBy="account-form-title" className="max-w-3xl">
      <CardHeader id="account-form-title" title={title} />
      <Form method="post" className="space-y-4 px-5 py-5" noValidate>
        {errors.form ? <FormAlert errors={[errors.form]} /> : null}
        <DuplicateWarning duplicates={duplicates} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field label="Company name" errors={errors.name ? [errors.name] : null} inputProps={{ id: "name", name: "name", defaultValue: v(values, "name"), maxLength: 160 }} />
          <Field label="Web domain" help="Used to spot duplicates, e.g. acme.example" errors={errors.domain ? [errors.domain] : null} inputProps={{ id: "domain", name: "domain", defaultValue: v(values, "domain"), maxLength: 120 }} />
          <Field label="Industry" errors={errors.industry ? [errors.industry] : null} inputProps={{ id: "industry", name: "industry", defaultValue: v(values, "industry"), maxLength: 80 }} />
          <Select id="tier" label="Contract tier" value={v(values, "tier") || "bronze"} options={[["platinum", "Platinum"], ["gold", "Gold"], ["silver", "Silver"], ["bronze", "Bronze"]]} error={errors.tier} />
          <Select id="ownerId" label="Account manager" value={v(values, "ownerId")} options={[["", "Nobody yet"], ...owners.map((o) => [o.id, o.name] as [string, string])]} error={errors.ownerId} />
          <Select id="status" label="Status" value={v(values, "status") || "active"} options={[["active", "Active"], ["on_hold", "On hold"], ["closed", "Closed"]]} error={errors.status} />
          <Field label="Credit limit (USD)" help="0 means no limit." errors={errors.creditLimit ? [errors.creditLimit] : null} inputProps={{ id: "creditLimit", name: "creditLimit", inputMode: "decimal", defaultValue: v(values, "creditLimit") || "0" }} />
          <Select id="paymentTerms" label="Payment terms" value={v(values, "paymentTerms") || "net_30"} options={[["prepaid", "Prepaid"], ["net_15", "Net 15"], ["net_30", "Net 30"], ["net_45", "Net 45"], ["net_60", "Net 60"]]} error={errors.paymentTerms} />
          <Field label="Phone" errors={errors.phone ? [errors.phone] : null} inputProps={{ id: "phone", name: "phone", defaultValue: v(values, "phone"), maxLength: 40 }} />
          <Field label="Website" errors={errors.website ? [errors.website] : null} inputProps={{ id: "website", name: "website", defaultValue: v(values, "website"), maxLength: 200 }} />
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-700"><input type="checkbox" name="poRequired" defaultChecked={values.poRequired === true || values.poRequired === "on"} className="h-4 w-4 rounded border-slate-300" /> Orders need a PO number</label>
        <div>
          <label htmlFor="notes" className="block text-sm font-medium text-slate-800">Notes</label>
          <textarea id="notes" name="notes" rows={3} maxLength={5000} defaultValue={v(values, "notes")} className={cx(inputClass, "mt-1.5")} />
        </div>
        <Button type="submit" pending={navigation.state === "submitting"} pendingText="Saving…">{submitLabel}</Button>
      </Form>
    </Card>
  );
}

export function ContactForm({ title, values, errors, duplicates, submitLabel }: { title: string; values: Values; errors: Record<string, string>; duplicates: Duplicate[]; submitLabel: string }) {
  const navigation = useNavigation();
  return (
    <Card labelledBy="contact-form-title" className="max-w-2xl">
      <CardHeader id="contact-form-title" title={title} />
      <Form method="post" className="space-y-4 px-5 py-5" noValidate>
        {errors.form ? <FormAlert errors={[errors.form]} /> : null}
        <DuplicateWarning duplicates={duplicates} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          <Field label="First name" errors={errors.firstName ? [errors.firstName] : null} inputProps={{ id: "firstName", name: "firstName", defaultValue: v(values, "firstName"), maxLength: 80 }} />
          <Field label="Last name" errors={errors.lastName ? [errors.lastName] : null} inputProps={{ id: "lastName", name: "lastName", defaultValue: v(values, "lastName"), maxLength: 80 }} />
          <Field label="E-mail" errors={errors.email ? [errors.email] : null} inputProps={{ id: "email", name: "email", type: "email", defaultValue: v(values, "email"), maxLength: 200 }} />
          <Field label="Phone" errors={errors.phone ? [errors.phone] : null} inputProps={{ id: "phone", name: "phone", defaultValue: v(values, "phone"), maxLength: 40 }} />
          <Field label="Job title" errors={errors.jobTitle ? [errors.jobTitle] : null} inputProps={{ id: "jobTitle", name: "jobTitle", defaultValue: v(values, "jobTitle"), maxLength: 120 }} />
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-700"><input type="checkbox" name="isPrimary" defaultChecked={values.isPrimary === true || values.isPrimary === "on"} className="h-4 w-4 rounded border-slate-300" /> Primary contact</label>
        <p className="text-xs text-slate-500">Portal access is given by the customer's own portal admin (Colleagues), so they stay in charge of who orders for them.</p>
        <Button type="submit" pending={navigation.state === "submitting"} pendingText="Saving…">{submitLabel}</Button>
      </Form>
    </Card>
  );
}

function Select({ id, label, value, options, error }: { id: string; label: string; value: string; options: [string, string][]; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <select id={id} name={id} defaultValue={value} className={cx(inputClass, "mt-1.5")}>
        {options.map(([val, text]) => <option key={val} value={val}>{text}</option>)}
      </select>
      <FieldErrors errors={error ? [error] : null} />
    </div>
  );
}
