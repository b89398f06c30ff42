export * from "./tenancy";
export * from "./companies";
export * from "./auth";
export * from "./settings";
export * from "./audit";
