import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an account manager opens an account, sees its orders, tickets and timeline, logs a call with a follow-up task and wins an opportunity", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "manager@accord.example");
  await page.getByRole("link", { name: "Customers" }).click();
  await page.getByLabel("Name, number or domain").fill("Acme");
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByRole("link", { name: "Acme Manufacturing" }).click();
  await expect(page.getByRole("heading", { name: /Acme Manufacturing/ })).toBeVisible();
  await expect(page.getByText("Revenue 12 mo")).toBeVisible();

  // The timeline merges orders, tickets, sign-ins…; narrowing it shows one kind.
  const timeline = page.getByRole("list", { name: "Timeline" });
  await expect(timeline.getByRole("listitem").first()).toBeVisible();
  await page.getByRole("group", { name: "Show" }).getByRole("link", { name: "Tickets" }).click();
  await expect(timeline.getByRole("link", { name: /ticket #\d+|Ticket #\d+/ }).first()).toBeVisible();
  await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: /^Orders/ }).click();
  await expect(page.getByRole("table", { name: "Orders" }).getByRole("link", { name: /^SO-/ }).first()).toBeVisible();
  await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: /^Tickets/ }).click();
  await expect(page.getByRole("table", { name: "Tickets" }).getByRole("link", { name: /^#\d+/ }).first()).toBeVisible();

  // Log a call with a follow-up task, in one short form.
  await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: "Timeline" }).click();
  await page.getByText("Call", { exact: true }).click();
  await page.getByLabel("Subject").fill("Call about the spring shutdown order");
  await page.getByLabel("What was said (optional)").fill("They will double the bearing order in March.");
  await page.getByLabel("With").selectOption({ label: "Dana Whitfield" });
  await page.getByLabel("Minutes").fill("15");
  await page.getByLabel("Task").fill("Send the March bearing quote");
  await page.getByLabel("Due").fill("2030-03-01");
  await page.getByRole("button", { name: "Log it" }).click();
  await expect(page.getByRole("status")).toContainText("Logged, with a follow-up task.");
  await expect(timeline.getByText("Call about the spring shutdown order")).toBeVisible();
  await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: /^Open tasks/ }).click();
  await expect(page.getByText("Send the March bearing quote")).toBeVisible();

  // An opportunity from the record, won on the pipeline and linked to the order it became.
  await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: /^Orders/ }).click();
  const orderNumber = (await page.getByRole("table", { name: "Orders" }).getByRole("link", { name: /^SO-/ }).first().textContent())!.trim();
  await page.getByRole("navigation", { name: "Record sections" }).getByRole("link", { name: /^Opportunities/ }).click();
  await page.getByText("New opportunity").click();
  await page.getByLabel("Name", { exact: true }).fill("Spring shutdown bearings");
  await page.getByLabel("Amount (USD)").fill("18000");
  await page.getByLabel("Expected close").fill("2030-03-15");
  await page.getByRole("button", { name: "Add opportunity" }).click();
  await expect(page.getByRole("status")).toContainText("Opportunity added.");
  await page.getByRole("link", { name: "Pipeline" }).click();
  const card = page.getByRole("article", { name: "Spring shutdown bearings" });
  await card.getByText("Move…").click();
  await card.getByLabel(/^Stage for/).selectOption("won");
  await card.getByLabel(/^Order or quote/).fill(orderNumber);
  await card.getByRole("button", { name: "Move" }).click();
  await expect(page.getByRole("status")).toContainText("Moved to Won.");
  const won = page.getByRole("region", { name: /^Won/ }).getByRole("article", { name: "Spring shutdown bearings" });
  await expect(won).toContainText(`Became ${orderNumber}`);
  await expect(page.getByRole("heading", { name: "Your figures" })).toBeVisible();
});

test("an agent reads customer records but cannot open the pipeline or add tasks", async ({ page }) => {
  await signIn(page, "agent@accord.example");
  await expect(page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Pipeline" })).toHaveCount(0);
  const response = await page.goto("/desk/pipeline");
  expect(response?.status()).toBe(403);
  await page.goto("/desk/accounts?q=Globex");
  await page.getByRole("link", { name: "Globex Chemicals" }).click();
  await expect(page.getByRole("heading", { name: /Globex Chemicals/ })).toBeVisible();
  await expect(page.getByText("Follow-up task (optional)")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit account" })).toHaveCount(0);
  expect((await page.goto("/desk/accounts/new"))?.status()).toBe(403);
});

test("a new account warns of a duplicate domain; contacts are imported from CSV with a preview and a progress bar", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "manager@accord.example");
  await page.goto("/desk/accounts/new");
  await page.getByLabel("Company name").fill("Acme Manufacturing East");
  await page.getByLabel("Web domain").fill("acme.example");
  await page.getByLabel("Industry").fill("Industrial machinery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert")).toContainText("This may already exist");
  await expect(page.getByRole("alert")).toContainText("same domain acme.example");
  await page.getByLabel(/save anyway/).check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Account created.");
  await expect(page.getByRole("heading", { name: /Acme Manufacturing East/ })).toBeVisible();

  await page.goto("/desk/imports");
  await page.getByRole("radio", { name: "Contacts" }).check();
  await page.getByLabel("CSV file").setInputFiles({
    name: "contacts.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("account_domain,first_name,last_name,email,job_title\nacme.example,Jules,Verne,jules.verne@acme.example,Planner\nacme.example,,NoFirst,nofirst@acme.example,\n"),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("table", { name: "Rows to import" })).toContainText("jules.verne@acme.example");
  await expect(page.getByRole("table", { name: "Refused rows" })).toContainText("Enter the first name.");
  await page.getByRole("button", { name: "Import 1 contacts" }).click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toHaveAttribute("aria-valuenow", "1", { timeout: 20_000 });
  await expect(page.getByText("1 of 1 rows · 1 created")).toBeVisible();
});

test("analytics: segments, the churn-risk worklist and CSV exports; the record shows segment and risk", async ({ page }) => {
  await signIn(page, "manager@accord.example");
  await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Analytics" }).click();
  await expect(page.getByRole("heading", { name: "Value segments" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Segments" }).getByRole("listitem")).toHaveCount(5);
  await expect(page.getByRole("img", { name: /Pareto curve: top 20% of accounts bring \d+% of revenue/ })).toBeVisible();
  const worklist = page.getByRole("table", { name: "Churn-risk worklist" });
  await expect(worklist.getByRole("row").nth(1)).toContainText(/no order for \d+ days/);
  const csv = await page.request.get("/desk/analytics.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text.split("\r\n")[0]).toBe("account_number,account,segment,lifecycle_stage,churn_risk,recency_days,frequency,monetary,r,f,m,trend,why");
  expect(text.split("\r\n").filter(Boolean).length).toBeGreaterThan(10);
  expect((await page.request.get("/desk/analytics.csv?list=retention")).status()).toBe(200);
  await worklist.getByRole("link").first().click();
  await expect(page.getByRole("region", { name: "Analytics" })).toContainText(/Segment .*Lifecycle .*Churn risk \d+%/);
});
