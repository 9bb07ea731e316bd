import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { requireCustomer } from "~/auth/guards.server";
import { domainCall } from "~/auth/respond.server";
import { getProduct } from "~/domain/catalog/catalog.server";
import { AddToCart } from "~/ui/add-to-cart";
import { Badge } from "~/ui/badge";
import { Card } from "~/ui/card";
import { Price } from "~/ui/price";
import { STOCK_STATUS } from "~/ui/status";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.product.name ?? "Product"} · Accord portal` }];

const SOURCE: Record<string, string> = { account: "Your negotiated price", price_list: "Your contract price", list: "List price" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireCustomer(request);
  const product = await domainCall(() => getProduct(actor, params.sku ?? ""));
  return { product };
}

export default function ProductPage() {
  const { product: p } = useLoaderData<typeof loader>();
  const location = useLocation();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-4 text-sm text-slate-500">
        <Link to="/portal/catalog" className="hover:text-brand-700">
          Catalog
        </Link>{" "}
        /{" "}
        <Link to={`/portal/catalog?category=${p.categorySlug}`} className="hover:text-brand-700">
          {p.categoryName}
        </Link>
      </nav>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{p.name}</h1>
          <p className="mt-1 font-mono text-sm text-slate-500">{p.sku}</p>
          <p className="mt-6 text-slate-700">{p.description}</p>
          <dl className="mt-6 grid grid-cols-2 gap-4 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-slate-500">Sold per</dt>
              <dd className="font-medium text-slate-900">{p.unit}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Availability</dt>
              <dd>
                <Badge tone={STOCK_STATUS[p.stockStatus].tone}>{STOCK_STATUS[p.stockStatus].label}</Badge>
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Ships in</dt>
              <dd className="font-medium text-slate-900">
                {p.leadTimeDays} working day{p.leadTimeDays === 1 ? "" : "s"}
              </dd>
            </div>
          </dl>
        </div>
        <Card className="h-fit p-5">
          <p className="text-sm text-slate-500">{SOURCE[p.priceSource]}</p>
          <div className="mt-1 text-left [&>div]:text-left">
            <Price unitPriceCents={p.unitPriceCents} listPriceCents={p.listPriceCents} currency={p.currency} unit={p.unit} size="lg" />
          </div>
          <div className="mt-5">
            <AddToCart productId={p.id} productName={p.name} redirectTo={`${location.pathname}${location.search}`} />
          </div>
        </Card>
      </div>
    </>
  );
}
