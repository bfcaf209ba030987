-- A published annual report: an immutable snapshot of every section, with who published it and when.
-- Publishing the same year again adds a version; earlier versions stay.
create table published_report (
    id                      bigint generated always as identity primary key,
    council_id              bigint        not null references council (id),
    financial_year          integer       not null check (financial_year between 2000 and 2100),
    version_number          integer       not null check (version_number >= 1),
    published_by            bigint        references user_account (id),
    published_by_name       varchar(200)  not null,
    published_at            timestamp with time zone not null default now(),
    report                  jsonb         not null,
    constraint published_report_version unique (council_id, financial_year, version_number)
);

create trigger published_report_is_immutable
    before update or delete on published_report
    for each row execute function refuse_audit_change();
