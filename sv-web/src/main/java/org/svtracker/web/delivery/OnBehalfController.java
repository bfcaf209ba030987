package org.svtracker.web.delivery;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.svtracker.domain.calendar.Quarter;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.contract.Contracts;
import org.svtracker.domain.delivery.CommitmentLine;
import org.svtracker.domain.delivery.DeliveryRecords;
import org.svtracker.domain.evidence.EvidenceFiles;
import org.svtracker.domain.evidence.EvidenceLimits;
import org.svtracker.domain.evidence.EvidenceRefused;
import org.svtracker.domain.form.FormSubmissions;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.Returns;
import org.svtracker.domain.supplier.Suppliers;
import org.svtracker.web.layout.ErrorItem;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/**
 * A contract manager records a return for a supplier without portal access: submitted at once,
 * with both declarations, marked everywhere as recorded on the supplier's behalf by them.
 */
@Controller
class OnBehalfController {

    static final int LONGEST_NARRATIVE = 4000;

    /** Evidence larger than this is refused with a message rather than stored. */
    private final Contracts contracts;

    private final Returns deliveries;
    private final DeliveryRecords records;
    private final EvidenceFiles evidenceFiles;
    private final FormSubmissions submissions;
    private final Suppliers suppliers;
    private final Messages messages;
    private final Clock clock;
    private final EvidenceLimits limits;

    OnBehalfController(
            Contracts contracts,
            Returns deliveries,
            DeliveryRecords records,
            EvidenceFiles evidenceFiles,
            FormSubmissions submissions,
            Suppliers suppliers,
            Messages messages,
            Clock clock,
            EvidenceLimits limits) {
        this.contracts = contracts;
        this.deliveries = deliveries;
        this.records = records;
        this.evidenceFiles = evidenceFiles;
        this.submissions = submissions;
        this.suppliers = suppliers;
        this.messages = messages;
        this.clock = clock;
        this.limits = limits;
    }

    /** What the form sends back, as typed. */
    record ReturnForm(
            String commitmentId, String period, String quantity, String narrative, List<String> declarations) {

        boolean declared(String which) {
            return declarations != null && declarations.contains(which);
        }
    }

    @GetMapping("/contracts/{id}/returns/new")
    String form(
            @PathVariable long id,
            @RequestParam(required = false) String commitment,
            @RequestParam(required = false) String period,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        ContractView contract = contracts.contract(user.councilId(), id);
        List<CommitmentLine> lines = records.commitmentsOfContract(user.councilId(), id);
        List<Quarter> quarters = quartersOf(contract);
        String chosenPeriod = period != null
                ? period
                : quarters.isEmpty() ? null : quarters.get(quarters.size() - 1).label();
        return show(
                contract,
                lines,
                quarters,
                new ReturnForm(commitment, chosenPeriod, null, null, List.of()),
                FormSubmissions.newToken(),
                List.of(),
                model);
    }

    @PostMapping("/contracts/{id}/returns/new")
    String record(
            @PathVariable long id,
            @RequestParam(required = false) String commitmentId,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String quantity,
            @RequestParam(required = false) String narrative,
            @RequestParam(required = false) List<String> declarations,
            @RequestParam(required = false) MultipartFile evidence,
            @RequestParam(required = false) String formToken,
            @AuthenticationPrincipal SignedInUser user,
            Model model,
            RedirectAttributes redirect) {
        long councilId = user.councilId();
        ContractView contract = contracts.contract(councilId, id);
        List<CommitmentLine> lines = records.commitmentsOfContract(councilId, id);
        List<Quarter> quarters = quartersOf(contract);
        ReturnForm form = new ReturnForm(
                commitmentId, period, quantity, narrative, declarations == null ? List.of() : declarations);
        if (contract.status() != ContractStatus.LIVE) {
            return show(contract, lines, quarters, form, formToken, List.of(), model);
        }
        List<ErrorItem> errors = new ArrayList<>();
        Optional<CommitmentLine> line = lines.stream()
                .filter(c -> String.valueOf(c.id()).equals(commitmentId))
                .findFirst();
        if (line.isEmpty()) {
            errors.add(new ErrorItem("commitmentId", "contractManagement.onBehalf.error.commitment"));
        }
        Optional<Quarter> quarter =
                quarters.stream().filter(q -> q.label().equals(period)).findFirst();
        if (quarter.isEmpty()) {
            errors.add(new ErrorItem("period", "contractManagement.onBehalf.error.period"));
        }
        BigDecimal amount = null;
        boolean narrativeOnly = line.map(CommitmentLine::isNarrative).orElse(false);
        String typed = quantity == null ? "" : quantity.strip().replace(",", "");
        if (narrativeOnly && !typed.isEmpty()) {
            errors.add(new ErrorItem("quantity", "contractManagement.onBehalf.error.quantityNarrative"));
        } else if (!narrativeOnly && line.isPresent()) {
            if (typed.isEmpty()) {
                errors.add(new ErrorItem("quantity", "contractManagement.onBehalf.error.quantityMissing"));
            } else {
                amount = quantity(typed);
                if (amount == null) {
                    errors.add(new ErrorItem("quantity", "contractManagement.onBehalf.error.quantityNumber"));
                }
            }
        }
        String what = narrative == null ? "" : narrative.strip();
        if (what.isEmpty()) {
            errors.add(new ErrorItem("narrative", "contractManagement.onBehalf.error.narrativeMissing"));
        } else if (what.length() > LONGEST_NARRATIVE) {
            errors.add(new ErrorItem(
                    "narrative", "contractManagement.onBehalf.error.narrativeTooLong", LONGEST_NARRATIVE));
        }
        boolean hasFile = evidence != null && !evidence.isEmpty();
        if (hasFile && evidence.getSize() > limits.maxFileBytes()) {
            errors.add(new ErrorItem(
                    "evidence",
                    "contractManagement.onBehalf.error.evidenceTooLarge",
                    limits.maxFileBytes() / EvidenceLimits.MEGABYTE));
        }
        if (!form.declared("contractAndPeriod") || !form.declared("commitment")) {
            errors.add(new ErrorItem("declarations", "contractManagement.onBehalf.error.declarations"));
        }
        if (!errors.isEmpty()) {
            return show(contract, lines, quarters, form, formToken, errors, model);
        }
        byte[] bytes = hasFile ? bytesOf(evidence) : null;
        BigDecimal recordedQuantity = amount;
        CommitmentLine commitment = line.get();
        String where;
        try {
            where = submissions.once(formToken, user.getUsername(), () -> {
                // Checked inside the claim: a repeat of a form that was recorded gets its first result instead.
                if (alreadyReturned(councilId, id, commitment.id(), quarter.get())) {
                    throw new DuplicateReturn();
                }
                long returnId = deliveries.recordReturnOnBehalf(
                        councilId, commitment.id(), quarter.get(), recordedQuantity, what, user.actor());
                if (bytes != null) {
                    evidenceFiles.attach(
                            councilId,
                            returnId,
                            EvidenceFileNames.safe(evidence.getOriginalFilename()),
                            contentTypeOf(evidence),
                            bytes,
                            user.actor());
                }
                return "/contracts/" + id + "/delivery#return-" + returnId;
            });
        } catch (EvidenceRefused refused) {
            // The file's content is not one the service takes: the return it came with is not recorded either.
            return show(
                    contract,
                    lines,
                    quarters,
                    form,
                    formToken,
                    List.of(new ErrorItem(
                            "evidence",
                            "portal.evidence.refused." + refused.reason().name(),
                            refused.fileName(),
                            refused.limitMegabytes())),
                    model);
        } catch (DuplicateReturn | DataIntegrityViolationException e) {
            // DataIntegrityViolation: another return for the quarter arrived between the check and the insert.
            return show(
                    contract,
                    lines,
                    quarters,
                    form,
                    formToken,
                    List.of(new ErrorItem(
                            "period",
                            "contractManagement.onBehalf.error.duplicate",
                            commitment.measureName(),
                            quarter.get().label())),
                    model);
        }
        redirect.addFlashAttribute(
                "returnRecorded",
                suppliers.findById(contract.supplierId()).map(s -> s.name()).orElse(""));
        return "redirect:" + where;
    }

    private String show(
            ContractView contract,
            List<CommitmentLine> lines,
            List<Quarter> quarters,
            ReturnForm form,
            String formToken,
            List<ErrorItem> errors,
            Model model) {
        model.addAttribute("contract", contract);
        model.addAttribute("live", contract.status() == ContractStatus.LIVE);
        model.addAttribute(
                "commitmentOptions",
                lines.stream()
                        .map(c -> new Option(
                                String.valueOf(c.id()),
                                c.measureName(),
                                c.isNarrative()
                                        ? null
                                        : c.unit() == null ? null : c.unit().label()))
                        .toList());
        model.addAttribute(
                "declarationOptions",
                List.of(
                        new Option(
                                "contractAndPeriod", messages.text("contractManagement.declaration.contractAndPeriod")),
                        new Option("commitment", messages.text("contractManagement.declaration.commitment"))));
        model.addAttribute(
                "periodOptions",
                quarters.stream()
                        .sorted(java.util.Comparator.reverseOrder())
                        .map(q -> new Option(q.label(), q.label()))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("formToken", formToken);
        model.addAttribute("errors", errors);
        return "delivery/record-return";
    }

    /** A return for the commitment and quarter exists already; nothing was recorded. */
    private static final class DuplicateReturn extends RuntimeException {
        DuplicateReturn() {
            super("A return for this commitment and quarter exists", null, false, false);
        }
    }

    /** The quarters a return can be recorded for: from the contract's start to the last quarter ended. */
    private List<Quarter> quartersOf(ContractView contract) {
        Quarter lastEnded = Quarter.of(LocalDate.now(clock)).previous();
        LocalDate to = contract.endDate().isBefore(lastEnded.end()) ? contract.endDate() : lastEnded.end();
        if (to.isBefore(contract.startDate())) {
            return List.of();
        }
        return Quarter.between(contract.startDate(), to);
    }

    private boolean alreadyReturned(long councilId, long contractId, long commitmentId, Quarter quarter) {
        return records.returnsOfContract(councilId, contractId).stream()
                .anyMatch(r -> r.commitmentId() == commitmentId
                        && r.period().equals(quarter)
                        && r.status() != ReturnStatus.REJECTED);
    }

    /** A quantity of at most 3 decimals, not negative, that the database can hold; null otherwise. */
    private static BigDecimal quantity(String typed) {
        try {
            BigDecimal value = new BigDecimal(typed);
            if (value.signum() < 0
                    || value.stripTrailingZeros().scale() > 3
                    || value.compareTo(new BigDecimal("99999999999")) > 0) {
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static byte[] bytesOf(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new IllegalStateException("The uploaded evidence could not be read", e);
        }
    }

    /** The type the browser declared, when it is a plain type/subtype; the portal's checks replace it with what the content shows. */
    private static String contentTypeOf(MultipartFile file) {
        String declared = file.getContentType();
        if (declared == null || !declared.matches("[a-zA-Z0-9.+-]{1,40}/[a-zA-Z0-9.+-]{1,50}")) {
            return "application/octet-stream";
        }
        return declared.toLowerCase(java.util.Locale.ROOT);
    }
}
