import { useState } from "react";
import { Button } from "~/components/ui/button";
import { ConfirmButton } from "~/components/ui/confirm-button";
import { Dialog } from "~/components/ui/dialog";
import { LocationForm, type EditableLocation, type LocationOption } from "./location-form";

export interface LocationRow extends LocationOption {
  kind: string;
  parentLocationId: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
  notes: string | null;
}

/** The company's location tree, indented by depth, with add / edit / delete for editors. */
export function LocationsPanel({ companyId, locations, canEdit }: { companyId: string; locations: LocationRow[]; canEdit: boolean }) {
  const [editing, setEditing] = useState<EditableLocation | "new" | null>(null);
  return (
    <section aria-labelledby="locations-heading" className="rounded border border-slate-200 bg-white">
      <div className="flex items-center justify-between border-b border-slate-100 px-4 py-2">
        <h2 id="locations-heading" className="font-semibold">
          Locations <span className="font-normal text-slate-500">({locations.length})</span>
        </h2>
        {canEdit ? (
          <Button size="sm" onClick={() => setEditing("new")}>
            Add location
          </Button>
        ) : null}
      </div>
      {locations.length === 0 ? (
        <p className="px-4 py-6 text-center text-slate-500">No locations yet. Add the head office first, then floors, rooms and racks inside it.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {locations.map((l) => (
            <li key={l.locationId} className="flex items-center gap-3 px-4 py-1.5" style={{ paddingLeft: `${1 + l.depth * 1.25}rem` }}>
              <span className="min-w-0 flex-1 truncate">
                <span className="font-medium">{l.name}</span>
                <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{l.kind}</span>
                {l.city ? <span className="ml-2 text-xs text-slate-500">{[l.addressLine1, l.city, l.country].filter(Boolean).join(", ")}</span> : null}
              </span>
              {canEdit ? (
                <span className="flex shrink-0 gap-1">
                  <Button size="sm" variant="ghost" onClick={() => setEditing(l)} aria-label={`Edit ${l.name}`}>
                    Edit
                  </Button>
                  <ConfirmButton
                    label="Delete"
                    variant="danger"
                    title={`Delete ${l.name}?`}
                    description="Contacts at this location keep their company but lose the location. A location with sub-locations cannot be deleted."
                    confirmLabel="Delete location"
                    payload={{ intent: "deleteLocation", locationId: l.locationId }}
                  />
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Dialog open={editing !== null} onOpenChange={(open) => !open && setEditing(null)} title={editing === "new" ? "Add location" : "Edit location"}>
        {editing ? (
          <LocationForm companyId={companyId} options={locations} location={editing === "new" ? undefined : editing} onDone={() => setEditing(null)} />
        ) : null}
      </Dialog>
    </section>
  );
}
