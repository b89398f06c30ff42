/** Which database a test project runs against, provided by its global setup. */
export type TestDatabaseTarget = { driver: "pglite"; templatePath: string } | { driver: "postgres"; url: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTarget;
  }
}
