import { expect, test } from "@playwright/test";
import { screenshotPath, signIn } from "./fixtures";

test("an admin adds a user, changes their role, and the new user can sign in", async ({ page, browser }) => {
  await signIn(page, "admin@northwind.example");
  await page.goto("/settings/users");
  await expect(page.getByRole("heading", { name: "Users and roles" })).toBeVisible();
  await page.getByRole("button", { name: "Add user" }).click();
  const dialog = page.getByRole("dialog", { name: "Add user" });
  await dialog.getByLabel("Email").fill("new.tech@northwind.example");
  await dialog.getByLabel("Name").fill("Nico Newhire");
  await dialog.getByLabel("Initial password").fill("short");
  await dialog.getByRole("button", { name: "Add user" }).click();
  await expect(dialog.getByText("must be at least 12 characters")).toBeVisible();
  await dialog.getByLabel("Initial password").fill("a long enough password");
  await dialog.getByRole("button", { name: "Add user" }).click();
  const row = page.getByRole("row", { name: /Nico Newhire/ });
  await expect(row).toContainText("technician");

  await row.getByRole("button", { name: "Change role of Nico Newhire" }).click();
  const roleDialog = page.getByRole("dialog", { name: /Change role of Nico Newhire/ });
  await roleDialog.getByLabel("Role").selectOption("viewer");
  await roleDialog.getByRole("button", { name: "Save role" }).click();
  await expect(row).toContainText("viewer");
  await page.screenshot({ path: screenshotPath("settings-users") });

  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await signIn(newcomer, "new.tech@northwind.example", "a long enough password");
  await expect(newcomer.getByRole("heading", { name: "Companies" })).toBeVisible();
  await expect(newcomer.getByRole("button", { name: "New company" })).toHaveCount(0);
  await other.close();
});
