package org.svtracker.web.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.delivery.CommitmentLine;
import org.svtracker.domain.delivery.DeliveryRecords;
import org.svtracker.domain.delivery.ReturnRecord;
import org.svtracker.domain.progress.CommitmentProgress;
import org.svtracker.domain.progress.ContractProgress;
import org.svtracker.domain.progress.OverdueReturn;
import org.svtracker.domain.progress.Progress;
import org.svtracker.web.security.SignedInUser;

/**
 * The contract manager's home page: their contracts with their £-weighted RAG, the commitments at
 * red or amber, returns waiting for review and returns overdue. A fixed number of queries, however
 * many contracts.
 */
@Component
public class ContractManagerDashboard {

    private final Contracts contracts;
    private final Progress progress;
    private final DeliveryRecords records;
    private final Clock clock;

    ContractManagerDashboard(Contracts contracts, Progress progress, DeliveryRecords records, Clock clock) {
        this.contracts = contracts;
        this.progress = progress;
        this.records = records;
        this.clock = clock;
    }

    /** Fills the model for {@code delivery/dashboard} and names it. */
    public String show(SignedInUser user, Model model) {
        long councilId = user.councilId();
        LocalDate today = LocalDate.now(clock);
        List<ContractView> mine = contracts.contractsManagedBy(councilId, user.id());
        Set<Long> mineIds = mine.stream().map(ContractView::id).collect(Collectors.toSet());
        Map<Long, ContractProgress> progressById = progress.contractsOf(councilId, today).stream()
                .filter(p -> mineIds.contains(p.contractId()))
                .collect(Collectors.toMap(ContractProgress::contractId, Function.identity()));
        Map<Long, CommitmentLine> commitments = records.commitmentsManagedBy(councilId, user.id()).stream()
                .collect(Collectors.toMap(CommitmentLine::id, Function.identity()));
        List<OverdueReturn> overdue = progress.overdueReturns(councilId, today).stream()
                .filter(o -> mineIds.contains(o.contractId()))
                .toList();
        List<ReturnRecord> queue = records.reviewQueue(councilId);
        Map<Long, String> suppliers = records.supplierNamesOfContracts(councilId, user.id());

        List<AtRisk> atRisk = progressById.values().stream()
                .flatMap(p -> p.commitments().stream())
                .filter(c -> c.rag() == RagStatus.RED || c.rag() == RagStatus.AMBER)
                .filter(c -> commitments.containsKey(c.commitmentId()))
                .map(c -> new AtRisk(commitments.get(c.commitmentId()), c))
                .sorted(java.util.Comparator.comparing(
                                (AtRisk a) -> a.progress().rag() == RagStatus.AMBER)
                        .thenComparing(a -> a.commitment().contractReference())
                        .thenComparing(a -> a.commitment().id()))
                .toList();
        List<ContractRow> rows = mine.stream()
                .map(c -> {
                    ContractProgress p = progressById.get(c.id());
                    return new ContractRow(
                            c,
                            suppliers.get(c.id()),
                            p == null ? null : p.rag(),
                            atRisk.stream()
                                    .filter(a -> a.commitment().contractId() == c.id())
                                    .count(),
                            overdue.stream()
                                    .filter(o -> o.contractId() == c.id())
                                    .count());
                })
                .toList();

        model.addAttribute("contracts", rows);
        model.addAttribute("atRisk", atRisk);
        model.addAttribute("commitmentNames", commitments);
        model.addAttribute("overdue", overdue);
        model.addAttribute("queueCount", queue.size());
        model.addAttribute(
                "queueMine",
                queue.stream().filter(r -> mineIds.contains(r.contractId())).count());
        return "delivery/dashboard";
    }

    /** One of the manager's contracts: its RAG (null before award) and what needs attention. */
    public record ContractRow(ContractView contract, String supplierName, RagStatus rag, long atRisk, long overdue) {}

    /** A commitment at red or amber, with its measure and progress. */
    public record AtRisk(CommitmentLine commitment, CommitmentProgress progress) {}
}
