package org.svtracker.web.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.delivery.CommitmentLine;
import org.svtracker.domain.delivery.ReturnRecord;
import org.svtracker.domain.progress.CommitmentProgress;
import org.svtracker.domain.progress.ContractProgress;
import org.svtracker.domain.returns.ReturnStatus;

/** A contract's commitments, each with its progress and its delivery quarter by quarter. */
record ContractDeliveryView(RagStatus rag, List<CommitmentSection> commitments) {

    static ContractDeliveryView of(
            ContractProgress progress, List<CommitmentLine> lines, List<ReturnRecord> returns, LocalDate today) {
        Map<Long, CommitmentProgress> byId = progress.commitments().stream()
                .collect(Collectors.toMap(CommitmentProgress::commitmentId, Function.identity()));
        Map<Long, List<ReturnRecord>> returnsByCommitment =
                returns.stream().collect(Collectors.groupingBy(ReturnRecord::commitmentId));
        List<CommitmentSection> sections = new ArrayList<>();
        for (CommitmentLine line : lines) {
            List<ReturnRecord> own = returnsByCommitment.getOrDefault(line.id(), List.of());
            List<QuarterRow> timeline = new ArrayList<>();
            for (Quarter quarter : line.quartersTo(today)) {
                List<ReturnRecord> inQuarter =
                        own.stream().filter(r -> r.period().equals(quarter)).toList();
                timeline.add(new QuarterRow(
                        quarter,
                        line.expectedIn(quarter),
                        sum(inQuarter, ReturnStatus.VERIFIED),
                        sum(inQuarter, ReturnStatus.SUBMITTED),
                        inQuarter));
            }
            CommitmentProgress p = byId.get(line.id());
            sections.add(new CommitmentSection(line, p, p == null ? RagStatus.NOT_STARTED : p.rag(), timeline, own));
        }
        return new ContractDeliveryView(progress.rag(), sections);
    }

    private static BigDecimal sum(List<ReturnRecord> returns, ReturnStatus status) {
        return returns.stream()
                .filter(r -> r.status() == status && r.quantity() != null)
                .map(ReturnRecord::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One commitment: its line, progress (null before award), RAG, timeline and returns. */
    record CommitmentSection(
            CommitmentLine line,
            CommitmentProgress progress,
            RagStatus rag,
            List<QuarterRow> timeline,
            List<ReturnRecord> returns) {}

    /** One quarter of a commitment: expected by the schedule, verified and claimed, and its returns. */
    record QuarterRow(
            Quarter quarter,
            BigDecimal expected,
            BigDecimal verified,
            BigDecimal claimed,
            List<ReturnRecord> returns) {}
}
