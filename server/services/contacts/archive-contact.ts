import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { contacts } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../validate";
import { archiveContactInput } from "./contact-input";
import { findContactOrThrow, fullName } from "./contact-queries";

/**
 * Archives (or restores) a contact: it leaves the default list but keeps its history. An archived
 * contact stops being the primary one (nobody should be told to call someone who left); restoring
 * does not make it primary again, since another contact may have become primary meanwhile.
 */
export async function archiveContact(ctx: ServiceContext, rawInput: z.input<typeof archiveContactInput>) {
  assertCan(ctx, "companies.write");
  const { contactId, archived } = parseInput(archiveContactInput, rawInput);
  const before = await findContactOrThrow(ctx, contactId);
  if (Boolean(before.archivedAt) === archived) return before;
  const [row] = await ctx.db
    .update(contacts)
    .set({
      archivedAt: archived ? sql`now()` : null,
      ...(archived ? { isPrimary: false } : {}),
      updatedAt: sql`now()`,
    })
    .where(and(eq(contacts.tenant, ctx.tenantId), eq(contacts.contactId, contactId)))
    .returning();
  await recordAudit(ctx, {
    action: archived ? "contact.archived" : "contact.restored",
    targetType: "contact",
    targetId: contactId,
    details: {
      companyId: before.companyId,
      name: fullName(before),
      ...(archived && before.isPrimary ? { wasPrimary: true } : {}),
    },
  });
  return row;
}
