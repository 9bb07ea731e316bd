import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("staff search every record from the desk sidebar, with matches highlighted", async ({ page }) => {
  await signIn(page, "agent@accord.example");
  await expect(page).toHaveURL(/\/desk$/);
  await page.getByRole("searchbox", { name: /Search accounts/ }).fill("acme");
  await page.getByRole("searchbox", { name: /Search accounts/ }).press("Enter");
  await expect(page).toHaveURL(/\/desk\/search\?q=acme$/);
  const results = page.getByRole("main").getByRole("listitem");
  await expect(results.filter({ hasText: "Acme Manufacturing" }).first()).toBeVisible();
  await expect(page.locator("mark").first()).toHaveText(/acme/i);

  await page.goto("/desk/search?q=bearnig");
  await expect(page.getByText(/results? for “bearnig”/)).toBeVisible();
  await expect(page.getByRole("main").getByRole("listitem").first()).toContainText(/Bearing/i);
});

test("a 5,000-character query gets a clear message, not an error page", async ({ page }) => {
  await signIn(page, "agent@accord.example");
  await expect(page).toHaveURL(/\/desk$/);
  const response = await page.goto(`/desk/search?q=${"x".repeat(5000)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert")).toHaveText(/limited to 200 characters/);
});

test("customers cannot use staff search", async ({ page }) => {
  await signIn(page, "buyer@acme.example");
  await expect(page).toHaveURL(/\/portal$/);
  expect((await page.goto("/desk/search?q=globex"))?.status()).toBe(403);
});
