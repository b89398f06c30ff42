import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "tessera-demo";

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "User menu" }).or(page.getByLabel("User menu"))).toBeVisible();
}

export const screenshotPath = (name: string) => `e2e/.artifacts/${name}.png`;
