import { contactFields } from "../../../server/services/contacts/contact-input";
import { useActionForm } from "~/components/forms/use-action-form";
import { Button } from "~/components/ui/button";
import { InputField, SelectField } from "~/components/ui/field";
import { FormError } from "~/components/ui/page-header";
import type { LocationOption } from "./location-form";

const formSchema = contactFields.required();
type ContactFormValues = typeof formSchema._output;

export interface EditableContact {
  contactId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  title: string | null;
  locationId: string | null;
  isPrimary: boolean;
  notes: string | null;
}

interface Props {
  companyId: string;
  locations: LocationOption[];
  contact?: EditableContact;
  onDone(): void;
}

export function ContactForm({ companyId, locations, contact, onDone }: Props) {
  const { form, onSubmit, busy, formError } = useActionForm<ContactFormValues>({
    schema: formSchema,
    intent: contact ? "updateContact" : "createContact",
    extra: contact ? { contactId: contact.contactId } : { companyId },
    defaultValues: {
      firstName: contact?.firstName ?? "",
      lastName: contact?.lastName ?? "",
      email: contact?.email ?? "",
      phone: contact?.phone ?? "",
      mobile: contact?.mobile ?? "",
      title: contact?.title ?? "",
      locationId: contact?.locationId ?? "",
      isPrimary: contact?.isPrimary ?? false,
      notes: contact?.notes ?? "",
    },
    onSuccess: onDone,
  });
  const { register, formState } = form;
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <InputField label="First name" {...register("firstName")} error={e.firstName?.message} required />
        <InputField label="Last name" {...register("lastName")} error={e.lastName?.message} required />
        <InputField label="Email" type="email" {...register("email")} error={e.email?.message} />
        <InputField label="Title" {...register("title")} error={e.title?.message} />
        <InputField label="Phone" {...register("phone")} error={e.phone?.message} />
        <InputField label="Mobile" {...register("mobile")} error={e.mobile?.message} />
        <div className="sm:col-span-2">
          <SelectField label="Location" {...register("locationId")} error={e.locationId?.message}>
            <option value="">— none —</option>
            {locations.map((o) => (
              <option key={o.locationId} value={o.locationId}>
                {"\u00a0\u00a0".repeat(o.depth)}
                {o.name}
              </option>
            ))}
          </SelectField>
        </div>
        <label className="flex items-center gap-2 text-sm sm:col-span-2">
          <input type="checkbox" {...register("isPrimary")} />
          Primary contact of the company
        </label>
      </div>
      <div className="flex justify-end">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Saving…" : contact ? "Save contact" : "Add contact"}
        </Button>
      </div>
    </form>
  );
}
