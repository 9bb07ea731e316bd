import { test } from "@playwright/test";
import { signIn } from "./helpers";

// Pictures of every page at desktop and phone width, to look at (tests/e2e/.screenshots).
const dir = "tests/e2e/.screenshots";
const sizes = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

for (const size of sizes) {
  test(`screenshots at ${size.name} width`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/login");
    await page.screenshot({ path: `${dir}/login-${size.name}.png`, fullPage: true });
    await page.goto("/forgot-password");
    await page.screenshot({ path: `${dir}/forgot-password-${size.name}.png`, fullPage: true });

    await signIn(page, "buyer@acme.example");
    await page.waitForURL(/\/portal$/);
    await page.screenshot({ path: `${dir}/portal-home-${size.name}.png`, fullPage: true });
    await page.goto("/portal/catalog?category=bearings");
    await page.screenshot({ path: `${dir}/portal-catalog-${size.name}.png`, fullPage: true });
    await page.goto("/portal/catalog/BEA-DGB-6204-2RS");
    await page.screenshot({ path: `${dir}/portal-product-${size.name}.png`, fullPage: true });
    await page.goto("/portal/cart");
    await page.screenshot({ path: `${dir}/portal-cart-${size.name}.png`, fullPage: true });
    await page.goto("/portal/checkout");
    await page.screenshot({ path: `${dir}/portal-checkout-${size.name}.png`, fullPage: true });
    await page.goto("/portal/orders");
    await page.screenshot({ path: `${dir}/portal-orders-${size.name}.png`, fullPage: true });
    await page.getByRole("main").getByRole("link", { name: /^SO-/ }).first().click();
    await page.waitForURL(/\/portal\/orders\/SO-/);
    await page.screenshot({ path: `${dir}/portal-order-${size.name}.png`, fullPage: true });
    await page.goto(`${page.url()}/invoice`);
    await page.screenshot({ path: `${dir}/portal-invoice-${size.name}.png`, fullPage: true });
    await page.goto("/portal/profile");
    await page.screenshot({ path: `${dir}/portal-profile-${size.name}.png`, fullPage: true });
    await page.goto("/desk");
    await page.screenshot({ path: `${dir}/forbidden-${size.name}.png`, fullPage: true });
    await page.goto("/nowhere");
    await page.screenshot({ path: `${dir}/not-found-${size.name}.png`, fullPage: true });

    await page.context().clearCookies();
    await signIn(page, "manager@accord.example");
    await page.waitForURL(/\/desk$/);
    await page.screenshot({ path: `${dir}/desk-home-${size.name}.png`, fullPage: true });
    await page.goto("/desk/orders?status=open");
    await page.screenshot({ path: `${dir}/desk-orders-${size.name}.png`, fullPage: true });
    await page.getByRole("main").getByRole("link", { name: /^SO-/ }).first().click();
    await page.waitForURL(/\/desk\/orders\/SO-/);
    await page.screenshot({ path: `${dir}/desk-order-${size.name}.png`, fullPage: true });
    await page.goto("/desk/search?q=bearing");
    await page.screenshot({ path: `${dir}/desk-search-${size.name}.png`, fullPage: true });

    await page.context().clearCookies();
    await signIn(page, "admin@accord.example");
    await page.waitForURL(/\/desk$/);
    await page.goto("/desk/admin/jobs");
    await page.screenshot({ path: `${dir}/admin-jobs-${size.name}.png`, fullPage: true });
    await page.goto("/desk/admin/mailbox");
    await page.screenshot({ path: `${dir}/admin-mailbox-${size.name}.png`, fullPage: true });
    const first = page.getByRole("row").nth(1).getByRole("link");
    if (await first.count()) {
      await first.first().click();
      await page.waitForURL(/\/desk\/admin\/mailbox\/.+/);
      await page.screenshot({ path: `${dir}/admin-mail-message-${size.name}.png`, fullPage: true });
    }
  });
}
