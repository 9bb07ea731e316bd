import type { MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { openApi } from "~/api/api.server";
import { PublicShell } from "~/ui/public-shell";

export const meta: MetaFunction = () => [{ title: "API reference · Accord" }];

type Doc = ReturnType<typeof openApi>;

/** A readable reference of /api/v1, rendered from the same OpenAPI document. */
export function loader() {
  const doc = openApi() as Doc;
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    (["get", "post", "patch", "delete"] as const)
      .filter((m) => (item as Record<string, unknown>)[m])
      .map((method) => {
        const op = (item as Record<string, { summary?: string; description?: string; tags?: string[]; parameters?: { name: string; in: string; required?: boolean; description?: string }[]; requestBody?: unknown }>)[method];
        return { method: method.toUpperCase(), path, summary: op.summary ?? "", description: op.description ?? "", tag: op.tags?.[0] ?? "", parameters: (op.parameters ?? []).map((p) => ({ name: p.name, in: p.in, required: !!p.required, description: p.description ?? "" })), hasBody: !!op.requestBody };
      }),
  );
  return { title: doc.info.title, description: doc.info.description ?? "", operations };
}

export default function ApiDocs() {
  const { title, description, operations } = useLoaderData<typeof loader>();
  const tags = [...new Set(operations.map((o) => o.tag))];
  return (
    <PublicShell signedInHome={null}>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      <p className="mt-2 max-w-3xl text-slate-600">{description}</p>
      <div className="mt-4 max-w-3xl space-y-2 rounded-lg bg-white p-5 text-sm text-slate-700 ring-1 ring-slate-200">
        <p><strong>Base URL</strong> <code>/api/v1</code> · <strong>Auth</strong> <code>Authorization: Bearer acc_…</code> (admins create tokens in the desk or with <code>npm run --silent api-token:create -- --name NAME --scopes orders:read</code>).</p>
        <p><strong>Scopes</strong> <code>&lt;resource&gt;:read</code> / <code>&lt;resource&gt;:write</code> (write includes read) or <code>admin</code>. A token made for an account is a customer token: everything outside that account is 404.</p>
        <p><strong>Lists</strong> <code>?limit=…&amp;cursor=…&amp;updatedSince=…</code> → <code>{"{"} "data": [...], "nextCursor": … {"}"}</code>, in order of last change, so a sync never skips a record changed while paging. <strong>Errors</strong> RFC 9457 <code>application/problem+json</code> with a stable <code>type</code>; 422 carries field <code>errors</code>; 429 carries <code>Retry-After</code>. <strong>POST</strong> accepts <code>Idempotency-Key</code>.</p>
        <p>Machine-readable: <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>
      </div>
      {tags.map((tag) => (
        <section key={tag} className="mt-8" aria-labelledby={`tag-${tag}`}>
          <h2 id={`tag-${tag}`} className="text-lg font-semibold text-slate-900">{tag}</h2>
          <ul className="mt-3 space-y-3">
            {operations.filter((o) => o.tag === tag).map((o) => (
              <li key={`${o.method} ${o.path}`} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
                <p className="font-mono text-sm"><span className={o.method === "GET" ? "text-emerald-700" : o.method === "POST" ? "text-brand-700" : "text-amber-700"}>{o.method}</span> {o.path}</p>
                <p className="mt-1 text-sm font-medium text-slate-900">{o.summary}</p>
                <p className="mt-1 whitespace-pre-wrap text-sm text-slate-600">{o.description}</p>
                {o.parameters.length ? (
                  <ul className="mt-2 space-y-0.5 text-xs text-slate-600">
                    {o.parameters.map((p) => <li key={`${p.in}-${p.name}`}><code>{p.name}</code> <span className="text-slate-400">({p.in}{p.required ? ", required" : ""})</span> {p.description}</li>)}
                  </ul>
                ) : null}
                {o.hasBody ? <p className="mt-1 text-xs text-slate-500">JSON body — see the schema in openapi.json.</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </PublicShell>
  );
}
