import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("changing the password signs out the user's other sessions but keeps this one", async ({ browser }) => {
  const email = "buyer@globex.example";
  const newPassword = "a much longer passphrase";
  const laptop = await browser.newPage();
  const phone = await browser.newPage();
  await signIn(laptop, email);
  await signIn(phone, email);
  await expect(phone).toHaveURL(/\/portal$/);

  await laptop.goto("/portal/profile");
  await laptop.getByLabel("Current password").fill("wrong current password");
  await laptop.getByLabel("New password", { exact: true }).fill(newPassword);
  await laptop.getByLabel("Repeat new password").fill(newPassword);
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("That is not your current password.")).toBeVisible();

  await laptop.getByLabel("Current password").fill(DEMO_PASSWORD);
  await laptop.getByLabel("New password", { exact: true }).fill(newPassword);
  await laptop.getByLabel("Repeat new password").fill(newPassword);
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByRole("status")).toContainText("Your password was changed");

  await phone.goto("/portal");
  await expect(phone).toHaveURL(/\/login\?redirectTo=%2Fportal$/);
  await laptop.goto("/portal");
  await expect(laptop.getByRole("heading", { name: /Welcome back/ })).toBeVisible();

  // The old password no longer works; the new one does. Then put it back.
  await signIn(phone, email, DEMO_PASSWORD);
  await expect(phone.getByRole("alert")).toHaveText(/don't match an account/);
  await signIn(phone, email, newPassword);
  await expect(phone).toHaveURL(/\/portal$/);
  await phone.goto("/portal/profile");
  await phone.getByLabel("Current password").fill(newPassword);
  await phone.getByLabel("New password", { exact: true }).fill(DEMO_PASSWORD);
  await phone.getByLabel("Repeat new password").fill(DEMO_PASSWORD);
  await phone.getByRole("button", { name: "Change password" }).click();
  await expect(phone.getByRole("status")).toContainText("Your password was changed");
});

test("a forgotten password is reset through the e-mailed link, which works once", async ({ browser }) => {
  const customer = await browser.newPage();
  await customer.goto("/login");
  await customer.getByRole("link", { name: "Forgot password?" }).click();
  await expect(customer.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await customer.getByLabel("Email").fill("requester@acme.example");
  await customer.getByRole("button", { name: "Send reset link" }).click();
  await expect(customer.getByRole("status")).toContainText("If requester@acme.example belongs to an account, a reset link is on its way");

  // The admin finds the captured e-mail in the desk mailbox.
  const admin = await browser.newPage();
  await signIn(admin, "admin@accord.example");
  await expect(admin).toHaveURL(/\/desk$/);
  await admin.getByRole("link", { name: "Mailbox" }).click();
  await expect(admin).toHaveURL(/\/desk\/admin\/mailbox$/);
  const row = admin.getByRole("row").filter({ hasText: "requester@acme.example" }).filter({ hasText: "Reset your Accord password" });
  await expect(async () => {
    await admin.reload();
    await expect(row.first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await row.first().getByRole("link", { name: "Reset your Accord password" }).click();
  const text = await admin.locator("pre").innerText();
  const link = text.match(/http:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/)?.[0];
  expect(link).toBeTruthy();

  await customer.goto(link!);
  await expect(customer.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await customer.getByLabel("New password", { exact: true }).fill("short");
  await customer.getByLabel("Repeat new password").fill("short");
  await customer.getByRole("button", { name: "Save new password" }).click();
  await expect(customer.getByText("Use at least 10 characters.")).toBeVisible();
  await customer.getByLabel("New password", { exact: true }).fill("my new reset passphrase");
  await customer.getByLabel("Repeat new password").fill("my new reset passphrase");
  await customer.getByRole("button", { name: "Save new password" }).click();
  await expect(customer).toHaveURL(/\/login\?reset=done$/);
  await expect(customer.getByRole("status")).toContainText("Your password was changed");

  await customer.goto(link!);
  await expect(customer.getByRole("heading", { name: "This link no longer works" })).toBeVisible();

  // Put the demo password back for the other tests.
  await signIn(customer, "requester@acme.example", "my new reset passphrase");
  await customer.goto("/portal/profile");
  await customer.getByLabel("Current password").fill("my new reset passphrase");
  await customer.getByLabel("New password", { exact: true }).fill(DEMO_PASSWORD);
  await customer.getByLabel("Repeat new password").fill(DEMO_PASSWORD);
  await customer.getByRole("button", { name: "Change password" }).click();
  await expect(customer.getByRole("status")).toContainText("Your password was changed");
});

test("only admins reach the jobs page and the mailbox", async ({ page }) => {
  await signIn(page, "agent@accord.example");
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("link", { name: "Mailbox" })).toHaveCount(0);
  expect((await page.goto("/desk/admin/mailbox"))?.status()).toBe(403);
  expect((await page.goto("/desk/admin/jobs"))?.status()).toBe(403);
});
