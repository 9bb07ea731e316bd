import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, signOut } from "./helpers";

test("a customer signs in and lands on the portal home", async ({ page }) => {
  await signIn(page, "buyer@acme.example");
  await expect(page).toHaveURL(/\/portal$/);
  await expect(page.getByRole("heading", { name: "Welcome back, Dana" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("Acme Manufacturing");
  await expect(page.getByRole("heading", { name: "Open orders" })).toBeVisible();
});

test("staff sign in and land on the desk home", async ({ page }) => {
  await signIn(page, "agent@accord.example");
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole("heading", { name: "Hello, Alex" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Tickets due next" })).toBeVisible();
});

test("a customer opening the desk gets 403", async ({ page }) => {
  await signIn(page, "requester@acme.example");
  await expect(page).toHaveURL(/\/portal$/);
  const response = await page.goto("/desk");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
});

test("an anonymous visitor is sent to sign in and then back where they were going", async ({ page }) => {
  await page.goto("/desk/profile");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fdesk%2Fprofile$/);
  await page.getByLabel("Email").fill("manager@accord.example");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/desk\/profile$/);
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "buyer@globex.example");
  await expect(page).toHaveURL(/\/portal$/);
  await signOut(page);
  await page.goto("/portal");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fportal$/);
});

test("an unknown page is a 404 with a way home", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to your home page" })).toBeVisible();
});

test("health check answers JSON", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" } });
});
