package org.svtracker.domain.commitment.template;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.commitment.CommitmentView;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.measure.MeasureKind;
import org.svtracker.domain.measure.MeasureView;
import org.svtracker.domain.money.Money;

/**
 * What confirming an upload will create, valued at the proxies in force in {@code proxyYear} (the
 * award's financial year, or this one before award), with the contract's committed value before and
 * after, as a share of its value against the council's target.
 *
 * @param percentOfContractValue the gross value after the upload as a % of the contract value, null
 *     for a contract of no value
 * @param targetPercent the council's target, null when it has none
 * @param meetsTarget null when there is no target or no percentage
 */
public record UploadPreview(
        ContractView contract,
        List<Line> lines,
        FinancialYear proxyYear,
        Money newGross,
        Money newNet,
        int existingCommitments,
        Money existingGross,
        Money existingNet,
        Money totalGross,
        Money totalNet,
        BigDecimal percentOfContractValue,
        BigDecimal targetPercent,
        Boolean meetsTarget) {

    /**
     * One commitment to be created. The values are null for a measure with no £ value (counted or
     * narrative) or with no proxy in force in the year.
     */
    public record Line(
            int row,
            String measureCode,
            String measureName,
            MeasureKind kind,
            String unit,
            BigDecimal targetQuantity,
            LocalDate dueDate,
            String outcomeCode,
            String outcomeName,
            boolean local,
            BigDecimal deadweightPercent,
            BigDecimal attributionPercent,
            String narrative,
            Money proxyPerUnit,
            FinancialYear proxyFinancialYear,
            Money gross,
            Money net) {}

    public UploadPreview {
        lines = List.copyOf(lines);
    }

    static UploadPreview of(
            ContractView contract,
            List<CommitmentDraft> drafts,
            List<CommitmentView> existing,
            TemplateCatalogue catalogue,
            BigDecimal targetPercent) {
        List<Line> lines = drafts.stream().map(d -> line(d, catalogue)).toList();
        Money newGross = sum(lines.stream().map(Line::gross).toList());
        Money newNet = sum(lines.stream().map(Line::net).toList());
        var measures =
                catalogue.measures().stream().collect(java.util.stream.Collectors.toMap(MeasureView::id, m -> m));
        Money existingGross = Money.ZERO;
        Money existingNet = Money.ZERO;
        for (CommitmentView c : existing) {
            Money[] value = existingValue(c, measures.get(c.measureId()), catalogue);
            existingGross = value[0] == null ? existingGross : existingGross.plus(value[0]);
            existingNet = value[1] == null ? existingNet : existingNet.plus(value[1]);
        }
        Money totalGross = newGross.plus(existingGross);
        Money totalNet = newNet.plus(existingNet);
        BigDecimal percent = contract.value().isZero() ? null : totalGross.percentageOf(contract.value());
        Boolean meets = targetPercent == null || percent == null ? null : percent.compareTo(targetPercent) >= 0;
        return new UploadPreview(
                contract,
                lines,
                catalogue.proxyYear(),
                newGross,
                newNet,
                existing.size(),
                existingGross,
                existingNet,
                totalGross,
                totalNet,
                percent,
                targetPercent,
                meets);
    }

    private static Line line(CommitmentDraft draft, TemplateCatalogue catalogue) {
        MeasureView measure = draft.measure();
        var proxy = measure.kind() == MeasureKind.VALUED
                ? catalogue.proxyOf(measure)
                : java.util.Optional.<MeasureView.ProxyView>empty();
        Money gross = proxy.map(p -> Money.valueOf(draft.targetQuantity(), p.valuePerUnit()))
                .orElse(null);
        Money net = proxy.map(p -> Money.netValueOf(
                        draft.targetQuantity(),
                        p.valuePerUnit(),
                        draft.deadweightPercent(),
                        draft.attributionPercent()))
                .orElse(null);
        return new Line(
                draft.row(),
                measure.code(),
                measure.name(),
                measure.kind(),
                measure.unit() == null ? null : measure.unit().label(),
                draft.targetQuantity(),
                draft.dueDate(),
                draft.primaryOutcome().code(),
                draft.primaryOutcome().name(),
                draft.local(),
                draft.deadweightPercent(),
                draft.attributionPercent(),
                draft.narrative(),
                proxy.map(MeasureView.ProxyView::valuePerUnit).orElse(null),
                proxy.map(MeasureView.ProxyView::financialYear).orElse(null),
                gross,
                net);
    }

    /** A commitment already on the contract: its frozen value, or else its value at the year's proxy. */
    private static Money[] existingValue(CommitmentView c, MeasureView measure, TemplateCatalogue catalogue) {
        if (c.grossValue() != null) {
            return new Money[] {c.grossValue(), c.netValue()};
        }
        if (measure == null || measure.kind() != MeasureKind.VALUED || c.targetQuantity() == null) {
            return new Money[] {null, null};
        }
        return catalogue
                .proxyOf(measure)
                .map(p -> new Money[] {
                    Money.valueOf(c.targetQuantity(), p.valuePerUnit()),
                    Money.netValueOf(
                            c.targetQuantity(), p.valuePerUnit(), c.deadweightPercent(), c.attributionPercent())
                })
                .orElse(new Money[] {null, null});
    }

    private static Money sum(List<Money> values) {
        return values.stream().filter(java.util.Objects::nonNull).reduce(Money.ZERO, Money::plus);
    }
}
