import { Form, useFetcher, useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { Button } from "./button";
import { Card, CardHeader } from "./card";
import { cx } from "./cx";
import { Field, FieldErrors, inputClass } from "./field";

export type ArticleValues = { title: string; slug: string; summary: string; body: string; categorySlug: string; tags: string; status: string; visibility: string };

const VISIBILITY = [
  ["public", "Public — anyone, also without signing in"],
  ["customers", "Customers — signed-in customers and staff"],
  ["internal", "Internal — staff only"],
] as const;

/**
 * Markdown on the left, the page as readers will see it on the right. The
 * preview is rendered by the server (the same sanitising renderer readers
 * get), live while typing, or with the Preview button without JavaScript.
 */
export function ArticleEditor({ values, errors, preview, categories, fromTicket }: { values: ArticleValues; errors: Record<string, string>; preview: string | null; categories: { slug: string; name: string }[]; fromTicket?: number | null }) {
  const navigation = useNavigation();
  const fetcher = useFetcher<{ html: string }>();
  const [body, setBody] = useState(values.body);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => fetcher.submit({ body }, { method: "post", action: "/desk/kb/preview" }), 300);
    return () => clearTimeout(timer.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body]);
  const html = fetcher.data?.html ?? preview;
  return (
    <Form method="post" className="grid grid-cols-1 gap-6 xl:grid-cols-2" noValidate>
      <Card labelledBy="editor-title">
        <CardHeader id="editor-title" title="Article" description={fromTicket ? `Drafted from a reply on ticket #${fromTicket}. Remove customer details before publishing.` : undefined} />
        <div className="space-y-4 px-5 py-4">
          <Field label="Title" errors={errors.title ? [errors.title] : null} inputProps={{ id: "title", name: "title", defaultValue: values.title, maxLength: 160 }} />
          <Field label="Summary" help="One sentence shown in search results and lists." errors={errors.summary ? [errors.summary] : null} inputProps={{ id: "summary", name: "summary", defaultValue: values.summary, maxLength: 300 }} />
          <div>
            <label htmlFor="body" className="block text-sm font-medium text-slate-800">Body (Markdown)</label>
            <textarea id="body" name="body" rows={18} defaultValue={values.body} onChange={(e) => setBody(e.currentTarget.value)} aria-invalid={errors.body ? true : undefined} className={cx(inputClass, "mt-1.5 font-mono text-[0.8125rem] leading-5")} />
            <p className="mt-1 text-xs text-slate-500">## headings, **bold**, lists, [links](https://…). HTML is shown as text, never run.</p>
            <FieldErrors errors={errors.body ? [errors.body] : null} />
          </div>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="categorySlug" className="block text-sm font-medium text-slate-800">Category</label>
              <select id="categorySlug" name="categorySlug" defaultValue={values.categorySlug} className={cx(inputClass, "mt-1.5")}>
                <option value="">Choose…</option>
                {categories.map((c) => <option key={c.slug} value={c.slug}>{c.name}</option>)}
              </select>
              <FieldErrors errors={errors.categorySlug ? [errors.categorySlug] : null} />
            </div>
            <Field label="Tags" help="Comma-separated, e.g. tracking, delivery" errors={errors.tags ? [errors.tags] : null} inputProps={{ id: "tags", name: "tags", defaultValue: values.tags }} />
          </div>
          <Field label="Address" help="Left empty, it is made from the title." errors={errors.slug ? [errors.slug] : null} inputProps={{ id: "slug", name: "slug", defaultValue: values.slug, maxLength: 80, placeholder: "tracking-your-shipment" }} />
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">Who may read it</legend>
            <div className="mt-2 space-y-1.5">
              {VISIBILITY.map(([v, label]) => (
                <label key={v} className="flex items-center gap-2 text-sm text-slate-700"><input type="radio" name="visibility" value={v} defaultChecked={values.visibility === v} /> {label}</label>
              ))}
            </div>
            <FieldErrors errors={errors.visibility ? [errors.visibility] : null} />
          </fieldset>
          <div className="flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4">
            <div className="w-44">
              <label htmlFor="status" className="block text-sm font-medium text-slate-800">Status</label>
              <select id="status" name="status" defaultValue={values.status} className={cx(inputClass, "mt-1.5")}>
                <option value="draft">Draft</option>
                <option value="published">Published</option>
                <option value="archived">Archived</option>
              </select>
            </div>
            <Button type="submit" name="intent" value="save" pending={navigation.formData?.get("intent") === "save"} pendingText="Saving…">Save</Button>
            <Button type="submit" name="intent" value="preview" variant="ghost">Preview</Button>
          </div>
        </div>
      </Card>
      <Card labelledBy="preview-title" className="h-fit">
        <CardHeader id="preview-title" title="Preview" description="As readers will see it." />
        {/* Server-rendered from Markdown without raw HTML (app/domain/knowledge/markdown.ts). */}
        {html ? <div className="article px-5 py-4" data-testid="preview" dangerouslySetInnerHTML={{ __html: html }} /> : <p className="px-5 py-4 text-sm text-slate-500">Start writing to see the article.</p>}
      </Card>
    </Form>
  );
}
