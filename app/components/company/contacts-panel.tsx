import { useState } from "react";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { Dialog } from "~/components/ui/dialog";
import { ContactForm, type EditableContact } from "./contact-form";
import type { LocationOption } from "./location-form";
import { DataTable } from "~/components/ui/data-table";

export interface ContactRow extends EditableContact {
  locationName: string | null;
}

export function ContactsPanel(props: { companyId: string; contacts: ContactRow[]; locations: LocationOption[]; canEdit: boolean }) {
  const { companyId, contacts, locations, canEdit } = props;
  const [editing, setEditing] = useState<EditableContact | "new" | null>(null);
  return (
    <section aria-labelledby="contacts-heading" className="rounded border border-slate-200 bg-white">
      <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2">
        <h2 id="contacts-heading" className="font-semibold">
          Contacts <span className="font-normal text-slate-500">({contacts.length})</span>
        </h2>
        {canEdit ? (
          <Button size="sm" onClick={() => setEditing("new")}>
            Add contact
          </Button>
        ) : null}
      </div>
      {contacts.length === 0 ? (
        <p className="px-4 py-6 text-center text-slate-500">No contacts yet. Add the person the technicians call first and mark them primary.</p>
      ) : (
        <DataTable columns={[{ label: "Name" }, { label: "Title" }, { label: "Email" }, { label: "Phone" }, { label: "Location" }, canEdit && { label: "Actions", srOnly: true }]} bare>
              {contacts.map((c) => (
                <tr key={c.contactId}>
                  <td className="px-4 py-1.5 whitespace-nowrap">
                    <span className="font-medium">{c.firstName} {c.lastName}</span>
                    {c.isPrimary ? <span className="ml-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">primary</span> : null}
                  </td>
                  <td className="px-3 py-1.5 text-slate-700">{c.title}</td>
                  <td className="px-3 py-1.5">{c.email ? <a className="text-brand-700 hover:underline" href={`mailto:${c.email}`}>{c.email}</a> : null}</td>
                  <td className="px-3 py-1.5 whitespace-nowrap text-slate-700">{c.phone ?? c.mobile}</td>
                  <td className="px-3 py-1.5 text-slate-700">{c.locationName}</td>
                  {canEdit ? (
                    <td className="px-3 py-1.5 text-right whitespace-nowrap">
                      <Button size="sm" variant="ghost" onClick={() => setEditing(c)} aria-label={`Edit ${c.firstName} ${c.lastName}`}>
                        Edit
                      </Button>
                      <ConfirmButton
                        label="Archive"
                        title={`Archive ${c.firstName} ${c.lastName}?`}
                        description="The contact leaves the list but stays in the history; it can be restored."
                        confirmLabel="Archive contact"
                        payload={{ intent: "archiveContact", contactId: c.contactId }}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
        </DataTable>
      )}
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)} title={editing === "new" ? "Add contact" : "Edit contact"}>
        {editing ? (
          <ContactForm companyId={companyId} locations={locations} contact={editing === "new" ? undefined : editing} onDone={() => setEditing(null)} />
        ) : null}
      </Dialog>
    </section>
  );
}
