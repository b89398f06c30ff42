import { useId } from "react";
import { useActionForm } from "~/components/forms/use-action-form";
import { Button } from "~/components/ui/button";
import { InputField, SelectField } from "~/components/ui/field";
import { FormError } from "~/components/ui/page-header";
import { emptyTokenForm, expiryOptions, scopeOptions, tokenFormSchema, type TokenFormValues } from "./token-form-schema";

/** What the action answers on success: the row plus the secret, which exists only in this answer. */
export interface CreatedToken {
  tokenId: string;
  name: string;
  displayPrefix: string;
  scopes: string[];
  expiresAt: string | null;
  token: string;
}

// A select's value is a string; "" stands for "never expires".
const toDays = (value: string) => (value === "" ? null : Number(value));

export function NewTokenForm({ onCreated, onCancel }: { onCreated(token: CreatedToken): void; onCancel(): void }) {
  const { form, onSubmit, busy, formError } = useActionForm<TokenFormValues, CreatedToken>({
    schema: tokenFormSchema,
    defaultValues: emptyTokenForm,
    intent: "create",
    onSuccess: onCreated,
  });
  const { register, formState } = form;
  const e = formState.errors;
  const scopesId = useId();
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormError message={formError} />
      <InputField
        label="Name"
        hint="Say who uses it, e.g. “Billing sync” or “Backup reporter”."
        autoComplete="off"
        {...register("name")}
        error={e.name?.message}
        required
      />
      <fieldset aria-describedby={e.scopes ? `${scopesId}-error` : undefined} className="space-y-1.5">
        <legend className="mb-1 text-xs font-medium text-slate-700">Scopes</legend>
        {scopeOptions.map((scope) => (
          <label key={scope.value} className="flex items-start gap-2 rounded border border-slate-200 px-2.5 py-1.5 hover:bg-slate-50">
            <input type="checkbox" value={scope.value} {...register("scopes")} className="mt-0.5" />
            <span className="text-sm">
              <span className="font-mono font-medium text-slate-900">{scope.label}</span>
              <span className="text-slate-600"> — {scope.hint}</span>
            </span>
          </label>
        ))}
        {e.scopes?.message ? (
          <p id={`${scopesId}-error`} role="alert" className="text-xs text-red-700">
            {e.scopes.message}
          </p>
        ) : null}
      </fieldset>
      <SelectField
        label="Expires after"
        hint="A token that never expires keeps working until it is revoked."
        {...register("expiresInDays", { setValueAs: toDays })}
        error={e.expiresInDays?.message}
      >
        {expiryOptions.map((o) => (
          <option key={o.label} value={o.days ?? ""}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <div className="flex justify-end gap-2">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Creating…" : "Create token"}
        </Button>
      </div>
    </form>
  );
}
