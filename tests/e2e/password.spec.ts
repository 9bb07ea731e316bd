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
  await phone.getByLabel("New password", { exact: true }).fill(DEMO_PASSWORD + "-x");
  await phone.getByLabel("Repeat new password").fill(DEMO_PASSWORD + "-x");
  await phone.getByRole("button", { name: "Change password" }).click();
  await expect(phone.getByRole("status")).toContainText("Your password was changed");
});
