import { Form, useNavigation } from "@remix-run/react";
import { Button } from "./button";
import { cx } from "./cx";
import { inputClass } from "./field";

/** Quantity + "Add to cart", posting to the cart; works without JavaScript. */
export function AddToCart({ productId, productName, redirectTo, compact }: { productId: string; productName: string; redirectTo: string; compact?: boolean }) {
  const navigation = useNavigation();
  const pending = navigation.state === "submitting" && navigation.formData?.get("productId") === productId;
  const id = `qty-${productId}`;
  return (
    <Form method="post" action="/portal/cart" className="flex items-center justify-end gap-2" preventScrollReset>
      <input type="hidden" name="intent" value="add" />
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <label htmlFor={id} className="sr-only">
        Quantity of {productName}
      </label>
      <div className={compact ? "w-20" : "w-24"}>
        <input id={id} name="quantity" type="number" inputMode="numeric" min={1} max={10000} step={1} defaultValue={1} required className={cx(inputClass, "tabular")} />
      </div>
      <Button type="submit" pending={pending} pendingText="Adding…" variant={compact ? "secondary" : "primary"}>
        Add to cart
      </Button>
    </Form>
  );
}
