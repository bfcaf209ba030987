-- The domain model: frameworks, measures, contracts, commitments, returns, evidence, remedies,
-- case studies, beyond-procurement activities and the audit trail. Every table that belongs to a
-- council carries council_id, and child rows reference their parent together with council_id, so
-- that a row can never hang under another council's parent.

alter table user_account add constraint user_account_id_council unique (id, council_id);

-- A platform setting: the procurement threshold above which the statutory regime applies, by date.
create table statutory_threshold (
    id                      bigint generated always as identity primary key,
    effective_from          date          not null unique,
    amount                  numeric(14,2) not null check (amount > 0),
    description             varchar(300)  not null
);

insert into statutory_threshold (effective_from, amount, description) values
    ('2022-01-01', 177897.00, 'Public Contracts Regulations 2015: services and supplies, sub-central authorities, from 1 January 2022'),
    ('2024-01-01', 214904.00, 'Public Contracts Regulations 2015 (VAT included from this date): services and supplies, sub-central authorities, from 1 January 2024');

-- A council's priority framework, versioned by edition: themes, then outcomes (priorities).
create table framework_edition (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null references council (id),
    name                    varchar(200)  not null,
    effective_from          date          not null,
    version                 bigint        not null default 0,
    created_at              timestamp with time zone not null default now(),
    constraint framework_edition_council_date unique (council_id, effective_from),
    constraint framework_edition_id_council unique (id, council_id)
);

create table theme (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null,
    edition_id              bigint        not null,
    code                    varchar(20)   not null check (code ~ '^[A-Za-z0-9-]+$'),
    name                    varchar(200)  not null,
    position                integer       not null,
    version                 bigint        not null default 0,
    constraint theme_edition foreign key (edition_id, council_id) references framework_edition (id, council_id),
    constraint theme_edition_code unique (edition_id, code),
    constraint theme_id_council unique (id, council_id)
);

create table outcome (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null,
    theme_id                bigint        not null,
    code                    varchar(20)   not null check (code ~ '^[A-Za-z0-9-]+$'),
    name                    varchar(300)  not null,
    position                integer       not null,
    retired                 boolean       not null default false,
    version                 bigint        not null default 0,
    constraint outcome_theme foreign key (theme_id, council_id) references theme (id, council_id),
    constraint outcome_id_council unique (id, council_id)
);
create index outcome_council_idx on outcome (council_id, code);

-- The measure library: a council's own measures, and a shared library (council_id null) that
-- councils adopt from.
create table measure (
    id                      bigint generated always as identity primary key,
    council_id              bigint        references council (id),
    code                    varchar(20)   not null check (code ~ '^[A-Za-z0-9._-]+$'),
    name                    varchar(200)  not null,
    unit                    varchar(10)   check (unit in ('FTE', 'WEEKS', 'HOURS', 'POUNDS', 'TCO2E', 'TONNES', 'NUMBER')),
    unit_guidance           varchar(500),
    kind                    varchar(10)   not null check (kind in ('VALUED', 'COUNTED', 'NARRATIVE')),
    adopted_from_id         bigint        references measure (id),
    version                 bigint        not null default 0,
    created_at              timestamp with time zone not null default now(),
    constraint measure_council_code unique nulls not distinct (council_id, code),
    constraint measure_unit_unless_narrative check ((kind = 'NARRATIVE') = (unit is null)),
    constraint measure_id_council unique (id, council_id)
);

create table measure_outcome (
    measure_id              bigint        not null,
    outcome_id              bigint        not null,
    council_id              bigint        not null,
    position                integer       not null,
    primary key (measure_id, outcome_id),
    constraint measure_outcome_measure foreign key (measure_id, council_id) references measure (id, council_id),
    constraint measure_outcome_outcome foreign key (outcome_id, council_id) references outcome (id, council_id)
);
create index measure_outcome_council_idx on measure_outcome (council_id, outcome_id);

create table proxy_value (
    id                      bigint generated always as identity primary key,
    measure_id              bigint        not null references measure (id),
    financial_year          integer       not null check (financial_year between 2000 and 2100),
    value_per_unit          numeric(14,2) not null check (value_per_unit > 0),
    source                  varchar(300)  not null,
    licence                 varchar(300)  not null,
    version                 bigint        not null default 0,
    constraint proxy_value_measure_year unique (measure_id, financial_year)
);

-- Contracts and their lifecycle: planned → in tender → awarded → live → closed.
create table contract (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null references council (id),
    reference               varchar(40)   not null,
    title                   varchar(300)  not null,
    category                varchar(10)   not null check (category in ('GOODS', 'SERVICES', 'WORKS')),
    value                   numeric(14,2) not null check (value >= 0),
    start_date              date          not null,
    end_date                date          not null,
    status                  varchar(10)   not null check (status in ('PLANNED', 'IN_TENDER', 'AWARDED', 'LIVE', 'CLOSED')),
    weighting_percent       numeric(5,2)  check (weighting_percent between 0 and 100),
    weighting_reason        varchar(1000),
    supplier_id             bigint        references supplier (id),
    awarded_on              date,
    procurement_officer_id  bigint,
    contract_manager_id     bigint,
    ocid                    varchar(100),
    local_area              varchar(300),
    version                 bigint        not null default 0,
    created_at              timestamp with time zone not null default now(),
    constraint contract_council_reference unique (council_id, reference),
    constraint contract_id_council unique (id, council_id),
    constraint contract_dates check (end_date > start_date),
    constraint contract_awarded_has_supplier check (
        status in ('PLANNED', 'IN_TENDER') or (supplier_id is not null and awarded_on is not null)),
    constraint contract_procurement_officer foreign key (procurement_officer_id, council_id)
        references user_account (id, council_id),
    constraint contract_contract_manager foreign key (contract_manager_id, council_id)
        references user_account (id, council_id)
);
create index contract_council_status_idx on contract (council_id, status);
create index contract_supplier_idx on contract (supplier_id);
create index contract_manager_idx on contract (council_id, contract_manager_id);

-- What the supplier promised on one contract. The proxy in force at award is frozen here.
create table commitment (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null,
    contract_id             bigint        not null,
    measure_id              bigint        not null references measure (id),
    primary_outcome_id      bigint        not null,
    target_quantity         numeric(14,3) check (target_quantity > 0),
    due_date                date,
    narrative               varchar(4000),
    local                   boolean       not null default false,
    proxy_per_unit          numeric(14,2),
    proxy_financial_year    integer,
    proxy_source            varchar(300),
    proxy_licence           varchar(300),
    gross_value             numeric(14,2),
    net_value               numeric(14,2),
    deadweight_percent      numeric(5,2)  check (deadweight_percent between 0 and 100),
    attribution_percent     numeric(5,2)  check (attribution_percent between 0 and 100),
    manual_rag              varchar(12)   check (manual_rag in ('NOT_STARTED', 'RED', 'AMBER', 'GREEN', 'COMPLETE')),
    version                 bigint        not null default 0,
    created_at              timestamp with time zone not null default now(),
    constraint commitment_contract foreign key (contract_id, council_id) references contract (id, council_id),
    constraint commitment_outcome foreign key (primary_outcome_id, council_id) references outcome (id, council_id),
    constraint commitment_primary_outcome_served foreign key (measure_id, primary_outcome_id)
        references measure_outcome (measure_id, outcome_id),
    constraint commitment_id_council unique (id, council_id),
    constraint commitment_frozen_together check (
        (proxy_per_unit is null) = (proxy_financial_year is null)
        and (proxy_per_unit is null) = (gross_value is null))
);
create index commitment_council_contract_idx on commitment (council_id, contract_id);
create index commitment_council_outcome_idx on commitment (council_id, primary_outcome_id);

create table commitment_quarter_target (
    commitment_id           bigint        not null references commitment (id) on delete cascade,
    quarter_start           date          not null check (extract(day from quarter_start) = 1
                                               and extract(month from quarter_start) in (1, 4, 7, 10)),
    target_quantity         numeric(14,3) not null check (target_quantity > 0),
    primary key (commitment_id, quarter_start)
);

-- A return: what was delivered against a commitment in one quarter. Only verified returns count
-- as delivered; submitted ones are claimed.
create table delivery_return (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null,
    commitment_id           bigint        not null,
    supplier_id             bigint        not null references supplier (id),
    period_start            date          not null,
    period_end              date          not null,
    quantity                numeric(14,3) check (quantity >= 0),
    narrative               varchar(4000),
    status                  varchar(10)   not null check (status in ('DRAFT', 'SUBMITTED', 'VERIFIED', 'QUERIED', 'REJECTED')),
    declared_contract_and_period boolean  not null default false,
    declared_commitment     boolean       not null default false,
    recorded_on_behalf      boolean       not null default false,
    submitted_at            timestamp with time zone,
    submitted_by            bigint        references user_account (id),
    decided_at              timestamp with time zone,
    decided_by              bigint        references user_account (id),
    decision_reason         varchar(2000),
    version                 bigint        not null default 0,
    created_at              timestamp with time zone not null default now(),
    constraint delivery_return_commitment foreign key (commitment_id, council_id) references commitment (id, council_id),
    constraint delivery_return_period check (period_end >= period_start),
    constraint delivery_return_declared check (
        status in ('DRAFT') or (declared_contract_and_period and declared_commitment)),
    constraint delivery_return_decision check (
        status not in ('QUERIED', 'REJECTED') or (decision_reason is not null and decided_at is not null)),
    constraint delivery_return_id_council unique (id, council_id)
);
create index delivery_return_council_status_idx on delivery_return (council_id, status, submitted_at);
create index delivery_return_council_commitment_idx on delivery_return (council_id, commitment_id, period_start);
create index delivery_return_supplier_idx on delivery_return (supplier_id, status);
-- One live return per commitment and quarter; a rejected one may be followed by a new one.
create unique index delivery_return_one_per_period on delivery_return (commitment_id, period_start)
    where status <> 'REJECTED';

-- Evidence: metadata here, the bytes in a table of their own behind a storage interface.
create table evidence_content (
    id                      bigint generated always as identity primary key,
    sha256                  char(64)      not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes              bigint        not null check (size_bytes >= 0),
    bytes                   bytea         not null,
    created_at              timestamp with time zone not null default now()
);

create table evidence (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null,
    return_id               bigint        not null,
    content_id              bigint        not null references evidence_content (id),
    display_name            varchar(255)  not null,
    content_type            varchar(100)  not null,
    size_bytes              bigint        not null check (size_bytes >= 0),
    sha256                  char(64)      not null,
    uploaded_by             bigint        references user_account (id),
    uploaded_at             timestamp with time zone not null default now(),
    constraint evidence_return foreign key (return_id, council_id) references delivery_return (id, council_id)
);
create index evidence_council_return_idx on evidence (council_id, return_id);

-- A recovery plan on an under-delivering commitment, with a penalty where the contract allows.
create table remedy (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null,
    commitment_id           bigint        not null,
    action                  varchar(2000) not null,
    owner                   varchar(200)  not null,
    due_date                date          not null,
    status                  varchar(10)   not null check (status in ('OPEN', 'CLOSED')),
    outcome                 varchar(2000),
    penalty_amount          numeric(14,2) check (penalty_amount > 0),
    penalty_note            varchar(1000),
    opened_by               bigint        references user_account (id),
    opened_at               timestamp with time zone not null default now(),
    closed_at               timestamp with time zone,
    version                 bigint        not null default 0,
    constraint remedy_commitment foreign key (commitment_id, council_id) references commitment (id, council_id),
    constraint remedy_closed_with_outcome check ((status = 'CLOSED') = (outcome is not null and closed_at is not null))
);
create index remedy_council_status_idx on remedy (council_id, status);

create table case_study (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null references council (id),
    contract_id             bigint,
    outcome_id              bigint,
    title                   varchar(200)  not null,
    body                    varchar(10000) not null,
    status                  varchar(10)   not null check (status in ('DRAFT', 'PUBLISHED')),
    published_at            timestamp with time zone,
    version                 bigint        not null default 0,
    created_at              timestamp with time zone not null default now(),
    constraint case_study_contract foreign key (contract_id, council_id) references contract (id, council_id),
    constraint case_study_outcome foreign key (outcome_id, council_id) references outcome (id, council_id),
    constraint case_study_published check ((status = 'PUBLISHED') = (published_at is not null))
);
create index case_study_council_idx on case_study (council_id, status);

-- Social value the council creates outside procurement, reported apart from contracts.
create table beyond_procurement_activity (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null references council (id),
    kind                    varchar(30)   not null check (kind in ('ASSET_SHARING', 'INCLUSIVE_EMPLOYMENT',
                                              'PARTNERSHIP', 'GRANT', 'MARKET_SHAPING', 'BELOW_THRESHOLD_SPEND')),
    title                   varchar(200)  not null,
    description             varchar(4000),
    outcome_id              bigint        not null,
    activity_date           date          not null,
    quantity                numeric(14,3) check (quantity >= 0),
    unit                    varchar(10)   check (unit in ('FTE', 'WEEKS', 'HOURS', 'POUNDS', 'TCO2E', 'TONNES', 'NUMBER')),
    version                 bigint        not null default 0,
    created_at              timestamp with time zone not null default now(),
    constraint beyond_procurement_outcome foreign key (outcome_id, council_id) references outcome (id, council_id),
    constraint beyond_procurement_quantity_or_narrative check (
        (quantity is null) = (unit is null) and (quantity is not null or description is not null))
);
create index beyond_procurement_council_date_idx on beyond_procurement_activity (council_id, activity_date);

-- The audit trail: written in the same transaction as the change it records, never changed after.
create table audit_event (
    id                      bigint generated always as identity primary key,
    occurred_at             timestamp with time zone not null default now(),
    actor_id                bigint        references user_account (id),
    actor_name              varchar(200)  not null,
    council_id              bigint        references council (id),
    entity_type             varchar(50)   not null,
    entity_id               bigint        not null,
    action                  varchar(30)   not null,
    changes                 jsonb         not null default '{}'::jsonb
);
create index audit_event_entity_idx on audit_event (council_id, entity_type, entity_id, occurred_at);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'The audit trail cannot be changed or deleted';
end;
$$;

create trigger audit_event_is_append_only
    before update or delete on audit_event
    for each row execute function refuse_audit_change();

create trigger audit_event_cannot_be_truncated
    before truncate on audit_event
    for each statement execute function refuse_audit_change();
