package org.svtracker.reporting.benchmark;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills a database with large councils for the report benchmark, in set-based SQL ({@code insert
 * ... select ... from generate_series}) rather than through the services, which would take hours
 * at this size. The rows keep every constraint of the schema: child rows reference their parent
 * with {@code council_id}, a commitment's primary outcome is one its measure serves, valued
 * commitments carry their frozen proxy with gross and net values, every return past draft carries
 * both declarations, queried and rejected returns their reason, and there is one return per
 * commitment and quarter.
 *
 * <p>Every "random" choice is a hash of the row's numbers, so the same arguments give the same data
 * on any machine. Councils are {@code bench-1} to {@code bench-n}, each of the same shape: a
 * framework of 3 themes of 4 outcomes, 30 measures (20 valued with a proxy for every financial year
 * of award, 6 counted, 4 narrative), contracts awarded from 2017 to 2025 across goods, services
 * and works, commitments by suppliers of every size (VCSEs among them), some local, some with
 * deadweight or attribution, and quarterly returns from 2021/22 to 2025/26: mostly verified, the
 * last two quarters often still submitted, a few queried, rejected or in draft.
 */
public final class ReportDataGenerator {

    /** The councils' slugs start with this; the generator refuses to run twice on one database. */
    public static final String COUNCIL_PREFIX = "bench-";

    static final String FIRST_QUARTER = "2021-04-01";
    static final String LAST_QUARTER = "2026-01-01";

    private ReportDataGenerator() {}

    /** What was generated and how long it took. */
    public record Generated(int councils, long contracts, long commitments, long returns, Duration took) {}

    /** Whether a previous run already filled this database. */
    public static boolean alreadyGenerated(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from council where slug = ?")
                        .param(COUNCIL_PREFIX + "1")
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The id of the n-th generated council (1-based). */
    public static long councilId(JdbcClient jdbc, int n) {
        return jdbc.sql("select id from council where slug = ?")
                .param(COUNCIL_PREFIX + n)
                .query(Long.class)
                .single();
    }

    /**
     * Generates {@code councils} councils, each with {@code contractsPerCouncil} contracts of
     * {@code commitmentsPerContract} commitments and {@code returnsPerCouncil} returns, then runs
     * VACUUM ANALYZE so the planner and the visibility map see the data as production would.
     */
    public static Generated generate(
            JdbcClient jdbc, int councils, int contractsPerCouncil, int commitmentsPerContract, int returnsPerCouncil) {
        if (alreadyGenerated(jdbc)) {
            throw new IllegalStateException("This database already holds the benchmark councils");
        }
        long started = System.nanoTime();
        int suppliers = Math.max(10, contractsPerCouncil * councils / 8);
        step(
                jdbc,
                "councils",
                """
                insert into council (slug, name, social_value_threshold, target_percent)
                select :prefix || n, 'Benchmark Council ' || n, 25000, 10 + n % 5
                from generate_series(1, :councils) n
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        step(jdbc, "staff", """
                insert into user_account (username, display_name, password_hash, role, council_id)
                select cl.slug || '-' || lower(replace(r.role, '_', '-')), r.title || ', ' || cl.name,
                       '{noop}not-for-sign-in', r.role, cl.id
                from council cl
                cross join (values ('CONTRACT_MANAGER', 'Contract manager'),
                                   ('PROCUREMENT_OFFICER', 'Procurement officer')) r(role, title)
                where cl.slug like :prefix || '%'
                """, councils, suppliers, contractsPerCouncil, commitmentsPerContract, returnsPerCouncil);
        // Suppliers are shared by the councils: 35% micro, 30% small, 20% medium, 15% large; one in
        // nine a VCSE (never large).
        step(
                jdbc,
                "suppliers",
                """
                insert into supplier (slug, name, companies_house_number, size, vcse, postcode)
                select :prefix || 'supplier-' || s,
                       case when s % 9 = 0 then 'Community Enterprise ' || s else 'Supplier ' || s || ' Ltd' end,
                       case when s % 9 = 0 and s % 2 = 0 then null else 'BS' || lpad(s::text, 6, '0') end,
                       case when s % 9 = 0 then (array['MICRO', 'SMALL', 'MEDIUM'])[1 + s % 3]
                            when (hashint8(s * 10 + 1) & 2147483647) % 100 < 35 then 'MICRO'
                            when (hashint8(s * 10 + 1) & 2147483647) % 100 < 65 then 'SMALL'
                            when (hashint8(s * 10 + 1) & 2147483647) % 100 < 85 then 'MEDIUM'
                            else 'LARGE' end,
                       s % 9 = 0,
                       'BN' || (1 + s % 40) || ' ' || (1 + s % 9) || 'AB'
                from generate_series(1, :suppliers) s
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        step(
                jdbc,
                "frameworks",
                """
                insert into framework_edition (council_id, name, effective_from)
                select id, 'Social value framework', date '2021-04-01' from council where slug like :prefix || '%'
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        step(jdbc, "themes", """
                insert into theme (council_id, edition_id, code, name, position)
                select fe.council_id, fe.id, 'T' || t,
                       (array['Jobs and skills', 'A thriving local economy', 'Healthier, safer communities'])[t], t
                from framework_edition fe join council cl on cl.id = fe.council_id
                cross join generate_series(1, 3) t
                where cl.slug like :prefix || '%'
                """, councils, suppliers, contractsPerCouncil, commitmentsPerContract, returnsPerCouncil);
        step(
                jdbc,
                "outcomes",
                """
                insert into outcome (council_id, theme_id, code, name, position)
                select t.council_id, t.id, t.code || '-O' || o, t.name || ': outcome ' || o, o
                from theme t join council cl on cl.id = t.council_id
                cross join generate_series(1, 4) o
                where cl.slug like :prefix || '%'
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        // 30 measures: M01-M20 valued, M21-M26 counted, M27-M30 narrative.
        step(
                jdbc,
                "measures",
                """
                insert into measure (council_id, code, name, unit, kind)
                select cl.id, 'M' || lpad(m::text, 2, '0'), 'Measure ' || m,
                       case when m <= 20 then (array['FTE', 'WEEKS', 'HOURS', 'POUNDS', 'TCO2E', 'TONNES'])[1 + (m - 1) % 6]
                            when m <= 26 then (array['NUMBER', 'HOURS'])[1 + m % 2] end,
                       case when m <= 20 then 'VALUED' when m <= 26 then 'COUNTED' else 'NARRATIVE' end
                from council cl cross join generate_series(1, 30) m
                where cl.slug like :prefix || '%'
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        // Measure m serves outcome (m - 1) % 12 first; every third measure also serves a second outcome.
        step(
                jdbc,
                "measure outcomes",
                """
                insert into measure_outcome (measure_id, outcome_id, council_id, position)
                select m.id, o.id, m.council_id, x.position
                from measure m join council cl on cl.id = m.council_id
                cross join lateral (
                    select (cast(substr(m.code, 2) as int) - 1) % 12 as k, 1 as position
                    union all
                    select (cast(substr(m.code, 2) as int) + 4) % 12, 2 where cast(substr(m.code, 2) as int) % 3 = 0) x
                join outcome o on o.council_id = m.council_id
                              and o.code = 'T' || (1 + x.k / 4) || '-O' || (1 + x.k % 4)
                where cl.slug like :prefix || '%'
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        // A proxy for every financial year a contract can be awarded in, rising 3% a year.
        step(jdbc, "proxies", """
                insert into proxy_value (measure_id, financial_year, value_per_unit, source, licence)
                select m.id, y,
                       round(case m.unit when 'FTE' then 24000 when 'WEEKS' then 480 when 'HOURS' then 16.5
                                         when 'POUNDS' then 0.62 when 'TCO2E' then 245 else 95 end
                             * (1 + cast(substr(m.code, 2) as int) / 100.0) * power(1.03, y - 2021), 2),
                       'National TOMs ' || y || '/' || lpad(((y + 1) % 100)::text, 2, '0'),
                       'Licensed to the council for its own reporting'
                from measure m join council cl on cl.id = m.council_id
                cross join generate_series(2017, 2025) y
                where cl.slug like :prefix || '%' and m.kind = 'VALUED'
                """, councils, suppliers, contractsPerCouncil, commitmentsPerContract, returnsPerCouncil);
        // Awards spread from October 2017 to December 2025; four to nine years long; one in fifty
        // still in tender. Values from £10,000 to £20m, log-uniform, so some are below the threshold.
        step(
                jdbc,
                "contracts",
                """
                insert into contract (council_id, reference, title, category, value, start_date, end_date, status,
                                      weighting_percent, supplier_id, awarded_on, procurement_officer_id,
                                      contract_manager_id, local_area)
                select k.council_id, k.reference, k.title, k.category, k.value, k.start_date, k.end_date,
                       case when k.in_tender then 'IN_TENDER'
                            when k.start_date > date '2026-03-31' then 'AWARDED'
                            when k.end_date < date '2026-03-31' then 'CLOSED'
                            else 'LIVE' end,
                       10 + k.h % 11,
                       case when k.in_tender then null else s.id end,
                       case when k.in_tender then null else k.awarded end,
                       po.id, cm.id,
                       case when k.h % 3 = 0 then 'Within the council''s boundary' end
                from (
                    select cl.id as council_id, n,
                           'BEN-' || lpad(n::text, 5, '0') as reference,
                           (array['Highways maintenance', 'Adult social care', 'School meals', 'Waste collection',
                                  'IT services', 'Building works', 'Grounds maintenance', 'Consultancy'])[1 + n % 8]
                               || ' ' || n as title,
                           case when h % 10 < 3 then 'GOODS' when h % 10 < 8 then 'SERVICES' else 'WORKS' end as category,
                           round(cast(exp(ln(10000) + (h % 1000) / 1000.0 * ln(2000)) as numeric), 2) as value,
                           date '2017-10-01' + (h % 3009) as awarded,
                           case when n % 50 = 0 then date '2026-07-01' else date '2017-10-01' + (h % 3009) + 28 end
                               as start_date,
                           (case when n % 50 = 0 then date '2026-07-01' else date '2017-10-01' + (h % 3009) + 28 end)
                               + (48 + (h / 1000) % 61) * interval '1 month' as end_date,
                           n % 50 = 0 as in_tender,
                           h, cl.slug
                    from council cl
                    cross join generate_series(1, :contracts) n
                    cross join lateral (select hashint8(n * 10 + 2) & 2147483647 as h) x
                    where cl.slug like :prefix || '%') k
                join supplier s on s.slug = :prefix || 'supplier-' || (1 + (k.h / 7 + k.council_id) % :suppliers)
                join user_account po on po.username = k.slug || '-procurement-officer'
                join user_account cm on cm.username = k.slug || '-contract-manager'
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        // Each commitment picks a measure, serves its first outcome (or its second, when it has one,
        // half the time), freezes the proxy of the award's financial year when valued and awarded.
        step(
                jdbc,
                "commitments",
                """
                insert into commitment (council_id, contract_id, measure_id, primary_outcome_id, target_quantity,
                                        due_date, narrative, local, proxy_per_unit, proxy_financial_year,
                                        proxy_source, proxy_licence, gross_value, net_value,
                                        deadweight_percent, attribution_percent, manual_rag)
                select x.council_id, x.contract_id, x.measure_id, x.outcome_id, x.target, x.end_date, x.narrative,
                       x.local, p.value_per_unit, p.financial_year, p.source, p.licence,
                       round(x.target * p.value_per_unit, 2),
                       round(x.target * p.value_per_unit
                             * (1 - coalesce(x.deadweight, 0) / 100) * (1 - coalesce(x.attribution, 0) / 100), 2),
                       x.deadweight, x.attribution, x.manual_rag
                from (
                    select k.council_id, k.id as contract_id, m.id as measure_id, mo.outcome_id, k.end_date,
                           k.awarded_on, m.kind,
                           case when m.kind = 'NARRATIVE' then null
                                else (case m.unit when 'FTE' then 1 when 'WEEKS' then 20 when 'HOURS' then 150
                                                  when 'POUNDS' then 25000 when 'TCO2E' then 8 when 'TONNES' then 5
                                                  else 12 end) * (1 + h % 20) end as target,
                           case when m.kind = 'NARRATIVE' then 'We will ' || lower(m.name) || ' each year of the contract'
                           end as narrative,
                           h % 100 < 40 as local,
                           case when h % 100 < 20 then 10 + h % 21 end as deadweight,
                           case when (h / 100) % 100 < 15 then 5 + (h / 100) % 21 end as attribution,
                           case when m.kind = 'NARRATIVE' and k.status in ('LIVE', 'CLOSED')
                                then (array['GREEN', 'GREEN', 'AMBER', 'COMPLETE'])[1 + h % 4] end as manual_rag
                    from contract k
                    join council cl on cl.id = k.council_id
                    cross join generate_series(1, :commitments) j
                    cross join lateral (
                        select hashint8(k.id * 100 + j) & 2147483647 as h,
                               'M' || lpad((1 + (cast(substr(k.reference, 5) as int) * 7 + j * 11) % 30)::text, 2, '0')
                                   as code) r
                    join measure m on m.council_id = k.council_id and m.code = r.code
                    join lateral (
                        select outcome_id from measure_outcome mo
                        where mo.measure_id = m.id
                        order by case when r.h % 2 = 0 then mo.position else -mo.position end
                        limit 1) mo on true
                    where cl.slug like :prefix || '%') x
                left join proxy_value p on x.kind = 'VALUED' and x.awarded_on is not null and p.measure_id = x.measure_id
                    and p.financial_year = extract(year from x.awarded_on - interval '3 months')
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        // One commitment in ten is scheduled quarter by quarter rather than linearly.
        step(
                jdbc,
                "quarterly targets",
                """
                insert into commitment_quarter_target (commitment_id, quarter_start, target_quantity)
                select c.id, q, round(c.target_quantity / 12, 3) + 0.001
                from commitment c
                join council cl on cl.id = c.council_id
                join contract k on k.id = c.contract_id and k.council_id = c.council_id
                cross join lateral generate_series(date_trunc('quarter', k.start_date) + interval '3 months',
                                                   date_trunc('quarter', k.start_date) + interval '36 months',
                                                   interval '3 months') q
                where cl.slug like :prefix || '%' and c.id % 10 = 0 and c.target_quantity is not null
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        // Each awarded commitment may report every quarter of its contract from 2021/22 Q1 to 2025/26
        // Q4; a hash picks the returns each council gets, the rest being missed quarters.
        step(jdbc, "returns", """
                insert into delivery_return (council_id, commitment_id, supplier_id, period_start, period_end,
                                             quantity, narrative, status, declared_contract_and_period,
                                             declared_commitment, recorded_on_behalf, submitted_at, submitted_by,
                                             decided_at, decided_by, decision_reason)
                select r.council_id, r.commitment_id, r.supplier_id, r.period_start,
                       cast(r.period_start + interval '3 months' - interval '1 day' as date),
                       case when r.target is null then null
                            else round(r.target / 12 * (0.5 + (r.h % 1000) / 1000.0), 3) end,
                       case when r.target is null then 'Held an open day for ' || (10 + r.h % 90) || ' residents' end,
                       r.status,
                       r.status <> 'DRAFT', r.status <> 'DRAFT', r.h % 20 = 0,
                       case when r.status <> 'DRAFT'
                            then r.period_start + interval '3 months' + (5 + r.h % 30) * interval '1 day'
                                 + interval '10 hours' end,
                       null,
                       case when r.status in ('VERIFIED', 'QUERIED', 'REJECTED')
                            then r.period_start + interval '3 months' + (12 + r.h % 40) * interval '1 day'
                                 + interval '15 hours' end,
                       case when r.status in ('VERIFIED', 'QUERIED', 'REJECTED') then r.manager_id end,
                       case r.status when 'QUERIED' then 'Please attach the payroll evidence for this quarter'
                                     when 'REJECTED' then 'The quantity does not match the evidence supplied' end
                from (
                    select q.*,
                           case when q.period_start >= date '2025-07-01' then
                                     case when q.h % 100 < 50 then 'VERIFIED' when q.h % 100 < 90 then 'SUBMITTED'
                                          when q.h % 100 < 95 then 'QUERIED' when q.h % 100 < 97 then 'REJECTED'
                                          else 'DRAFT' end
                                else case when q.h % 1000 < 930 then 'VERIFIED' when q.h % 1000 < 960 then 'SUBMITTED'
                                          when q.h % 1000 < 985 then 'QUERIED' when q.h % 1000 < 995 then 'REJECTED'
                                          else 'DRAFT' end
                           end as status
                    from (
                        select c.council_id, c.id as commitment_id, k.supplier_id, c.target_quantity as target,
                               cast(p as date) as period_start, cm.id as manager_id,
                               hashint8(c.id * 64 + (cast(p as date) - date '2000-01-01')) & 2147483647 as h,
                               row_number() over (
                                   partition by c.council_id
                                   order by hashint8(c.id * 64 + (cast(p as date) - date '2000-01-01') + 7), c.id, p) as pick
                        from commitment c
                        join council cl on cl.id = c.council_id
                        join contract k on k.id = c.contract_id and k.council_id = c.council_id
                        join user_account cm on cm.username = cl.slug || '-contract-manager'
                        cross join lateral generate_series(
                            greatest(date_trunc('quarter', k.start_date), cast(:first as date)),
                            least(date_trunc('quarter', k.end_date), cast(:last as date)),
                            interval '3 months') p
                        where cl.slug like :prefix || '%' and k.status in ('LIVE', 'CLOSED')) q
                    where q.pick <= :returns) r
                """, councils, suppliers, contractsPerCouncil, commitmentsPerContract, returnsPerCouncil);
        // Remedies on one commitment in a hundred, a third of them closed; case studies and
        // beyond-procurement activities through the five years.
        step(
                jdbc,
                "remedies",
                """
                insert into remedy (council_id, commitment_id, action, owner, due_date, status, outcome, opened_at,
                                    closed_at, penalty_amount)
                select c.council_id, c.id, 'Recovery plan: catch up the shortfall within two quarters',
                       'Contract manager', k.start_date + interval '18 months',
                       case when c.id % 3 = 0 then 'CLOSED' else 'OPEN' end,
                       case when c.id % 3 = 0 then 'Caught up' end,
                       k.start_date + interval '12 months',
                       case when c.id % 3 = 0 then k.start_date + interval '20 months' end,
                       case when c.id % 7 = 0 then 2500 end
                from commitment c
                join council cl on cl.id = c.council_id
                join contract k on k.id = c.contract_id and k.council_id = c.council_id
                where cl.slug like :prefix || '%' and k.status in ('LIVE', 'CLOSED') and c.id % 100 = 1
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        step(
                jdbc,
                "case studies",
                """
                insert into case_study (council_id, contract_id, outcome_id, title, body, status, published_at)
                select cl.id, k.id, o.id, 'Case study ' || n, repeat('What the contract made possible. ', 40),
                       case when n % 6 = 0 then 'DRAFT' else 'PUBLISHED' end,
                       case when n % 6 <> 0 then timestamp with time zone '2021-06-01 12:00+01' + n * interval '45 days' end
                from council cl
                cross join generate_series(1, 36) n
                join contract k on k.council_id = cl.id and k.reference = 'BEN-' || lpad((1 + n * 37 % :contracts)::text, 5, '0')
                join outcome o on o.council_id = cl.id and o.code = 'T' || (1 + n % 3) || '-O' || (1 + n % 4)
                where cl.slug like :prefix || '%'
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        step(
                jdbc,
                "beyond procurement",
                """
                insert into beyond_procurement_activity (council_id, kind, title, description, outcome_id,
                                                         activity_date, quantity, unit)
                select cl.id,
                       (array['ASSET_SHARING', 'INCLUSIVE_EMPLOYMENT', 'PARTNERSHIP', 'GRANT', 'MARKET_SHAPING',
                              'BELOW_THRESHOLD_SPEND'])[1 + n % 6],
                       'Activity ' || n, 'What the council did outside procurement', o.id,
                       date '2021-04-10' + n * 30,
                       case when n % 4 <> 0 then 10 + n end,
                       case when n % 4 <> 0 then (array['HOURS', 'NUMBER', 'POUNDS'])[1 + n % 3] end
                from council cl
                cross join generate_series(1, 60) n
                join outcome o on o.council_id = cl.id and o.code = 'T' || (1 + n % 3) || '-O' || (1 + n % 4)
                where cl.slug like :prefix || '%'
                """,
                councils,
                suppliers,
                contractsPerCouncil,
                commitmentsPerContract,
                returnsPerCouncil);
        // As autovacuum would have left a table loaded over years: statistics, and the visibility
        // map that lets the report's statements read from the index alone.
        long vacuum = System.nanoTime();
        jdbc.sql("vacuum analyze").update();
        log("vacuum analyze", 0, vacuum);

        List<Long> counts = jdbc.sql("""
                        select (select count(*) from contract k join council cl on cl.id = k.council_id
                                where cl.slug like :prefix || '%'),
                               (select count(*) from commitment c join council cl on cl.id = c.council_id
                                where cl.slug like :prefix || '%'),
                               (select count(*) from delivery_return r join council cl on cl.id = r.council_id
                                where cl.slug like :prefix || '%')
                        """)
                .param("prefix", COUNCIL_PREFIX)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .single();
        Generated generated = new Generated(
                councils, counts.get(0), counts.get(1), counts.get(2), Duration.ofNanos(System.nanoTime() - started));
        System.out.printf(
                "Generated %d councils, %,d contracts, %,d commitments, %,d returns in %.1f s%n",
                generated.councils(),
                generated.contracts(),
                generated.commitments(),
                generated.returns(),
                generated.took().toMillis() / 1000.0);
        return generated;
    }

    private static void step(
            JdbcClient jdbc,
            String what,
            String sql,
            int councils,
            int suppliers,
            int contracts,
            int commitments,
            int returns) {
        long started = System.nanoTime();
        // Every statement gets every parameter; JdbcClient passes on only those a statement names.
        var statement = jdbc.sql(sql)
                .param("prefix", COUNCIL_PREFIX)
                .param("councils", councils)
                .param("suppliers", suppliers)
                .param("contracts", contracts)
                .param("commitments", commitments)
                .param("returns", returns)
                .param("first", FIRST_QUARTER)
                .param("last", LAST_QUARTER);
        int rows = statement.update();
        log(what, rows, started);
    }

    private static void log(String what, int rows, long started) {
        System.out.printf("  %-20s %,10d rows %8.1f s%n", what, rows, (System.nanoTime() - started) / 1e9);
    }
}
