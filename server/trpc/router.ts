import { router } from "./init";
import { assetSettingsRouter } from "./routers/asset-settings";
import { assetTypesRouter } from "./routers/asset-types";
import { assetsRouter, historyRouter } from "./routers/assets";
import { maintenanceRouter } from "./routers/maintenance";
import { relationshipsRouter } from "./routers/relationships";
import { companiesRouter } from "./routers/companies";
import { contactsRouter } from "./routers/contacts";
import { locationsRouter } from "./routers/locations";
import { meRouter } from "./routers/me";
import { membersRouter } from "./routers/members";
import { auditRouter, flagsRouter, tokensRouter } from "./routers/settings";

/** The internal API. Every procedure is documented in docs/api.md. */
export const appRouter = router({
  me: meRouter,
  companies: companiesRouter,
  assets: assetsRouter,
  history: historyRouter,
  assetTypes: assetTypesRouter,
  assetSettings: assetSettingsRouter,
  maintenance: maintenanceRouter,
  relationships: relationshipsRouter,
  locations: locationsRouter,
  contacts: contactsRouter,
  members: membersRouter,
  tokens: tokensRouter,
  flags: flagsRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
