import { archiveContact } from "../../services/contacts/archive-contact";
import {
  archiveContactInput,
  createContactInput,
  listContactsInput,
  updateContactInput,
} from "../../services/contacts/contact-input";
import { createContact } from "../../services/contacts/create-contact";
import { listContacts } from "../../services/contacts/list-contacts";
import { updateContact } from "../../services/contacts/update-contact";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

const read = permissionProcedure("companies.read");
const write = permissionProcedure("companies.write");
const contactRef = archiveContactInput.pick({ contactId: true });

export const contactsRouter = router({
  list: read.input(listContactsInput).query(({ ctx, input }) => listContacts(ctx.svc, input)),
  create: write.input(createContactInput).mutation(({ ctx, input }) => createContact(ctx.svc, input)),
  update: write.input(updateContactInput).mutation(({ ctx, input }) => updateContact(ctx.svc, input)),
  archive: write.input(contactRef).mutation(({ ctx, input }) => archiveContact(ctx.svc, { ...input, archived: true })),
  restore: write.input(contactRef).mutation(({ ctx, input }) => archiveContact(ctx.svc, { ...input, archived: false })),
});
