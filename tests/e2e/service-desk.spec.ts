import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// A tiny valid PNG (1×1), as a customer's photo.
const PHOTO = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

test("the whole walk: suggestion → ticket with a photo → unassigned with its SLA → reply → the customer reads it and rates the solved ticket", async ({ browser }) => {
  test.setTimeout(90_000);
  const customer = await browser.newPage();
  await signIn(customer, "buyer@globex.example");
  await customer.goto("/portal/tickets/new");
  await customer.getByLabel("Subject").fill("Tracking number not working for our delivery");
  await customer.getByLabel("What happened?").fill("The carrier says the tracking number is unknown.");
  await expect(customer.getByRole("list", { name: "Suggested articles" }).getByText("Tracking your shipment")).toBeVisible();
  // Read, but it does not answer it: file the ticket anyway, with a photo of the label.
  await customer.getByLabel("About").selectOption("delivery");
  await customer.getByLabel("Attachments (optional)").setInputFiles({ name: "label.png", mimeType: "image/png", buffer: PHOTO });
  await customer.getByRole("button", { name: "Raise ticket" }).click();
  await expect(customer).toHaveURL(/\/portal\/tickets\/\d+$/);
  const number = customer.url().match(/(\d+)$/)![1];
  await expect(customer.getByText(/First response due/)).toBeVisible();
  const photo = customer.getByRole("list", { name: "Attachments" }).getByRole("link", { name: /label\.png/ });
  await expect(photo).toBeVisible();
  const served = await customer.request.get((await photo.getAttribute("href"))!);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");

  const agent = await browser.newPage();
  await signIn(agent, "agent@accord.example");
  await agent.getByRole("link", { name: "Support queue" }).click();
  await expect(agent.getByRole("link", { name: /Unassigned/ })).toHaveClass(/bg-slate-900/);
  const row = agent.getByRole("row").filter({ hasText: `#${number}` });
  await expect(row).toContainText("to first reply");
  await expect(row).toContainText("Globex");
  await row.getByRole("link").click();
  await expect(agent.getByText(/First response:.*Due/)).toBeVisible();
  await expect(agent.getByRole("link", { name: /label\.png/ })).toBeVisible();
  await agent.getByLabel("Reply or note").fill("The carrier re-labelled the parcel; the new tracking number is 1Z999AA10123456784.");
  await agent.getByLabel("Then set status").selectOption("solved");
  await agent.getByRole("button", { name: "Send" }).click();
  await expect(agent.getByRole("status")).toContainText("Reply sent to the customer.");
  await expect(agent.getByText(/First response:.*Met/)).toBeVisible();

  await customer.reload();
  await expect(customer.getByText("1Z999AA10123456784", { exact: false })).toBeVisible();
  await customer.getByText("4", { exact: true }).click();
  await customer.getByRole("button", { name: "Send rating" }).click();
  await expect(customer.getByRole("heading", { name: "You rated this 4/5" })).toBeVisible();
});

test("an agent writes an internal article that no customer can find — by search, by suggestion or by URL", async ({ browser }) => {
  test.setTimeout(90_000);
  const agent = await browser.newPage();
  await signIn(agent, "agent@accord.example");
  await agent.goto("/desk/kb/new");
  await agent.getByLabel("Title").fill("Escalation runbook for platinum outages");
  await agent.getByLabel("Summary").fill("Whom we call, in which order, when a platinum customer's line stops.");
  await agent.getByLabel("Body (Markdown)").fill("## Who to call\n\n1. The **duty manager** (ext. 4410)\n2. The account manager\n\n<script>alert(1)</script>");
  await expect(agent.getByTestId("preview").getByRole("heading", { name: "Who to call" })).toBeVisible();
  await expect(agent.getByTestId("preview")).toContainText("<script>alert(1)</script>");
  await agent.getByLabel("Category").selectOption("support-procedures");
  await agent.getByLabel(/Internal — staff only/).check();
  await agent.getByLabel("Status").selectOption("published");
  await agent.getByRole("button", { name: "Save" }).click();
  await expect(agent.getByRole("status")).toContainText("Saved and published.");
  // Staff find it once the search index has caught up (a background job).
  await expect(async () => {
    await agent.goto("/desk/search?q=escalation+runbook");
    await expect(agent.getByRole("list", { name: "Articles" }).getByText(/Escalation runbook/)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  const customer = await browser.newPage();
  await signIn(customer, "buyer@acme.example");
  await customer.goto("/portal/kb?q=escalation+runbook");
  await expect(customer.getByRole("heading", { name: /Nothing matches/ })).toBeVisible();
  await customer.goto("/portal/tickets/new?subject=escalation+runbook+platinum+outages&suggest=1");
  await expect(customer.getByRole("list", { name: "Suggested articles" })).not.toContainText("Escalation runbook");
  expect((await customer.goto("/portal/kb/escalation-runbook-for-platinum-outages"))?.status()).toBe(404);
  expect((await customer.goto("/kb/escalation-runbook-for-platinum-outages"))?.status()).toBe(404);
  const visitor = await browser.newPage();
  expect((await visitor.goto("/kb/escalation-runbook-for-platinum-outages"))?.status()).toBe(404);
  await visitor.goto("/kb?q=escalation+runbook");
  await expect(visitor.getByRole("heading", { name: /Nothing matches/ })).toBeVisible();
});

test("the public help centre: search with highlights, categories, an article and 'was this helpful?' without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/kb");
  await page.getByLabel("Search the knowledge base").fill("tracking");
  await page.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("list", { name: "Search results" });
  await expect(results.locator("mark").first()).toHaveText(/tracking/i);
  await results.getByRole("link", { name: "Tracking your shipment" }).click();
  await expect(page.getByRole("heading", { name: "Tracking your shipment", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Related articles" })).toBeVisible();
  await page.getByRole("button", { name: "Yes" }).click();
  await expect(page.getByText("Thanks — your feedback helps us improve this article.")).toBeVisible();
  await page.getByRole("link", { name: "Shipping & delivery" }).first().click();
  await expect(page.getByRole("heading", { name: "Shipping & delivery" })).toBeVisible();
  await context.close();
});

test("agents insert a canned reply, re-prioritise, filter the queue and merge a duplicate — without JavaScript", async ({ browser }) => {
  test.setTimeout(90_000);
  const customer = await browser.newPage();
  await signIn(customer, "buyer@acme.example");
  const numbers: string[] = [];
  for (const subject of ["Pallet wrap tearing on the line", "Pallet wrap tearing (again)"]) {
    await customer.goto("/portal/tickets/new");
    await customer.getByLabel("Subject").fill(subject);
    await customer.getByLabel("What happened?").fill("The stretch film tears at the pre-stretch rollers.");
    await customer.getByRole("button", { name: "Raise ticket" }).click();
    await expect(customer).toHaveURL(/\/portal\/tickets\/\d+$/);
    numbers.push(customer.url().match(/(\d+)$/)![1]);
  }
  const [keep, duplicate] = numbers;

  const context = await browser.newContext({ javaScriptEnabled: false });
  const agent = await context.newPage();
  await signIn(agent, "agent@accord.example");
  await agent.goto(`/desk/tickets/${keep}`);
  await agent.getByLabel("Canned reply").selectOption({ label: "Ask for photos" });
  await agent.getByRole("button", { name: "Insert" }).click();
  const body = agent.getByLabel("Reply or note");
  await expect(body).toHaveValue(/^Hello \p{L}+,/u);
  await expect(body).toHaveValue(/Alex Morgan$/);
  await expect(agent.getByLabel("Then set status")).toHaveValue("pending_customer");

  await agent.getByLabel("Priority").selectOption("urgent");
  await agent.getByRole("button", { name: "Save changes" }).click();
  await expect(agent.getByRole("status")).toContainText("Saved: priority.");

  await agent.goto("/desk/tickets?view=all");
  await agent.getByLabel("Priority").selectOption("urgent");
  await agent.getByLabel("Account", { exact: true }).fill("Acme");
  await agent.getByRole("button", { name: "Apply" }).click();
  await expect(agent.getByRole("row").filter({ hasText: `#${keep}` })).toBeVisible();
  await expect(agent.getByRole("row").filter({ hasText: `#${duplicate}` })).toHaveCount(0);

  await agent.goto(`/desk/tickets/${duplicate}`);
  await agent.getByLabel("Merge into ticket #").fill(keep);
  await agent.getByRole("button", { name: "Merge" }).click();
  await expect(agent).toHaveURL(new RegExp(`/desk/tickets/${keep}$`));
  await expect(agent.getByText(`Merged #${duplicate} "Pallet wrap tearing (again)" into this ticket.`)).toBeVisible();
  await context.close();

  await customer.goto(`/portal/tickets/${duplicate}`);
  await expect(customer.getByText(`We merged this request into ticket #${keep}`)).toBeVisible();
});
