import { z } from "zod";
import { archiveCompany, archiveCompanyInput } from "../../services/companies/archive-company";
import { createCompany } from "../../services/companies/create-company";
import { createCompanyInput, updateCompanyInput } from "../../services/companies/company-input";
import { getCompany, getCompanyInput } from "../../services/companies/get-company";
import { listCompanies, listCompaniesInput } from "../../services/companies/list-companies";
import { updateCompany } from "../../services/companies/update-company";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

const read = permissionProcedure("companies.read");
const write = permissionProcedure("companies.write");

export const companiesRouter = router({
  list: read.input(listCompaniesInput.optional()).query(({ ctx, input }) => listCompanies(ctx.svc, input ?? {})),
  get: read.input(getCompanyInput).query(({ ctx, input }) => getCompany(ctx.svc, input)),
  create: write.input(createCompanyInput).mutation(({ ctx, input }) => createCompany(ctx.svc, input)),
  update: write.input(updateCompanyInput).mutation(({ ctx, input }) => updateCompany(ctx.svc, input)),
  archive: write
    .input(archiveCompanyInput.pick({ companyId: true }))
    .mutation(({ ctx, input }) => archiveCompany(ctx.svc, { ...input, archived: true })),
  restore: write
    .input(z.object({ companyId: z.string().uuid("must be a company id") }))
    .mutation(({ ctx, input }) => archiveCompany(ctx.svc, { ...input, archived: false })),
});
