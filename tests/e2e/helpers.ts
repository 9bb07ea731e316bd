import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "accord-demo";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Done when we left the sign-in page, or it answered with an error.
  await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith("/login")).catch(() => {}),
    page.getByRole("alert").waitFor().catch(() => {}),
  ]);
}

export async function signOut(page: Page) {
  await page.locator("summary[aria-label^='Account menu']:visible").first().click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}
