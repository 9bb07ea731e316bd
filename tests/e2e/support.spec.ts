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

test("an agent finds a new ticket in 'unassigned' with its SLA, replies, and the customer reads the reply", async ({ browser }) => {
  test.setTimeout(60_000);
  const customer = await browser.newPage();
  await signIn(customer, "buyer@globex.example");
  await customer.goto("/portal/tickets/new");
  await customer.getByLabel("Subject").fill("Hydraulic fittings weeping after install");
  await customer.getByLabel("What happened?").fill("New JIC fittings from our last order are weeping at the connection.");
  await customer.getByLabel("About").selectOption("technical");
  await customer.getByRole("button", { name: "Raise ticket" }).click();
  await expect(customer).toHaveURL(/\/portal\/tickets\/\d+$/);
  const number = customer.url().match(/(\d+)$/)![1];

  const agent = await browser.newPage();
  await signIn(agent, "agent@accord.example");
  await agent.getByRole("link", { name: "Support queue" }).click();
  const row = agent.getByRole("row").filter({ hasText: `#${number}` });
  await expect(row).toContainText("to first reply");
  await row.getByRole("link").click();
  await expect(agent.getByText(/First response:.*Due/)).toBeVisible();

  await agent.getByLabel("Internal note").check();
  await agent.getByLabel("Reply or note").fill("Check whether they mixed JIC and BSP threads.");
  await agent.getByRole("button", { name: "Send" }).click();
  await expect(agent.getByRole("status")).toContainText("Internal note added.");

  await agent.getByLabel(/Public reply/).check();
  await agent.getByLabel("Reply or note").fill("Could you check the thread form? JIC and BSP look alike.");
  await agent.getByLabel("Then set status").selectOption("pending_customer");
  await agent.getByRole("button", { name: "Send" }).click();
  await expect(agent.getByRole("status")).toContainText("Reply sent to the customer.");
  await expect(agent.getByText(/paused while we wait for the customer/)).toBeVisible();

  await customer.reload();
  await expect(customer.getByText("Could you check the thread form? JIC and BSP look alike.")).toBeVisible();
  await expect(customer.getByText("Check whether they mixed JIC and BSP threads.")).toHaveCount(0);
  await expect(customer.getByText("Waiting for you").first()).toBeVisible();

  // Solved: the customer rates the help from the ticket page.
  await agent.getByLabel("Reply or note").fill("Replaced with BSP fittings; solved.");
  await agent.getByLabel("Then set status").selectOption("solved");
  await agent.getByRole("button", { name: "Send" }).click();
  await expect(agent.getByRole("status")).toContainText("Reply sent to the customer.");
  await customer.reload();
  await expect(customer.getByRole("heading", { name: "How did we do?" })).toBeVisible();
  await customer.getByText("5", { exact: true }).click();
  await customer.getByLabel("Comment (optional)").fill("Fast and right.");
  await customer.getByRole("button", { name: "Send rating" }).click();
  await expect(customer.getByRole("heading", { name: "You rated this 5/5" })).toBeVisible();
});
