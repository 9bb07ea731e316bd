import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a customer types a question, sees a suggested article, files the ticket anyway and gets the SLA promise", async ({ page }) => {
  await signIn(page, "buyer@acme.example");
  await page.goto("/portal/tickets/new");
  await page.getByLabel("Subject").fill("How do I track my shipment?");
  await page.getByLabel("What happened?").fill("The tracking for our last delivery is not updating.");
  const suggestions = page.getByRole("list", { name: "Suggested articles" });
  await expect(suggestions.getByText("Tracking your shipment")).toBeVisible();
  await suggestions.getByText("Read it here").first().click();
  await expect(suggestions.getByText(/tracking number/).first()).toBeVisible();

  await page.getByLabel("About").selectOption("delivery");
  await page.getByLabel("How urgent?").selectOption("high");
  await page.getByRole("button", { name: "Raise ticket" }).click();
  await expect(page).toHaveURL(/\/portal\/tickets\/\d+$/);
  await expect(page.getByRole("heading", { name: /How do I track my shipment\?/ })).toBeVisible();
  await expect(page.getByText(/First response due/)).toBeVisible();

  await page.getByLabel("Your reply").fill("The order is SO-100150.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByRole("status")).toContainText("Reply sent.");
  await expect(page.getByText("The order is SO-100150.")).toBeVisible();
});

test("'this answered my question' ends the flow without a ticket, and works without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page, "buyer@globex.example");
  await page.goto("/portal/tickets/new");
  await page.getByLabel("Subject").fill("How do I reset my password?");
  await page.getByRole("button", { name: "Find answers first" }).click();
  await expect(page.getByLabel("Subject")).toHaveValue("How do I reset my password?");
  const first = page.getByRole("list", { name: "Suggested articles" }).getByRole("listitem").first();
  await expect(first).toContainText(/password/i);
  await first.getByRole("button", { name: "This answered my question" }).click();
  await expect(page).toHaveURL(/\/portal$/);
  await context.close();
});

test("an invalid ticket gets field errors; another account's ticket is a 404", async ({ page }) => {
  await signIn(page, "buyer@globex.example");
  await page.goto("/portal/tickets/new");
  await page.getByRole("button", { name: "Raise ticket" }).click();
  await expect(page.getByText("Give your question a short title")).toBeVisible();
  await expect(page.getByText("Describe what happened")).toBeVisible();
  expect((await page.goto("/portal/tickets/10012"))?.status()).toBe(404);
  expect((await page.goto("/portal/tickets/not-a-number"))?.status()).toBe(404);
});
