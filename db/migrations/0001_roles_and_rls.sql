-- Custom migration: extensions, the application role, grants and row-level security.
-- drizzle-kit does not manage these (STACK.md, trap 5). Every later migration that adds a
-- tenant-owned table calls app_enable_tenant_rls('<table>') for it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tessera_app') THEN
    CREATE ROLE tessera_app NOLOGIN NOBYPASSRLS;
  END IF;
END
$$;
--> statement-breakpoint
-- The login role (the owner, or a deploy role) must be able to SET ROLE to tessera_app.
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
    EXECUTE format('GRANT tessera_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tessera_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO tessera_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO tessera_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tessera_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tessera_app;
--> statement-breakpoint
-- The tenant and user of the current transaction, set by withTenant / withUser through
-- set_config(..., true). After a transaction the setting reads '' rather than NULL (trap 3).
CREATE OR REPLACE FUNCTION app_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_current_user() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
-- The standard policy of a tenant-owned table: rows of the current tenant only, for reads and writes.
CREATE OR REPLACE FUNCTION app_enable_tenant_rls(target regclass) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s USING (tenant = app_current_tenant()) WITH CHECK (tenant = app_current_tenant())',
    target
  );
END
$$;
--> statement-breakpoint
SELECT app_enable_tenant_rls('companies');
--> statement-breakpoint
SELECT app_enable_tenant_rls('locations');
--> statement-breakpoint
SELECT app_enable_tenant_rls('contacts');
--> statement-breakpoint
SELECT app_enable_tenant_rls('api_tokens');
--> statement-breakpoint
SELECT app_enable_tenant_rls('feature_flags');
--> statement-breakpoint
SELECT app_enable_tenant_rls('audit_log');
--> statement-breakpoint
-- Memberships: writes stay inside the current tenant; a person may also read their own
-- memberships in other tenants (the tenant switch lists them).
ALTER TABLE tenant_memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY tenant_isolation ON tenant_memberships
  USING (tenant = app_current_tenant()) WITH CHECK (tenant = app_current_tenant());
--> statement-breakpoint
CREATE POLICY own_memberships ON tenant_memberships FOR SELECT
  USING (user_id = app_current_user());
--> statement-breakpoint
-- Tenants: a member sees the tenants they belong to; only the current tenant can be renamed.
-- Creating tenants is an operator task (seed and admin scripts run as the owner).
ALTER TABLE tenants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY current_tenant ON tenants USING (tenant_id = app_current_tenant());
--> statement-breakpoint
CREATE POLICY member_tenants ON tenants FOR SELECT
  USING (tenant_id IN (SELECT m.tenant FROM tenant_memberships m WHERE m.user_id = app_current_user()));
--> statement-breakpoint
-- Search by name inside a tenant's companies (trap 4: the extension is created above).
CREATE INDEX companies_name_trgm_idx ON companies USING gin (name gin_trgm_ops);
