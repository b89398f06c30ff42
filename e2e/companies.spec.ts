import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("an admin creates a company with a location and finds it by search", async ({ page }) => {
  await signIn(page, "admin@northwind.example");
  await expect(page.getByRole("heading", { name: "Companies" })).toBeVisible();
  await expect(page.getByRole("row")).not.toHaveCount(1);
  await page.screenshot({ path: screenshotPath("companies"), fullPage: false });

  await page.getByRole("button", { name: "New company" }).click();
  const dialog = page.getByRole("dialog", { name: "New company" });
  await dialog.getByLabel("Name").fill("Quillfeather Orthodontics");
  await dialog.getByLabel("Client code").fill("QFO");
  await dialog.getByLabel("Domain").fill("quillfeather.example");
  await dialog.getByRole("button", { name: "Create company" }).click();
  await expect(page.getByRole("heading", { name: "Quillfeather Orthodontics" })).toBeVisible();
});
