import { createLocation } from "../../services/locations/create-location";
import { deleteLocation } from "../../services/locations/delete-location";
import { listLocations } from "../../services/locations/list-locations";
import {
  createLocationInput,
  deleteLocationInput,
  listLocationsInput,
  updateLocationInput,
} from "../../services/locations/location-input";
import { updateLocation } from "../../services/locations/update-location";
import { router } from "../init";
import { permissionProcedure } from "../procedures";

const read = permissionProcedure("companies.read");
const write = permissionProcedure("companies.write");

export const locationsRouter = router({
  list: read.input(listLocationsInput).query(({ ctx, input }) => listLocations(ctx.svc, input)),
  create: write.input(createLocationInput).mutation(({ ctx, input }) => createLocation(ctx.svc, input)),
  update: write.input(updateLocationInput).mutation(({ ctx, input }) => updateLocation(ctx.svc, input)),
  delete: write.input(deleteLocationInput).mutation(({ ctx, input }) => deleteLocation(ctx.svc, input)),
});
