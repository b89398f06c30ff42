import { locationKinds } from "../../../db/schema/values";
import { locationFields } from "../../../server/services/locations/location-input";
import { optionalId } from "../../../server/services/locations/location-input";
import { useActionForm } from "~/components/forms/use-action-form";
import { Button } from "~/components/ui/button";
import { InputField, SelectField } from "~/components/ui/field";
import { FormError } from "~/components/ui/page-header";

// Every field is a string in the form (blank = none); the service turns blanks into NULL.
const formSchema = locationFields.extend({ parentLocationId: optionalId("must be a location id") }).required();
type LocationFormValues = typeof formSchema._output;

export interface LocationOption {
  locationId: string;
  name: string;
  depth: number;
}

export interface EditableLocation extends Partial<Record<keyof LocationFormValues, string | null>> {
  locationId: string;
}

interface Props {
  companyId: string;
  options: LocationOption[];
  location?: EditableLocation;
  onDone(): void;
}

/** Create or edit a location; the parent list excludes the location itself. */
export function LocationForm({ companyId, options, location, onDone }: Props) {
  const v = (k: keyof LocationFormValues) => (location?.[k] as string | null | undefined) ?? "";
  const { form, onSubmit, busy, formError } = useActionForm<LocationFormValues>({
    schema: formSchema,
    intent: location ? "updateLocation" : "createLocation",
    extra: location ? { locationId: location.locationId } : { companyId },
    defaultValues: {
      name: v("name"),
      kind: (location?.kind as LocationFormValues["kind"]) ?? "site",
      parentLocationId: v("parentLocationId"),
      addressLine1: v("addressLine1"),
      addressLine2: v("addressLine2"),
      city: v("city"),
      region: v("region"),
      postalCode: v("postalCode"),
      country: v("country"),
      notes: v("notes"),
    },
    onSuccess: onDone,
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <InputField label="Name" {...register("name")} error={e.name?.message} required />
        <SelectField label="Kind" {...register("kind")} error={e.kind?.message}>
          {locationKinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </SelectField>
        <div className="sm:col-span-2">
          <SelectField label="Inside" {...register("parentLocationId")} error={e.parentLocationId?.message}>
            <option value="">— top level —</option>
            {options
              .filter((o) => o.locationId !== location?.locationId)
              .map((o) => (
                <option key={o.locationId} value={o.locationId}>
                  {"\u00a0\u00a0".repeat(o.depth)}
                  {o.name}
                </option>
              ))}
          </SelectField>
        </div>
        <div className="sm:col-span-2">
          <InputField label="Address" {...register("addressLine1")} error={e.addressLine1?.message} />
        </div>
        <InputField label="City" {...register("city")} error={e.city?.message} />
        <InputField label="Region / state" {...register("region")} error={e.region?.message} />
        <InputField label="Postal code" {...register("postalCode")} error={e.postalCode?.message} />
        <InputField label="Country" {...register("country")} error={e.country?.message} />
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Saving…" : location ? "Save location" : "Add location"}
        </Button>
      </div>
    </form>
  );
}
