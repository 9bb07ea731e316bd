import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a buyer goes from catalog to cart to checkout with a PO, sees the order, and reorders it", async ({ page }) => {
  await signIn(page, "buyer@acme.example");
  await expect(page).toHaveURL(/\/portal$/);
  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Catalog" }).click();
  await expect(page.getByRole("heading", { name: "Catalog" })).toBeVisible();
  await page.getByRole("link", { name: /Bearings & Power Transmission/ }).click();
  await expect(page.getByRole("heading", { name: "Bearings & Power Transmission" })).toBeVisible();

  const first = page.getByRole("list", { name: "Products" }).getByRole("listitem").first();
  const productName = (await first.getByRole("link").first().innerText()).trim();
  await first.getByLabel(`Quantity of ${productName}`).fill("12");
  await first.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status")).toContainText("Added 12 to your cart");

  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: /Cart/ }).click();
  await expect(page.getByRole("heading", { name: "Cart" })).toBeVisible();
  const line = page.getByRole("row").filter({ hasText: productName });
  await expect(line.getByLabel(`Quantity of ${productName}`)).toHaveValue("12");

  // Quick order: an unknown SKU is listed and nothing is added.
  await page.getByLabel("SKUs and quantities").fill("NOT-A-REAL-SKU, 2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("alert")).toContainText("We don't sell a product with SKU NOT-A-REAL-SKU");

  await page.getByRole("link", { name: "Checkout" }).click();
  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  // Acme requires a PO number.
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByText("Acme Manufacturing requires a PO number on every order.")).toBeVisible();
  await page.getByLabel(/PO number/).fill("PO-E2E-7781");
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page).toHaveURL(/\/portal\/orders\/SO-\d+\?placed=1$/);
  await expect(page.getByRole("heading", { name: /Order SO-\d+/ })).toBeVisible();
  await expect(page.getByText("PO PO-E2E-7781")).toBeVisible();
  await expect(page.getByRole("cell", { name: productName })).toBeVisible();
  const orderUrl = page.url().replace("?placed=1", "");

  // Reloading the confirmation or going back does not place it again.
  await page.goBack();
  await expect(page).toHaveURL(/\/portal\/cart$|\/portal\/checkout$/);
  await page.goto("/portal/orders?po=PO-E2E-7781");
  await expect(page.getByText("1 order")).toBeVisible();

  await page.goto(orderUrl);
  await page.getByRole("button", { name: "Reorder" }).click();
  await expect(page).toHaveURL(/\/portal\/cart$/);
  await expect(page.getByRole("status")).toContainText("to your cart at today's prices");
  await expect(page.getByRole("row").filter({ hasText: productName }).getByLabel(`Quantity of ${productName}`)).toHaveValue("12");

  const invoice = await page.goto(`${orderUrl}/invoice`);
  expect(invoice?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Packing slip & invoice" })).toBeVisible();
});

test("a requester's order waits for approval", async ({ page }) => {
  await signIn(page, "requester@acme.example");
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto("/portal/cart");
  await page.getByLabel("SKUs and quantities").fill("SAF-GLN-L, 4");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status")).toContainText("Added 1 product");
  await page.getByRole("link", { name: "Checkout" }).click();
  await expect(page.getByText("An admin of your account approves this order")).toBeVisible();
  await page.getByLabel(/PO number/).fill("PO-REQ-1");
  await page.getByRole("button", { name: "Submit for approval" }).click();
  await expect(page.getByText("This order is waiting for approval")).toBeVisible();
  await expect(page.getByText("Awaiting approval").first()).toBeVisible();
});

test("another account's order is a 404, like a missing one", async ({ page }) => {
  await signIn(page, "buyer@globex.example");
  await expect(page).toHaveURL(/\/portal$/);
  expect((await page.goto("/portal/orders/SO-100150"))?.status()).toBe(404);
  expect((await page.goto("/portal/orders/SO-999999999"))?.status()).toBe(404);
});

test("the cart and checkout work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "buyer@globex.example");
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto("/portal/catalog?q=nitrile");
  await page.getByRole("list", { name: "Products" }).getByRole("listitem").first().getByRole("button", { name: "Add to cart" }).click();
  await page.goto("/portal/checkout");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: /Order SO-\d+/ })).toBeVisible();
  await context.close();
});

test("an admin approves a colleague's order, and staff ship it with a tracking number the buyer can follow", async ({ browser }) => {
  test.setTimeout(90_000);
  const requester = await browser.newPage();
  await signIn(requester, "requester@acme.example");
  await expect(requester).toHaveURL(/\/portal$/);
  await requester.goto("/portal/cart");
  await requester.getByLabel("SKUs and quantities").fill("SAF-EYE-CL, 2");
  await requester.getByRole("button", { name: "Add to cart" }).click();
  await expect(requester.getByRole("status")).toContainText("Added 1 product");
  await requester.goto("/portal/checkout");
  await requester.getByLabel(/PO number/).fill("PO-APPROVE-E2E");
  await requester.getByRole("button", { name: "Submit for approval" }).click();
  await expect(requester.getByRole("heading", { name: /Order SO-\d+/ })).toBeVisible();
  const number = (await requester.getByRole("heading", { name: /Order SO-\d+/ }).innerText()).match(/SO-\d+/)![0];

  const admin = await browser.newPage();
  await signIn(admin, "buyer@acme.example");
  await expect(admin.getByRole("heading", { name: "Awaiting approval" })).toBeVisible();
  await admin.getByRole("link", { name: number }).first().click();
  await admin.getByRole("button", { name: "Approve order" }).click();
  await expect(admin.getByRole("status")).toContainText(`Order ${number} is approved`);

  const agent = await browser.newPage();
  await signIn(agent, "agent@accord.example");
  await expect(agent).toHaveURL(/\/desk$/);
  await agent.goto(`/desk/orders/${number}`);
  for (const step of ["Confirmed", "Picking"]) {
    await agent.getByText(step, { exact: true }).click();
    await agent.getByRole("button", { name: "Save" }).click();
    await expect(agent.getByRole("status")).toContainText(`${step.toLowerCase()}. The buyer has been e-mailed.`);
  }
  await agent.getByText("Shipped", { exact: true }).click();
  await agent.getByLabel("Carrier").selectOption("FedEx");
  await agent.getByLabel("Tracking number").fill("794612345678");
  await agent.getByRole("button", { name: "Save" }).click();
  await expect(agent.getByRole("status")).toContainText("shipped");

  await requester.reload();
  await expect(requester.getByRole("link", { name: /794612345678/ })).toHaveAttribute("href", "https://www.fedex.com/fedextrack/?trknbr=794612345678");
  await expect(requester.getByText("Shipped").first()).toBeVisible();
});

test("a quote goes from request to priced to accepted, and becomes an order at the quoted prices", async ({ browser }) => {
  test.setTimeout(90_000);
  const buyer = await browser.newPage();
  await signIn(buyer, "buyer@globex.example");
  await buyer.goto("/portal/cart");
  await buyer.getByLabel("SKUs and quantities").fill("SAF-GLN-M, 200\nSAF-GLN-L, 300");
  await buyer.getByRole("button", { name: "Add to cart" }).click();
  await expect(buyer.getByRole("status")).toContainText("Added 2 products");
  await buyer.getByLabel("Message for your account team (optional)").fill("Yearly glove volume for both plants");
  await buyer.getByRole("button", { name: "Request a quote" }).click();
  await expect(buyer.getByRole("heading", { name: /Quote Q-\d+/ })).toBeVisible();
  await expect(buyer.getByText("Being priced")).toBeVisible();
  const number = (await buyer.getByRole("heading", { name: /Quote Q-\d+/ }).innerText()).match(/Q-\d+/)![0];

  const manager = await browser.newPage();
  await signIn(manager, "manager@accord.example");
  await manager.goto("/desk/quotes");
  await manager.getByRole("link", { name: number }).click();
  await manager.getByLabel(/Quoted unit price of Nitrile Disposable Gloves, size M/).fill("7.90");
  await manager.getByLabel(/Quoted unit price of Nitrile Disposable Gloves, size L/).fill("7.95");
  await manager.getByLabel("Message to the customer").fill("Fixed for 12 months at these volumes.");
  await manager.getByRole("button", { name: "Send quote" }).click();
  await expect(manager.getByRole("status")).toContainText(`Quote ${number} sent`);

  await buyer.reload();
  await expect(buyer.getByText("Ready to accept")).toBeVisible();
  await expect(buyer.getByText("Total $3,965.00")).toBeVisible();
  await buyer.getByRole("button", { name: "Accept quote" }).click();
  await expect(buyer.getByRole("heading", { name: /Order SO-\d+/ })).toBeVisible();
  await expect(buyer.getByRole("cell", { name: "$7.90" })).toBeVisible();
  await expect(buyer.getByRole("cell", { name: "$7.95" })).toBeVisible();
});
