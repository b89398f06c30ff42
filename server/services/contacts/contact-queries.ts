import { and, eq, ne, sql } from "drizzle-orm";
import { contacts } from "../../../db/schema";
import type { ServiceContext } from "../../context";
import { NotFoundError } from "../../errors";

/** Loads one contact of the tenant; an id of another tenant is NOT_FOUND, like one that never existed. */
export async function findContactOrThrow(ctx: ServiceContext, contactId: string) {
  const [row] = await ctx.db
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenant, ctx.tenantId), eq(contacts.contactId, contactId)));
  if (!row) throw new NotFoundError("Contact", contactId);
  return row;
}

/**
 * One primary contact per company: clears the flag on every other contact of the company and
 * answers whose it was, for the audit row. Callers hold lockCompanyRow so that two concurrent
 * "make primary" writes cannot both win.
 */
export async function clearOtherPrimaries(
  ctx: ServiceContext,
  contact: { companyId: string; contactId: string },
): Promise<string[]> {
  const cleared = await ctx.db
    .update(contacts)
    .set({ isPrimary: false, updatedAt: sql`now()` })
    .where(
      and(
        eq(contacts.tenant, ctx.tenantId),
        eq(contacts.companyId, contact.companyId),
        eq(contacts.isPrimary, true),
        ne(contacts.contactId, contact.contactId),
      ),
    )
    .returning({ contactId: contacts.contactId });
  return cleared.map((c) => c.contactId);
}

export const fullName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;
