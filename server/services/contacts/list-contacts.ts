import { and, asc, eq, getTableColumns, isNull, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { contacts, locations } from "../../../db/schema";
import { assertCan, type ServiceContext } from "../../context";
import { findCompanyOrThrow } from "../companies/get-company";
import { parseInput } from "../validate";
import { listContactsInput } from "./contact-input";

/** A company's contacts by last name, first name (the order of contacts_company_idx), with their location's name. */
export async function listContacts(ctx: ServiceContext, rawInput: z.input<typeof listContactsInput>) {
  assertCan(ctx, "companies.read");
  const { companyId, includeArchived } = parseInput(listContactsInput, rawInput);
  await findCompanyOrThrow(ctx, companyId);
  const where: SQL[] = [eq(contacts.tenant, ctx.tenantId), eq(contacts.companyId, companyId)];
  if (!includeArchived) where.push(isNull(contacts.archivedAt));
  return ctx.db
    .select({ ...getTableColumns(contacts), locationName: locations.name })
    .from(contacts)
    .leftJoin(locations, and(eq(locations.tenant, contacts.tenant), eq(locations.locationId, contacts.locationId)))
    .where(and(...where))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.contactId));
}
