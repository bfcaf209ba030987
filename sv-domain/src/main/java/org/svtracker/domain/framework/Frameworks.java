package org.svtracker.domain.framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.svtracker.domain.audit.Actor;
import org.svtracker.domain.audit.AuditTrail;
import org.svtracker.domain.audit.AuditedEntity;

/** Each council's priority framework: editions, themes and outcomes. */
@Service
public class Frameworks {

    private final FrameworkEditionRepository editions;
    private final OutcomeRepository outcomes;
    private final ThemeRepository themes;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    Frameworks(
            FrameworkEditionRepository editions,
            OutcomeRepository outcomes,
            ThemeRepository themes,
            AuditTrail audit,
            JdbcClient jdbc) {
        this.editions = editions;
        this.outcomes = outcomes;
        this.themes = themes;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public long startEdition(long councilId, NewFrameworkEdition draft, Actor actor) {
        FrameworkEdition edition = new FrameworkEdition(councilId, draft.name(), draft.effectiveFrom());
        for (var themeDraft : draft.themes()) {
            Theme theme = edition.addTheme(themeDraft.code(), themeDraft.name());
            for (var outcomeDraft : themeDraft.outcomes()) {
                theme.addOutcome(outcomeDraft.code(), outcomeDraft.name());
            }
        }
        long id = editions.save(edition).id();
        audit.record(
                actor,
                councilId,
                AuditedEntity.FRAMEWORK_EDITION,
                id,
                "CREATED",
                Map.of(
                        "name",
                        draft.name(),
                        "effectiveFrom",
                        draft.effectiveFrom(),
                        "themes",
                        draft.themes().size()));
        return id;
    }

    /** The edition in force on a day, with every theme and outcome, in one query. */
    @Transactional(readOnly = true)
    public Optional<FrameworkView> frameworkInForce(long councilId, LocalDate day) {
        return editions.findInForce(councilId, day).map(edition -> view(councilId, edition));
    }

    @Transactional(readOnly = true)
    public FrameworkView currentFramework(long councilId, LocalDate today) {
        return frameworkInForce(councilId, today).orElseThrow(() -> FrameworkNotFound.forCouncil(councilId));
    }

    /**
     * Adds a theme at the end of one of the council's editions.
     *
     * @throws FrameworkCodeTaken when the edition already has a theme with the code
     */
    @Transactional
    public long addTheme(long councilId, long editionId, String code, String name, Actor actor) {
        FrameworkEdition edition = editions.findByIdAndCouncilId(editionId, councilId)
                .orElseThrow(() -> FrameworkNotFound.forCouncil(councilId));
        Theme theme = themes.save(edition.addTheme(checkedCode(code), name));
        audit.record(
                actor,
                councilId,
                AuditedEntity.THEME,
                theme.id(),
                "CREATED",
                Map.of("code", theme.code(), "name", theme.name()));
        return theme.id();
    }

    /**
     * Adds an outcome at the end of one of the council's themes.
     *
     * @throws FrameworkCodeTaken when an outcome of the edition, retired or not, already has the code
     */
    @Transactional
    public long addOutcome(long councilId, long themeId, String code, String name, Actor actor) {
        Theme theme =
                themes.findByIdAndCouncilId(themeId, councilId).orElseThrow(() -> FrameworkNotFound.forTheme(themeId));
        Outcome outcome = outcomes.save(theme.addOutcome(checkedCode(code), name));
        audit.record(
                actor,
                councilId,
                AuditedEntity.OUTCOME,
                outcome.id(),
                "CREATED",
                Map.of("code", outcome.code(), "name", outcome.name(), "theme", theme.code()));
        return outcome.id();
    }

    @Transactional
    public void renameTheme(long councilId, long themeId, long expectedVersion, String newName, Actor actor) {
        Theme theme =
                themes.findByIdAndCouncilId(themeId, councilId).orElseThrow(() -> FrameworkNotFound.forTheme(themeId));
        if (theme.version() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Theme.class, themeId);
        }
        String before = theme.name();
        theme.rename(newName);
        audit.recordUpdate(
                actor, councilId, AuditedEntity.THEME, themeId, Map.of("name", before), Map.of("name", theme.name()));
    }

    @Transactional(readOnly = true)
    public ThemeDetails theme(long councilId, long themeId) {
        Theme theme =
                themes.findByIdAndCouncilId(themeId, councilId).orElseThrow(() -> FrameworkNotFound.forTheme(themeId));
        return new ThemeDetails(theme.id(), theme.edition().id(), theme.code(), theme.name(), theme.version());
    }

    @Transactional(readOnly = true)
    public OutcomeDetails outcome(long councilId, long outcomeId) {
        Outcome outcome = outcomes.findByIdAndCouncilId(outcomeId, councilId)
                .orElseThrow(() -> FrameworkNotFound.forOutcome(outcomeId));
        return new OutcomeDetails(
                outcome.id(),
                outcome.theme().id(),
                outcome.theme().name(),
                outcome.code(),
                outcome.name(),
                outcome.retired(),
                outcome.version());
    }

    /**
     * Every outcome of the council, of every edition and retired ones too, by id: what old records
     * may name.
     */
    @Transactional(readOnly = true)
    public Map<Long, FrameworkView.OutcomeView> allOutcomes(long councilId) {
        Map<Long, FrameworkView.OutcomeView> all = new LinkedHashMap<>();
        jdbc.sql("select id, code, name, retired from outcome where council_id = ? order by id")
                .param(councilId)
                .query(rs -> {
                    all.put(
                            rs.getLong(1),
                            new FrameworkView.OutcomeView(
                                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                });
        return all;
    }

    /** Whether new records may name the outcome: it is the council's and it is not retired. */
    @Transactional(readOnly = true)
    public boolean isOpen(long councilId, long outcomeId) {
        return outcomes.findByIdAndCouncilId(outcomeId, councilId)
                .map(o -> !o.retired())
                .orElse(false);
    }

    private static String checkedCode(String code) {
        String trimmed = FrameworkEdition.requireText(code, "A code is required");
        if (trimmed.length() > 20 || !trimmed.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("A code has at most 20 letters, digits and hyphens");
        }
        return trimmed;
    }

    @Transactional
    public void renameOutcome(long councilId, long outcomeId, long expectedVersion, String newName, Actor actor) {
        Outcome outcome = outcome(councilId, outcomeId, expectedVersion);
        String before = outcome.name();
        outcome.rename(newName);
        audit.recordUpdate(
                actor,
                councilId,
                AuditedEntity.OUTCOME,
                outcomeId,
                Map.of("name", before),
                Map.of("name", outcome.name()));
    }

    @Transactional
    public void retireOutcome(long councilId, long outcomeId, long expectedVersion, Actor actor) {
        Outcome outcome = outcome(councilId, outcomeId, expectedVersion);
        outcome.retire();
        audit.record(actor, councilId, AuditedEntity.OUTCOME, outcomeId, "RETIRED", Map.of("code", outcome.code()));
    }

    private Outcome outcome(long councilId, long outcomeId, long expectedVersion) {
        Outcome outcome = outcomes.findByIdAndCouncilId(outcomeId, councilId)
                .orElseThrow(() -> FrameworkNotFound.forOutcome(outcomeId));
        if (outcome.version() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Outcome.class, outcomeId);
        }
        return outcome;
    }

    private FrameworkView view(long councilId, FrameworkEdition edition) {
        Map<Long, ThemeRow> themes = new LinkedHashMap<>();
        jdbc.sql("""
                        select t.id, t.code, t.name, o.id, o.code, o.name, o.retired
                        from theme t left join outcome o on o.theme_id = t.id and o.council_id = t.council_id
                        where t.council_id = ? and t.edition_id = ?
                        order by t.position, o.position
                        """).params(councilId, edition.id()).query(rs -> {
            ThemeRow theme = themes.computeIfAbsent(
                    rs.getLong(1), id -> new ThemeRow(id, rs2(rs, 2), rs2(rs, 3), new ArrayList<>()));
            long outcomeId = rs.getLong(4);
            if (!rs.wasNull()) {
                theme.outcomes()
                        .add(new FrameworkView.OutcomeView(
                                outcomeId, rs.getString(5), rs.getString(6), rs.getBoolean(7)));
            }
        });
        List<FrameworkView.ThemeView> themeViews = themes.values().stream()
                .map(t -> new FrameworkView.ThemeView(t.id(), t.code(), t.name(), List.copyOf(t.outcomes())))
                .toList();
        return new FrameworkView(edition.id(), edition.name(), edition.effectiveFrom(), themeViews);
    }

    private static String rs2(java.sql.ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record ThemeRow(long id, String code, String name, List<FrameworkView.OutcomeView> outcomes) {}
}
