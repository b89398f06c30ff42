import type { UseFormRegisterReturn } from "react-hook-form";
import type { z } from "zod";
import { roles } from "../../../db/schema/values";
import { addMemberInput, changeRoleInput } from "../../../server/services/members/member-input";
import { useActionForm } from "~/components/forms/use-action-form";
import { Button } from "~/components/ui/button";
import { InputField, SelectField } from "~/components/ui/field";
import { FormError } from "~/components/ui/page-header";

export interface CompanyOption {
  companyId: string;
  name: string;
}

export const roleLabels: Record<(typeof roles)[number], string> = {
  admin: "Admin — everything, including users, tokens and settings",
  technician: "Technician — reads and changes client data",
  viewer: "Viewer — reads only",
  client_user: "Client user — portal access to one company",
};

/** Role select, and the company select a client user needs (registered by the caller's form). */
function RoleAndCompany(props: {
  roleField: UseFormRegisterReturn;
  companyField: UseFormRegisterReturn;
  role: string | undefined;
  companies: CompanyOption[];
  errors: { role?: { message?: string }; companyId?: { message?: string } };
}) {
  return (
    <>
      <SelectField label="Role" {...props.roleField} error={props.errors.role?.message}>
        {roles.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </SelectField>
      {props.role === "client_user" ? (
        <SelectField label="Company" {...props.companyField} error={props.errors.companyId?.message}>
          <option value="">— choose the client company —</option>
          {props.companies.map((c) => (
            <option key={c.companyId} value={c.companyId}>
              {c.name}
            </option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}

export function AddMemberForm({ companies, onDone }: { companies: CompanyOption[]; onDone(): void }) {
  const { form, onSubmit, busy, formError } = useActionForm<z.input<typeof addMemberInput>, unknown, z.output<typeof addMemberInput>>({
    schema: addMemberInput,
    intent: "add",
    defaultValues: { email: "", name: "", role: "technician", companyId: "", password: "" },
    onSuccess: onDone,
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <InputField label="Email" type="email" {...form.register("email")} error={e.email?.message} required />
      <InputField label="Name" {...form.register("name")} error={e.name?.message} required />
      <RoleAndCompany roleField={form.register("role")} companyField={form.register("companyId")} role={form.watch("role")} companies={companies} errors={e} />
      <InputField
        label="Initial password"
        type="password"
        autoComplete="new-password"
        hint="Needed only when the email has no account yet (12 characters or more). Someone who already has an account keeps their password."
        {...form.register("password")}
        error={e.password?.message}
      />
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Adding…" : "Add user"}
        </Button>
      </div>
    </form>
  );
}

export function ChangeRoleForm(props: { userId: string; role: string; companyId: string | null; companies: CompanyOption[]; onDone(): void }) {
  const { form, onSubmit, busy, formError } = useActionForm<z.input<typeof changeRoleInput>, unknown, z.output<typeof changeRoleInput>>({
    schema: changeRoleInput,
    intent: "changeRole",
    defaultValues: { userId: props.userId, role: props.role as (typeof roles)[number], companyId: props.companyId ?? "" },
    onSuccess: props.onDone,
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError ?? e.userId?.message} />
      <RoleAndCompany roleField={form.register("role")} companyField={form.register("companyId")} role={form.watch("role")} companies={props.companies} errors={e} />
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Saving…" : "Save role"}
        </Button>
      </div>
    </form>
  );
}
