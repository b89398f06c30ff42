import { z } from "zod";
import { companyFields } from "../../server/services/companies/company-input";
import { useActionForm } from "~/components/forms/use-action-form";
import { Button } from "~/components/ui/button";
import { InputField, TextAreaField } from "~/components/ui/field";
import { FormError } from "~/components/ui/page-header";

// Form values are strings; the service turns blanks into NULL.
const formSchema = companyFields.extend({
  code: z.string(),
  domain: z.string(),
  phone: z.string(),
  website: z.string(),
  notes: z.string(),
}).superRefine((values, ctx) => {
  const parsed = companyFields.safeParse(values);
  if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue(issue);
});
export type CompanyFormValues = z.infer<typeof formSchema>;

export const emptyCompany: CompanyFormValues = { name: "", code: "", domain: "", phone: "", website: "", notes: "" };

interface Props<T> {
  intent: string;
  defaultValues: CompanyFormValues;
  extra?: Record<string, unknown>;
  submitLabel: string;
  disabled?: boolean;
  onSuccess?(result: T): void;
}

export function CompanyForm<T>({ intent, defaultValues, extra, submitLabel, disabled, onSuccess }: Props<T>) {
  const { form, onSubmit, busy, formError } = useActionForm<CompanyFormValues, T>({
    schema: formSchema,
    defaultValues,
    intent,
    extra,
    onSuccess,
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <FormError message={formError} />
      <fieldset disabled={disabled} className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <InputField label="Name" {...register("name")} error={e.name?.message} required />
        </div>
        <InputField label="Client code" hint="Short code used in tickets and tags, e.g. ACME" {...register("code")} error={e.code?.message} />
        <InputField label="Domain" placeholder="example.com" {...register("domain")} error={e.domain?.message} />
        <InputField label="Phone" {...register("phone")} error={e.phone?.message} />
        <InputField label="Website" placeholder="https://" {...register("website")} error={e.website?.message} />
        <div className="sm:col-span-2">
          <TextAreaField label="Notes" {...register("notes")} error={e.notes?.message} />
        </div>
      </fieldset>
      {disabled ? null : (
        <div className="flex justify-end">
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? "Saving…" : submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
