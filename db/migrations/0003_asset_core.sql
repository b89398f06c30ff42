CREATE TABLE "asset_types" (
	"tenant" uuid NOT NULL,
	"type_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"parent_type_id" uuid,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"is_builtin" boolean DEFAULT false NOT NULL,
	"description" text,
	"attributes_schema" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asset_types_tenant_type_id_pk" PRIMARY KEY("tenant","type_id"),
	CONSTRAINT "asset_types_kind_check" CHECK ("asset_types"."kind" in ('workstation', 'server', 'network_device', 'mobile_device', 'printer', 'other')),
	CONSTRAINT "asset_types_not_own_parent" CHECK ("asset_types"."parent_type_id" is distinct from "asset_types"."type_id")
);
--> statement-breakpoint
CREATE TABLE "asset_status_transitions" (
	"tenant" uuid NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	CONSTRAINT "asset_status_transitions_tenant_from_status_to_status_pk" PRIMARY KEY("tenant","from_status","to_status")
);
--> statement-breakpoint
CREATE TABLE "asset_statuses" (
	"tenant" uuid NOT NULL,
	"status_key" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_initial" boolean DEFAULT false NOT NULL,
	CONSTRAINT "asset_statuses_tenant_status_key_pk" PRIMARY KEY("tenant","status_key")
);
--> statement-breakpoint
CREATE TABLE "tenant_asset_settings" (
	"tenant" uuid PRIMARY KEY NOT NULL,
	"asset_tag_pattern" text DEFAULT 'AST-{seq:6}' NOT NULL,
	"next_asset_tag_seq" bigint DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_external_ids" (
	"tenant" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asset_external_ids_tenant_source_external_id_pk" PRIMARY KEY("tenant","source","external_id")
);
--> statement-breakpoint
CREATE TABLE "asset_history" (
	"tenant" uuid NOT NULL,
	"history_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT date_trunc('milliseconds', clock_timestamp()) NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"change_type" text NOT NULL,
	"diff" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	CONSTRAINT "asset_history_tenant_history_id_pk" PRIMARY KEY("tenant","history_id")
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"tenant" uuid NOT NULL,
	"asset_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"type_id" uuid NOT NULL,
	"company_id" uuid NOT NULL,
	"location_id" uuid,
	"name" text NOT NULL,
	"asset_tag" text NOT NULL,
	"status" text NOT NULL,
	"serial_number" text,
	"serial_normalized" text,
	"hostname" text,
	"hostname_normalized" text,
	"mac_addresses" text[] DEFAULT '{}'::text[] NOT NULL,
	"ip_addresses" text[] DEFAULT '{}'::text[] NOT NULL,
	"manufacturer" text,
	"model" text,
	"purchase_date" date,
	"purchase_cost" numeric(14, 2),
	"currency" text,
	"warranty_start" date,
	"warranty_end" date,
	"warranty_provider" text,
	"end_of_life_date" date,
	"assigned_contact_id" uuid,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"search_text" text GENERATED ALWAYS AS (lower(name || ' ' || asset_tag || ' ' || coalesce(serial_number, '') || ' ' || coalesce(hostname, '') || ' ' || coalesce(manufacturer, '') || ' ' || coalesce(model, ''))) STORED,
	"name_sort" text GENERATED ALWAYS AS (lower(name)) STORED,
	"asset_tag_sort" text GENERATED ALWAYS AS (lower(asset_tag)) STORED,
	"manufacturer_sort" text GENERATED ALWAYS AS (lower(manufacturer)) STORED,
	"model_sort" text GENERATED ALWAYS AS (lower(model)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"archived_at" timestamp with time zone,
	CONSTRAINT "assets_tenant_asset_id_pk" PRIMARY KEY("tenant","asset_id")
);
--> statement-breakpoint
CREATE TABLE "mobile_device_assets" (
	"tenant" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"imei" text,
	"phone_number" text,
	"carrier" text,
	"os_name" text,
	"os_version" text,
	"mdm_enrolled" boolean,
	"supervised" boolean,
	CONSTRAINT "mobile_device_assets_tenant_asset_id_pk" PRIMARY KEY("tenant","asset_id")
);
--> statement-breakpoint
CREATE TABLE "network_device_assets" (
	"tenant" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"device_type" text,
	"management_ip" text,
	"port_count" integer,
	"firmware_version" text,
	"poe_capable" boolean,
	"poe_budget_w" numeric(8, 1),
	"power_draw_w" numeric(8, 1),
	"vlans" jsonb,
	"port_config" jsonb,
	CONSTRAINT "network_device_assets_tenant_asset_id_pk" PRIMARY KEY("tenant","asset_id")
);
--> statement-breakpoint
CREATE TABLE "printer_assets" (
	"tenant" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"ip_address" text,
	"connection" text,
	"color" boolean,
	"duplex" boolean,
	"page_count" integer,
	"supply_levels" jsonb,
	CONSTRAINT "printer_assets_tenant_asset_id_pk" PRIMARY KEY("tenant","asset_id")
);
--> statement-breakpoint
CREATE TABLE "server_assets" (
	"tenant" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"os_name" text,
	"os_version" text,
	"cpu_model" text,
	"cpu_sockets" integer,
	"cpu_cores" integer,
	"ram_mb" integer,
	"storage_gb" integer,
	"raid_level" text,
	"virtualization_role" text,
	"hypervisor" text,
	"roles" text[],
	CONSTRAINT "server_assets_tenant_asset_id_pk" PRIMARY KEY("tenant","asset_id")
);
--> statement-breakpoint
CREATE TABLE "workstation_assets" (
	"tenant" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"os_name" text,
	"os_version" text,
	"os_build" text,
	"cpu_model" text,
	"cpu_cores" integer,
	"ram_mb" integer,
	"storage_gb" integer,
	"gpu" text,
	"domain" text,
	"last_login_user" text,
	"last_login_at" timestamp with time zone,
	"installed_software" jsonb,
	CONSTRAINT "workstation_assets_tenant_asset_id_pk" PRIMARY KEY("tenant","asset_id")
);
--> statement-breakpoint
CREATE TABLE "asset_relationships" (
	"tenant" uuid NOT NULL,
	"relationship_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"type_key" text NOT NULL,
	"parent_asset_id" uuid NOT NULL,
	"child_asset_id" uuid NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asset_relationships_tenant_relationship_id_pk" PRIMARY KEY("tenant","relationship_id"),
	CONSTRAINT "asset_relationships_no_self_loop" CHECK ("asset_relationships"."parent_asset_id" <> "asset_relationships"."child_asset_id")
);
--> statement-breakpoint
CREATE TABLE "relationship_types" (
	"tenant" uuid NOT NULL,
	"type_key" text NOT NULL,
	"label" text NOT NULL,
	"inverse_label" text NOT NULL,
	"acyclic" boolean NOT NULL,
	"impact_direction" text NOT NULL,
	"hierarchical" boolean DEFAULT false NOT NULL,
	"is_builtin" boolean DEFAULT false NOT NULL,
	CONSTRAINT "relationship_types_tenant_type_key_pk" PRIMARY KEY("tenant","type_key"),
	CONSTRAINT "relationship_types_impact_check" CHECK ("relationship_types"."impact_direction" in ('parent', 'child', 'none'))
);
--> statement-breakpoint
CREATE TABLE "asset_maintenance_records" (
	"tenant" uuid NOT NULL,
	"record_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"schedule_id" uuid,
	"due_on" date,
	"performed_at" timestamp with time zone NOT NULL,
	"performed_by_user_id" uuid,
	"performed_by_name" text NOT NULL,
	"maintenance_type" text NOT NULL,
	"outcome" text NOT NULL,
	"notes" text,
	"duration_minutes" integer,
	"cost" numeric(12, 2),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asset_maintenance_records_tenant_record_id_pk" PRIMARY KEY("tenant","record_id")
);
--> statement-breakpoint
CREATE TABLE "asset_maintenance_schedules" (
	"tenant" uuid NOT NULL,
	"schedule_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"title" text NOT NULL,
	"maintenance_type" text NOT NULL,
	"frequency" text NOT NULL,
	"interval_count" integer DEFAULT 1 NOT NULL,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"next_maintenance" date NOT NULL,
	"last_maintenance" date,
	"active" boolean DEFAULT true NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "asset_maintenance_schedules_tenant_schedule_id_pk" PRIMARY KEY("tenant","schedule_id")
);
--> statement-breakpoint
ALTER TABLE "asset_types" ADD CONSTRAINT "asset_types_tenant_tenants_tenant_id_fk" FOREIGN KEY ("tenant") REFERENCES "public"."tenants"("tenant_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_types" ADD CONSTRAINT "asset_types_tenant_parent_type_id_asset_types_tenant_type_id_fk" FOREIGN KEY ("tenant","parent_type_id") REFERENCES "public"."asset_types"("tenant","type_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_status_transitions" ADD CONSTRAINT "asset_status_transitions_tenant_from_status_asset_statuses_tenant_status_key_fk" FOREIGN KEY ("tenant","from_status") REFERENCES "public"."asset_statuses"("tenant","status_key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_status_transitions" ADD CONSTRAINT "asset_status_transitions_tenant_to_status_asset_statuses_tenant_status_key_fk" FOREIGN KEY ("tenant","to_status") REFERENCES "public"."asset_statuses"("tenant","status_key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_statuses" ADD CONSTRAINT "asset_statuses_tenant_tenants_tenant_id_fk" FOREIGN KEY ("tenant") REFERENCES "public"."tenants"("tenant_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_asset_settings" ADD CONSTRAINT "tenant_asset_settings_tenant_tenants_tenant_id_fk" FOREIGN KEY ("tenant") REFERENCES "public"."tenants"("tenant_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_external_ids" ADD CONSTRAINT "asset_external_ids_tenant_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_tenants_tenant_id_fk" FOREIGN KEY ("tenant") REFERENCES "public"."tenants"("tenant_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_type_id_asset_types_tenant_type_id_fk" FOREIGN KEY ("tenant","type_id") REFERENCES "public"."asset_types"("tenant","type_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_company_id_companies_tenant_company_id_fk" FOREIGN KEY ("tenant","company_id") REFERENCES "public"."companies"("tenant","company_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_location_id_locations_tenant_location_id_fk" FOREIGN KEY ("tenant","location_id") REFERENCES "public"."locations"("tenant","location_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_status_asset_statuses_tenant_status_key_fk" FOREIGN KEY ("tenant","status") REFERENCES "public"."asset_statuses"("tenant","status_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_tenant_assigned_contact_id_contacts_tenant_contact_id_fk" FOREIGN KEY ("tenant","assigned_contact_id") REFERENCES "public"."contacts"("tenant","contact_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mobile_device_assets" ADD CONSTRAINT "mobile_device_assets_tenant_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_device_assets" ADD CONSTRAINT "network_device_assets_tenant_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "printer_assets" ADD CONSTRAINT "printer_assets_tenant_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "server_assets" ADD CONSTRAINT "server_assets_tenant_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workstation_assets" ADD CONSTRAINT "workstation_assets_tenant_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_relationships" ADD CONSTRAINT "asset_relationships_tenant_type_key_relationship_types_tenant_type_key_fk" FOREIGN KEY ("tenant","type_key") REFERENCES "public"."relationship_types"("tenant","type_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_relationships" ADD CONSTRAINT "asset_relationships_tenant_parent_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","parent_asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_relationships" ADD CONSTRAINT "asset_relationships_tenant_child_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","child_asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "relationship_types" ADD CONSTRAINT "relationship_types_tenant_tenants_tenant_id_fk" FOREIGN KEY ("tenant") REFERENCES "public"."tenants"("tenant_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_maintenance_records" ADD CONSTRAINT "asset_maintenance_records_performed_by_user_id_users_user_id_fk" FOREIGN KEY ("performed_by_user_id") REFERENCES "public"."users"("user_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_maintenance_records" ADD CONSTRAINT "asset_maintenance_records_tenant_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_maintenance_records" ADD CONSTRAINT "asset_maintenance_records_tenant_schedule_id_asset_maintenance_schedules_tenant_schedule_id_fk" FOREIGN KEY ("tenant","schedule_id") REFERENCES "public"."asset_maintenance_schedules"("tenant","schedule_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_maintenance_schedules" ADD CONSTRAINT "asset_maintenance_schedules_tenant_asset_id_assets_tenant_asset_id_fk" FOREIGN KEY ("tenant","asset_id") REFERENCES "public"."assets"("tenant","asset_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "asset_types_name_key" ON "asset_types" USING btree ("tenant",lower("name"));--> statement-breakpoint
CREATE INDEX "asset_types_parent_idx" ON "asset_types" USING btree ("tenant","parent_type_id");--> statement-breakpoint
CREATE INDEX "asset_external_ids_asset_idx" ON "asset_external_ids" USING btree ("tenant","asset_id");--> statement-breakpoint
CREATE INDEX "asset_history_asset_idx" ON "asset_history" USING btree ("tenant","asset_id","at" DESC NULLS LAST,"history_id");--> statement-breakpoint
CREATE INDEX "asset_history_source_idx" ON "asset_history" USING btree ("tenant","source_ref") WHERE "asset_history"."source_ref" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "assets_tag_key" ON "assets" USING btree ("tenant","asset_tag_sort");--> statement-breakpoint
CREATE UNIQUE INDEX "assets_serial_key" ON "assets" USING btree ("tenant","serial_normalized") WHERE "assets"."serial_normalized" is not null;--> statement-breakpoint
CREATE INDEX "assets_name_idx" ON "assets" USING btree ("tenant","name_sort","asset_id");--> statement-breakpoint
CREATE INDEX "assets_type_idx" ON "assets" USING btree ("tenant","type_id","asset_id");--> statement-breakpoint
CREATE INDEX "assets_company_idx" ON "assets" USING btree ("tenant","company_id","asset_id");--> statement-breakpoint
CREATE INDEX "assets_location_idx" ON "assets" USING btree ("tenant","location_id");--> statement-breakpoint
CREATE INDEX "assets_status_idx" ON "assets" USING btree ("tenant","status","asset_id");--> statement-breakpoint
CREATE INDEX "assets_warranty_idx" ON "assets" USING btree ("tenant","warranty_end","asset_id");--> statement-breakpoint
CREATE INDEX "assets_updated_idx" ON "assets" USING btree ("tenant","updated_at","asset_id");--> statement-breakpoint
CREATE INDEX "assets_created_idx" ON "assets" USING btree ("tenant","created_at","asset_id");--> statement-breakpoint
CREATE INDEX "assets_purchase_idx" ON "assets" USING btree ("tenant","purchase_date","asset_id");--> statement-breakpoint
CREATE INDEX "assets_manufacturer_idx" ON "assets" USING btree ("tenant","manufacturer_sort","asset_id");--> statement-breakpoint
CREATE INDEX "assets_model_idx" ON "assets" USING btree ("tenant","model_sort","asset_id");--> statement-breakpoint
CREATE INDEX "assets_tag_sort_idx" ON "assets" USING btree ("tenant","asset_tag_sort","asset_id");--> statement-breakpoint
CREATE INDEX "assets_serial_sort_idx" ON "assets" USING btree ("tenant","serial_normalized","asset_id");--> statement-breakpoint
CREATE INDEX "assets_hostname_idx" ON "assets" USING btree ("tenant","hostname_normalized","asset_id");--> statement-breakpoint
CREATE INDEX "assets_contact_idx" ON "assets" USING btree ("tenant","assigned_contact_id");--> statement-breakpoint
CREATE INDEX "assets_macs_idx" ON "assets" USING gin ("mac_addresses");--> statement-breakpoint
CREATE INDEX "assets_tags_idx" ON "assets" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "assets_ips_idx" ON "assets" USING gin ("ip_addresses");--> statement-breakpoint
CREATE UNIQUE INDEX "asset_relationships_edge_key" ON "asset_relationships" USING btree ("tenant","type_key","parent_asset_id","child_asset_id");--> statement-breakpoint
CREATE INDEX "asset_relationships_child_idx" ON "asset_relationships" USING btree ("tenant","child_asset_id","type_key");--> statement-breakpoint
CREATE INDEX "maintenance_records_asset_idx" ON "asset_maintenance_records" USING btree ("tenant","asset_id","performed_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "maintenance_records_schedule_idx" ON "asset_maintenance_records" USING btree ("tenant","schedule_id","due_on");--> statement-breakpoint
CREATE INDEX "maintenance_schedules_asset_idx" ON "asset_maintenance_schedules" USING btree ("tenant","asset_id");--> statement-breakpoint
CREATE INDEX "maintenance_schedules_due_idx" ON "asset_maintenance_schedules" USING btree ("tenant","next_maintenance") WHERE "asset_maintenance_schedules"."active";