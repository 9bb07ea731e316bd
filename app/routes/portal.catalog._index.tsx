import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { requireCustomer } from "~/auth/guards.server";
import { catalogQuerySchema } from "~/domain/catalog/catalog.schema";
import { listCatalog } from "~/domain/catalog/catalog.server";
import { AddToCart } from "~/ui/add-to-cart";
import { Badge } from "~/ui/badge";
import { Button, ButtonLink } from "~/ui/button";
import { Card, EmptyState, PageHeader } from "~/ui/card";
import { cx } from "~/ui/cx";
import { inputClass } from "~/ui/field";
import { formatNumber } from "~/ui/format";
import { Price } from "~/ui/price";
import { STOCK_STATUS } from "~/ui/status";

export const meta: MetaFunction = () => [{ title: "Catalog · Accord portal" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const query = catalogQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const catalog = await listCatalog(actor, query);
  return { ...catalog, query };
}

export default function Catalog() {
  const { products, total, page, pages, categories, query } = useLoaderData<typeof loader>();
  const location = useLocation();
  const navigation = useNavigation();
  const here = `${location.pathname}${location.search}`;
  const current = categories.find((c) => c.slug === query.category);
  const link = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    const merged = { category: query.category, q: query.q, stock: query.stock === "any" ? undefined : query.stock, sort: query.sort === "name" ? undefined : query.sort, ...changes };
    for (const [k, v] of Object.entries(merged)) if (v !== undefined && v !== "" && !(k === "page" && Number(v) === 1)) params.set(k, String(v));
    const qs = params.toString();
    return `/portal/catalog${qs ? `?${qs}` : ""}`;
  };
  return (
    <>
      <PageHeader title={current?.name ?? "Catalog"} description={current?.description ?? "Every price shown is your account's price."} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[15rem_1fr]">
        <nav aria-label="Categories" className="overflow-x-auto">
          <ul className="flex gap-1 lg:flex-col">
            <li>
              <Link to={link({ category: undefined, page: undefined })} className={cx("block whitespace-nowrap rounded-md px-3 py-2 text-sm", !query.category ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-700 hover:bg-slate-100")}>
                All products
              </Link>
            </li>
            {categories.map((c) => (
              <li key={c.slug}>
                <Link
                  to={link({ category: c.slug, page: undefined })}
                  className={cx("flex justify-between gap-3 whitespace-nowrap rounded-md px-3 py-2 text-sm lg:whitespace-normal", query.category === c.slug ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-700 hover:bg-slate-100")}
                >
                  <span>{c.name}</span>
                  <span className="tabular text-slate-400">{c.products}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <div className="min-w-0 space-y-4">
          <Form method="get" className="flex flex-wrap items-end gap-3" role="search">
            {query.category ? <input type="hidden" name="category" value={query.category} /> : null}
            <div className="min-w-[12rem] flex-1">
              <label htmlFor="catalog-q" className="block text-sm font-medium text-slate-800">
                Search by name or SKU
              </label>
              <input id="catalog-q" name="q" type="search" defaultValue={query.q ?? ""} placeholder="e.g. 6204, nitrile, FAS-HB" className={cx(inputClass, "mt-1.5")} />
            </div>
            <div>
              <label htmlFor="catalog-sort" className="block text-sm font-medium text-slate-800">
                Sort by
              </label>
              <select id="catalog-sort" name="sort" defaultValue={query.sort} className={cx(inputClass, "mt-1.5 pr-8")}>
                <option value="name">Name</option>
                <option value="price_asc">Price, low to high</option>
                <option value="price_desc">Price, high to low</option>
                <option value="sku">SKU</option>
              </select>
            </div>
            <label className="flex items-center gap-2 pb-2 text-sm text-slate-700">
              <input type="checkbox" name="stock" value="in_stock" defaultChecked={query.stock === "in_stock"} className="h-4 w-4 rounded border-slate-300 text-brand-600" />
              In stock only
            </label>
            <Button type="submit" variant="secondary" pending={navigation.state === "loading" && navigation.location?.pathname === "/portal/catalog"}>
              Apply
            </Button>
          </Form>

          <Card>
            <p className="border-b border-slate-100 px-5 py-3 text-sm text-slate-600">
              {formatNumber(total)} product{total === 1 ? "" : "s"}
              {query.q ? ` matching “${query.q}”` : ""}
            </p>
            {products.length ? (
              <ul className="divide-y divide-slate-100" aria-label="Products">
                {products.map((p) => (
                  <li key={p.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center">
                    <div className="min-w-0 flex-1">
                      <Link to={`/portal/catalog/${encodeURIComponent(p.sku)}`} className="font-medium text-slate-900 hover:text-brand-700 hover:underline">
                        {p.name}
                      </Link>
                      <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs text-slate-500">
                        <span className="font-mono">{p.sku}</span>
                        <span>· {p.unit}</span>
                        <Badge tone={STOCK_STATUS[p.stockStatus].tone}>{STOCK_STATUS[p.stockStatus].label}</Badge>
                        {p.stockStatus === "out_of_stock" ? <span>ships in {p.leadTimeDays} days</span> : null}
                      </p>
                    </div>
                    <div className="flex items-center justify-between gap-4 sm:justify-end">
                      <Price unitPriceCents={p.unitPriceCents} listPriceCents={p.listPriceCents} currency={p.currency} />
                      <AddToCart productId={p.id} productName={p.name} redirectTo={here} compact />
                    </div>
                  </li>
                ))}
              </ul>
            ) : (
              <EmptyState title="No products match">
                Try fewer words, another category, or <Link to="/portal/catalog" className="text-brand-700 underline">the whole catalog</Link>.
              </EmptyState>
            )}
          </Card>

          {pages > 1 ? (
            <nav aria-label="Pages" className="flex items-center justify-between text-sm text-slate-600">
              <span>
                Page {page} of {pages}
              </span>
              <span className="flex gap-2">
                {page > 1 ? <ButtonLink to={link({ page: page - 1 })}>Previous</ButtonLink> : null}
                {page < pages ? <ButtonLink to={link({ page: page + 1 })}>Next</ButtonLink> : null}
              </span>
            </nav>
          ) : null}
        </div>
      </div>
    </>
  );
}
