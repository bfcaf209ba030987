package org.svtracker.domain.commitment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.money.Money;

/**
 * The commitments of one contract with their £ values, the contract's totals and its share against
 * the council's target. Before award a valued commitment's proxy is not frozen yet, so its value is
 * an estimate at the proxy in force in the financial year given, and says so.
 */
public record ValuedCommitments(
        List<Line> lines,
        Money contractValue,
        Money totalGross,
        Money totalNet,
        BigDecimal percentOfContractValue,
        BigDecimal targetPercent,
        Boolean meetsTarget,
        boolean anyEstimated) {

    /**
     * The contract's share as it would be with a commitment valued at {@code value}: in place of
     * commitment {@code replacing} when it is being changed, added to the others when it is new
     * ({@code replacing} null). What the commitment form previews before it is saved.
     */
    public SocialValueShare shareWith(Long replacing, Value value) {
        Money gross = value.gross() == null ? Money.ZERO : value.gross();
        Money net = value.net() == null ? Money.ZERO : value.net();
        for (Line line : lines) {
            if ((replacing == null || line.id() != replacing) && line.value().gross() != null) {
                gross = gross.plus(line.value().gross());
                net = net.plus(line.value().net());
            }
        }
        return SocialValueShare.of(contractValue, gross, net, targetPercent);
    }

    /** One commitment as the commitments page lists it. */
    public record Line(
            long id,
            long version,
            long measureId,
            String measureCode,
            String measureName,
            MeasureUnit unit,
            MeasureKind kind,
            long outcomeId,
            String outcomeCode,
            String outcomeName,
            String themeName,
            BigDecimal target,
            LocalDate dueDate,
            int quarters,
            String narrative,
            boolean local,
            BigDecimal deadweightPercent,
            BigDecimal attributionPercent,
            Value value) {}

    /**
     * The £ value of a commitment: the proxy per unit and its year, gross and net; {@code estimated}
     * while the proxy is not frozen; null figures for counted and narrative measures, or a valued
     * measure with no proxy for the year.
     */
    public record Value(Money proxyPerUnit, FinancialYear proxyYear, Money gross, Money net, boolean estimated) {

        static final Value NONE = new Value(null, null, null, null, false);

        static Value of(
                Money proxy,
                FinancialYear year,
                BigDecimal target,
                BigDecimal deadweight,
                BigDecimal attribution,
                boolean estimated) {
            if (proxy == null || target == null) {
                return NONE;
            }
            return new Value(
                    proxy,
                    year,
                    Money.valueOf(target, proxy),
                    Money.netValueOf(target, proxy, deadweight, attribution),
                    estimated);
        }
    }
}
