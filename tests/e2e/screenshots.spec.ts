import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./helpers";

// Pictures of every page at desktop and phone width, to look at (tests/e2e/.screenshots).
const dir = "tests/e2e/.screenshots";
const sizes = [
  { name: "desktop", width: 1366, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

/** A screenshot of a page that must have rendered, not an error page. */
async function snap(page: Page, name: string, { errorPage = false } = {}) {
  if (!errorPage) await expect(page.getByText(/^Error \d{3}$/)).toHaveCount(0);
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

for (const size of sizes) {
  test(`screenshots at ${size.name} width`, async ({ page }) => {
    // About fifty full-page screenshots: well over the default 30 s on a busy machine.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: size.width, height: size.height });
    await page.goto("/login");
    await snap(page, `login-${size.name}`);
    await page.goto("/forgot-password");
    await snap(page, `forgot-password-${size.name}`);

    await signIn(page, "buyer@acme.example");
    await page.waitForURL(/\/portal$/);
    await snap(page, `portal-home-${size.name}`);
    await page.goto("/portal/catalog?category=bearings");
    await snap(page, `portal-catalog-${size.name}`);
    await page.goto("/portal/catalog/BEA-DGB-6204-2RS");
    await snap(page, `portal-product-${size.name}`);
    await page.goto("/portal/cart");
    await snap(page, `portal-cart-${size.name}`);
    await page.goto("/portal/checkout");
    await snap(page, `portal-checkout-${size.name}`);
    await page.goto("/portal/orders");
    await snap(page, `portal-orders-${size.name}`);
    await page.getByRole("main").getByRole("link", { name: /^SO-/ }).first().click();
    await page.waitForURL(/\/portal\/orders\/SO-/);
    await snap(page, `portal-order-${size.name}`);
    await page.goto(`${page.url()}/invoice`);
    await snap(page, `portal-invoice-${size.name}`);
    await page.goto("/portal/tickets");
    await snap(page, `portal-tickets-${size.name}`);
    await page.getByRole("main").getByRole("link", { name: /^#\d+/ }).first().click();
    await page.waitForURL(/\/portal\/tickets\/\d+/);
    await snap(page, `portal-ticket-${size.name}`);
    await page.goto("/portal/tickets/new?subject=tracking+not+updating&suggest=1");
    await snap(page, `portal-ticket-new-${size.name}`);
    await page.goto("/portal/kb");
    await snap(page, `portal-kb-${size.name}`);
    await page.goto("/portal/kb/tracking-your-shipment");
    await snap(page, `portal-kb-article-${size.name}`);
    await page.goto("/portal/account/users");
    await snap(page, `portal-colleagues-${size.name}`);
    await page.goto("/portal/quotes");
    await snap(page, `portal-quotes-${size.name}`);
    await page.goto("/portal/profile");
    await snap(page, `portal-profile-${size.name}`);
    await page.goto("/desk");
    await snap(page, `forbidden-${size.name}`, { errorPage: true });
    await page.goto("/nowhere");
    await snap(page, `not-found-${size.name}`, { errorPage: true });

    await page.context().clearCookies();
    await signIn(page, "manager@accord.example");
    await page.waitForURL(/\/desk$/);
    await snap(page, `desk-home-${size.name}`);
    await page.goto("/desk/tickets?view=all");
    await snap(page, `desk-queue-${size.name}`);
    await page.getByRole("main").getByRole("link", { name: /^#\d+/ }).first().click();
    await page.waitForURL(/\/desk\/tickets\/\d+/);
    await snap(page, `desk-ticket-${size.name}`);
    await page.goto("/desk/orders?status=open");
    await snap(page, `desk-orders-${size.name}`);
    await page.getByRole("main").getByRole("link", { name: /^SO-/ }).first().click();
    await page.waitForURL(/\/desk\/orders\/SO-/);
    await snap(page, `desk-order-${size.name}`);
    await page.goto("/desk/quotes?view=all");
    await snap(page, `desk-quotes-${size.name}`);
    await page.getByRole("main").getByRole("link", { name: /^Q-/ }).first().click();
    await page.waitForURL(/\/desk\/quotes\/Q-/);
    await snap(page, `desk-quote-${size.name}`);
    await page.goto("/desk/search?q=bearing");
    await snap(page, `desk-search-${size.name}`);
    await page.goto("/desk/kb");
    await snap(page, `desk-kb-${size.name}`);
    await page.getByRole("main").getByRole("link", { name: "Tracking your shipment" }).click();
    await page.waitForURL(/\/desk\/kb\/[0-9a-f-]+$/);
    await snap(page, `desk-kb-article-${size.name}`);
    await page.goto("/desk/service?period=90d");
    await snap(page, `desk-service-${size.name}`);
    await page.goto("/desk/macros");
    await snap(page, `desk-macros-${size.name}`);
    await page.goto("/desk/accounts");
    await snap(page, `desk-accounts-${size.name}`);
    await page.getByRole("main").getByRole("link", { name: "Acme Manufacturing", exact: true }).click();
    await page.waitForURL(/\/desk\/accounts\/[0-9a-f-]+$/);
    await snap(page, `desk-account-${size.name}`);
    await page.goto(`${page.url()}?tab=opportunities`);
    await snap(page, `desk-account-opportunities-${size.name}`);
    await page.goto("/desk/pipeline");
    await snap(page, `desk-pipeline-${size.name}`);
    await page.goto("/desk/analytics");
    await snap(page, `desk-analytics-${size.name}`);
    await page.goto("/desk/accounts/new");
    await snap(page, `desk-account-new-${size.name}`);
    await page.goto("/desk/imports");
    await snap(page, `desk-imports-${size.name}`);

    await page.context().clearCookies();
    await page.goto("/kb?q=invoice");
    await snap(page, `public-kb-${size.name}`);
    await page.goto("/kb/tracking-your-shipment");
    await snap(page, `public-kb-article-${size.name}`);
    await signIn(page, "manager@accord.example");

    await page.context().clearCookies();
    await signIn(page, "admin@accord.example");
    await page.waitForURL(/\/desk$/);
    await page.goto("/desk/admin/staff");
    await snap(page, `admin-staff-${size.name}`);
    await page.goto("/desk/admin/sla");
    await snap(page, `admin-sla-${size.name}`);
    await page.goto("/desk/admin/api-tokens");
    await snap(page, `admin-api-tokens-${size.name}`);
    await page.goto("/desk/admin/webhooks");
    await snap(page, `admin-webhooks-${size.name}`);
    await page.goto("/api/docs");
    await snap(page, `api-docs-${size.name}`);
    await page.goto("/desk/admin/jobs");
    await snap(page, `admin-jobs-${size.name}`);
    await page.goto("/desk/admin/mailbox");
    await snap(page, `admin-mailbox-${size.name}`);
    const first = page.getByRole("row").nth(1).getByRole("link");
    if (await first.count()) {
      await first.first().click();
      await page.waitForURL(/\/desk\/admin\/mailbox\/.+/);
      await snap(page, `admin-mail-message-${size.name}`);
    }
  });
}
