import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin invites a colleague, who joins through the e-mailed link and can order", async ({ browser }) => {
  test.setTimeout(60_000);
  const admin = await browser.newPage();
  await signIn(admin, "buyer@acme.example");
  await admin.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Colleagues" }).click();
  await expect(admin.getByRole("heading", { name: "Colleagues" })).toBeVisible();
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByText("Enter your colleague's name.")).toBeVisible();
  await admin.getByLabel("Name", { exact: true }).fill("Robin Okafor");
  await admin.getByLabel("Email", { exact: true }).fill("robin.okafor@acme.example");
  await admin.getByLabel("Role", { exact: true }).selectOption("buyer");
  await admin.getByLabel("Spending limit (buyers, optional)").fill("2500");
  await admin.getByRole("button", { name: "Send invitation" }).click();
  await expect(admin.getByRole("status")).toContainText("Invitation sent to robin.okafor@acme.example");
  await expect(admin.getByText(/Robin Okafor · robin.okafor@acme.example · Buyer/)).toBeVisible();

  const staff = await browser.newPage();
  await signIn(staff, "admin@accord.example");
  await staff.goto("/desk/admin/mailbox");
  const row = staff.getByRole("row").filter({ hasText: "robin.okafor@acme.example" });
  await expect(async () => {
    await staff.reload();
    await expect(row.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await row.first().getByRole("link").click();
  const link = (await staff.locator("pre").innerText()).match(/http:\/\/\S+\/invitations\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link).toBeTruthy();

  const robin = await browser.newPage();
  await robin.goto(link!);
  await expect(robin.getByRole("heading", { name: "Welcome, Robin" })).toBeVisible();
  await robin.getByLabel("Password", { exact: true }).fill("robins own passphrase");
  await robin.getByLabel("Repeat password").fill("robins own passphrase");
  await robin.getByRole("button", { name: "Join and sign in" }).click();
  await expect(robin).toHaveURL(/\/portal$/);
  await expect(robin.getByRole("heading", { name: "Welcome back, Robin" })).toBeVisible();

  await admin.reload();
  await expect(admin.getByRole("cell", { name: /Robin Okafor/ }).first()).toBeVisible();
  await expect(admin.getByText("Invited, not yet joined")).toHaveCount(0);
});
