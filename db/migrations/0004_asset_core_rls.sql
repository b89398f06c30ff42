-- Custom migration for the asset core: row-level security on every new tenant table, the search
-- index, planner statistics, and the per-tenant defaults (built-in types, lifecycle, relationship
-- types, asset settings) provisioned by a trigger on tenants, for existing and future tenants.

SELECT app_enable_tenant_rls('asset_types');
--> statement-breakpoint
SELECT app_enable_tenant_rls('asset_statuses');
--> statement-breakpoint
SELECT app_enable_tenant_rls('asset_status_transitions');
--> statement-breakpoint
SELECT app_enable_tenant_rls('tenant_asset_settings');
--> statement-breakpoint
SELECT app_enable_tenant_rls('assets');
--> statement-breakpoint
SELECT app_enable_tenant_rls('asset_external_ids');
--> statement-breakpoint
SELECT app_enable_tenant_rls('asset_history');
--> statement-breakpoint
SELECT app_enable_tenant_rls('workstation_assets');
--> statement-breakpoint
SELECT app_enable_tenant_rls('server_assets');
--> statement-breakpoint
SELECT app_enable_tenant_rls('network_device_assets');
--> statement-breakpoint
SELECT app_enable_tenant_rls('mobile_device_assets');
--> statement-breakpoint
SELECT app_enable_tenant_rls('printer_assets');
--> statement-breakpoint
SELECT app_enable_tenant_rls('relationship_types');
--> statement-breakpoint
SELECT app_enable_tenant_rls('asset_relationships');
--> statement-breakpoint
SELECT app_enable_tenant_rls('asset_maintenance_schedules');
--> statement-breakpoint
SELECT app_enable_tenant_rls('asset_maintenance_records');
--> statement-breakpoint
-- Free-text search over name, tag, serial, hostname, maker and model (trap 4: pg_trgm exists).
CREATE INDEX assets_search_trgm_idx ON assets USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
-- Without these, estimates of filtered counts are off by orders of magnitude across tenants (STACK.md).
CREATE STATISTICS assets_filter_stats (dependencies, mcv) ON tenant, type_id, company_id, status FROM assets;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_provision_tenant_defaults(target uuid) RETURNS void
  LANGUAGE plpgsql
  AS $$
BEGIN
  INSERT INTO asset_types (tenant, name, kind, is_builtin, description) VALUES
    (target, 'Workstation', 'workstation', true, 'Desktops and laptops people work on'),
    (target, 'Server', 'server', true, 'Physical and virtual servers'),
    (target, 'Network device', 'network_device', true, 'Switches, routers, firewalls, access points'),
    (target, 'Mobile device', 'mobile_device', true, 'Phones and tablets'),
    (target, 'Printer', 'printer', true, 'Printers and multifunction devices'),
    (target, 'Other', 'other', true, 'Anything else: UPSs, racks, cameras, licences')
  ON CONFLICT DO NOTHING;

  INSERT INTO asset_statuses (tenant, status_key, label, position, is_active, is_initial) VALUES
    (target, 'ordered', 'Ordered', 1, false, false),
    (target, 'in_stock', 'In stock', 2, true, false),
    (target, 'deployed', 'Deployed', 3, true, true),
    (target, 'in_repair', 'In repair', 4, true, false),
    (target, 'retired', 'Retired', 5, false, false),
    (target, 'disposed', 'Disposed', 6, false, false),
    (target, 'lost', 'Lost', 7, false, false)
  ON CONFLICT DO NOTHING;

  INSERT INTO asset_status_transitions (tenant, from_status, to_status)
  SELECT target, f, t FROM (VALUES
    ('ordered', 'in_stock'), ('ordered', 'deployed'), ('ordered', 'lost'),
    ('in_stock', 'deployed'), ('in_stock', 'in_repair'), ('in_stock', 'retired'), ('in_stock', 'lost'),
    ('deployed', 'in_stock'), ('deployed', 'in_repair'), ('deployed', 'retired'), ('deployed', 'lost'),
    ('in_repair', 'in_stock'), ('in_repair', 'deployed'), ('in_repair', 'retired'), ('in_repair', 'lost'),
    ('retired', 'in_stock'), ('retired', 'disposed'), ('retired', 'lost'),
    ('lost', 'in_stock'), ('lost', 'deployed'), ('lost', 'retired'), ('lost', 'disposed')
  ) AS v(f, t)
  ON CONFLICT DO NOTHING;

  INSERT INTO relationship_types (tenant, type_key, label, inverse_label, acyclic, impact_direction, hierarchical, is_builtin) VALUES
    (target, 'contains', 'contains', 'is contained in', true, 'child', true, true),
    (target, 'connected_to', 'is connected to', 'is connected to', false, 'none', false, true),
    (target, 'depends_on', 'depends on', 'is needed by', true, 'parent', false, true),
    (target, 'runs_on', 'runs on', 'hosts', true, 'parent', true, true),
    (target, 'backed_up_by', 'is backed up by', 'backs up', true, 'parent', false, true),
    (target, 'powered_by', 'is powered by', 'powers', true, 'parent', false, true)
  ON CONFLICT DO NOTHING;

  INSERT INTO tenant_asset_settings (tenant) VALUES (target) ON CONFLICT DO NOTHING;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_tenant_created() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  PERFORM app_provision_tenant_defaults(NEW.tenant_id);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER tenants_provision_defaults AFTER INSERT ON tenants
  FOR EACH ROW EXECUTE FUNCTION app_tenant_created();
--> statement-breakpoint
SELECT app_provision_tenant_defaults(tenant_id) FROM tenants;
--> statement-breakpoint
-- A composite foreign key with plain ON DELETE SET NULL would null `tenant` too (NOT NULL: the
-- delete fails). Postgres 15 can null only the named column; drizzle-kit cannot say so, hence here.
ALTER TABLE asset_maintenance_records
  DROP CONSTRAINT "asset_maintenance_records_tenant_schedule_id_asset_maintenance_schedules_tenant_schedule_id_fk";
--> statement-breakpoint
ALTER TABLE asset_maintenance_records
  ADD CONSTRAINT "asset_maintenance_records_tenant_schedule_id_asset_maintenance_schedules_tenant_schedule_id_fk"
  FOREIGN KEY (tenant, schedule_id) REFERENCES asset_maintenance_schedules (tenant, schedule_id) ON DELETE SET NULL (schedule_id);
--> statement-breakpoint
-- Index-assisted lookups under RLS. A qual whose functions are not leakproof (LIKE, <%, @> on
-- arrays) cannot use an index below the row-level-security filter, so such lookups would read the
-- tenant's every row. These functions run as the owner and scope themselves to the session's tenant
-- (app_current_tenant(), the same setting the policies read); callers still join assets under RLS.
CREATE OR REPLACE FUNCTION app_search_asset_ids(pattern text, fuzzy_term text, mac text, ip text, max_rows integer)
  RETURNS SETOF uuid
  LANGUAGE plpgsql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
DECLARE
  tenant_id uuid := app_current_tenant();
  conditions text[] := '{}';
BEGIN
  IF tenant_id IS NULL THEN RETURN; END IF;
  IF pattern IS NOT NULL THEN conditions := conditions || format('search_text LIKE %L', pattern); END IF;
  IF fuzzy_term IS NOT NULL THEN conditions := conditions || format('%L <%% search_text', fuzzy_term); END IF;
  IF mac IS NOT NULL THEN conditions := conditions || format('mac_addresses @> ARRAY[%L]::text[]', mac); END IF;
  IF ip IS NOT NULL THEN conditions := conditions || format('ip_addresses @> ARRAY[%L]::text[]', ip); END IF;
  IF cardinality(conditions) = 0 THEN RETURN; END IF;
  -- Literal values (not parameters), so each search is planned for its own term. A function's
  -- result is materialised whole before the caller's LIMIT applies, hence max_rows in here.
  RETURN QUERY EXECUTE format('SELECT asset_id FROM assets WHERE tenant = %L AND (%s) LIMIT %s', tenant_id,
    array_to_string(conditions, ' OR '), max_rows);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_tagged_asset_ids(wanted text[], max_rows integer)
  RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$ SELECT asset_id FROM assets WHERE tenant = app_current_tenant() AND tags @> wanted LIMIT max_rows $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_search_asset_ids(text, text, text, text, integer) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app_tagged_asset_ids(text[], integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_search_asset_ids(text, text, text, text, integer) TO tessera_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_tagged_asset_ids(text[], integer) TO tessera_app;
