package org.svtracker.web.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.svtracker.domain.contract.ContractCategory;
import org.svtracker.domain.contract.ContractDetails;
import org.svtracker.domain.contract.ContractView;
import org.svtracker.domain.council.CouncilSettings;
import org.svtracker.web.form.DateParts;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/** The create and edit form of a contract, as typed: every field text, so a wrong value is kept to show again. */
record ContractForm(
        String reference,
        String title,
        String category,
        String value,
        DateParts startDate,
        DateParts endDate,
        String weightingPercent,
        String weightingReason,
        String procurementOfficerId,
        String contractManagerId,
        String ocid,
        String localArea,
        Long version,
        String formToken) {

    ContractForm {
        startDate = startDate == null ? DateParts.empty() : startDate;
        endDate = endDate == null ? DateParts.empty() : endDate;
    }

    static ContractForm blank(Long officerId, String formToken) {
        return new ContractForm(
                "",
                "",
                null,
                "",
                DateParts.empty(),
                DateParts.empty(),
                "",
                "",
                officerId == null ? "" : officerId.toString(),
                "",
                "",
                "",
                null,
                formToken);
    }

    static ContractForm of(ContractView contract) {
        return new ContractForm(
                contract.reference(),
                contract.title(),
                contract.category().name(),
                contract.value().amount().toPlainString(),
                DateParts.of(contract.startDate()),
                DateParts.of(contract.endDate()),
                Numbers.text(contract.weightingPercent()),
                contract.weightingReason() == null ? "" : contract.weightingReason(),
                contract.procurementOfficerId() == null
                        ? ""
                        : contract.procurementOfficerId().toString(),
                contract.contractManagerId() == null
                        ? ""
                        : contract.contractManagerId().toString(),
                contract.ocid() == null ? "" : contract.ocid(),
                contract.localArea() == null ? "" : contract.localArea(),
                contract.version(),
                null);
    }

    /** The same form carrying another version: after a stale edit, the one now in the database. */
    ContractForm withVersion(long newVersion) {
        return new ContractForm(
                reference,
                title,
                category,
                value,
                startDate,
                endDate,
                weightingPercent,
                weightingReason,
                procurementOfficerId,
                contractManagerId,
                ocid,
                localArea,
                newVersion,
                formToken);
    }

    /** What was wrong with the form, in page order, and the details when nothing was. */
    record Checked(List<ErrorItem> errors, ContractDetails details) {}

    Checked check(CouncilSettings settings, Set<Long> officers, Set<Long> managers) {
        List<ErrorItem> errors = new ArrayList<>();
        if (Numbers.isBlank(reference)) {
            errors.add(new ErrorItem("reference", "procurement.contract.error.referenceMissing"));
        } else if (reference.trim().length() > 40) {
            errors.add(new ErrorItem("reference", "procurement.contract.error.referenceTooLong"));
        }
        if (Numbers.isBlank(title)) {
            errors.add(new ErrorItem("title", "procurement.contract.error.titleMissing"));
        } else if (title.trim().length() > 300) {
            errors.add(new ErrorItem("title", "procurement.contract.error.titleTooLong"));
        }
        ContractCategory chosenCategory = null;
        for (ContractCategory c : ContractCategory.values()) {
            if (c.name().equals(category)) {
                chosenCategory = c;
            }
        }
        if (chosenCategory == null) {
            errors.add(new ErrorItem("category", "procurement.contract.error.categoryMissing"));
        }
        BigDecimal amount = null;
        if (Numbers.isBlank(value)) {
            errors.add(new ErrorItem("value", "procurement.contract.error.valueMissing"));
        } else {
            amount = Numbers.SIGNED_AMOUNT.parse(value).orElse(null);
            if (amount == null) {
                errors.add(new ErrorItem("value", "procurement.contract.error.valueNotMoney"));
            } else if (amount.signum() < 0) {
                errors.add(new ErrorItem("value", "procurement.contract.error.valueNegative"));
                amount = null;
            }
        }
        LocalDate start = date(startDate, "startDate", "procurement.contract.error.start", errors);
        LocalDate end = date(endDate, "endDate", "procurement.contract.error.end", errors);
        if (start != null && end != null && !end.isAfter(start)) {
            errors.add(new ErrorItem("endDate", "procurement.contract.error.endBeforeStart"));
        }
        BigDecimal weighting = null;
        if (!Numbers.isBlank(weightingPercent)) {
            weighting = Numbers.SIGNED_AMOUNT.parse(weightingPercent).orElse(null);
            if (weighting == null || weighting.signum() < 0 || weighting.compareTo(new BigDecimal("100")) > 0) {
                errors.add(new ErrorItem("weightingPercent", "procurement.contract.error.weightingNotPercent"));
                weighting = null;
            }
        }
        boolean inScope = amount != null && settings.isInScope(amount);
        String reason = Numbers.isBlank(weightingReason) ? null : weightingReason.trim();
        if (inScope && weighting == null && Numbers.isBlank(weightingPercent)) {
            errors.add(new ErrorItem("weightingPercent", "procurement.contract.error.weightingMissing"));
        }
        if (inScope
                && weighting != null
                && weighting.compareTo(settings.minimumWeightingPercent()) < 0
                && reason == null) {
            errors.add(new ErrorItem(
                    "weightingReason",
                    "procurement.contract.error.reasonMissing",
                    Numbers.text(settings.minimumWeightingPercent())));
        }
        if (reason != null && reason.length() > 1000) {
            errors.add(new ErrorItem("weightingReason", "procurement.contract.error.reasonTooLong"));
        }
        Long officer = person(procurementOfficerId, officers, "procurementOfficerId", errors);
        Long manager = person(contractManagerId, managers, "contractManagerId", errors);
        if (!Numbers.isBlank(ocid) && ocid.trim().length() > 100) {
            errors.add(new ErrorItem("ocid", "procurement.contract.error.ocidTooLong"));
        }
        if (!Numbers.isBlank(localArea) && localArea.trim().length() > 300) {
            errors.add(new ErrorItem("localArea", "procurement.contract.error.localAreaTooLong"));
        }
        if (!errors.isEmpty()) {
            return new Checked(errors, null);
        }
        return new Checked(
                errors,
                new ContractDetails(
                        reference.trim(),
                        title.trim(),
                        chosenCategory,
                        amount,
                        start,
                        end,
                        weighting,
                        reason,
                        officer,
                        manager,
                        Numbers.isBlank(ocid) ? null : ocid.trim(),
                        Numbers.isBlank(localArea) ? null : localArea.trim()));
    }

    private static LocalDate date(DateParts parts, String id, String keyPrefix, List<ErrorItem> errors) {
        if (parts.isBlank()) {
            errors.add(new ErrorItem(id, keyPrefix + "Missing"));
            return null;
        }
        LocalDate date = parts.toDate().orElse(null);
        if (date == null) {
            errors.add(new ErrorItem(id, keyPrefix + "NotReal"));
        }
        return date;
    }

    private static Long person(String chosen, Set<Long> allowed, String id, List<ErrorItem> errors) {
        if (Numbers.isBlank(chosen)) {
            return null;
        }
        Long person = chosen.matches("\\d{1,18}") ? Long.valueOf(chosen) : null;
        if (person == null || !allowed.contains(person)) {
            errors.add(new ErrorItem(id, "procurement.contract.error.personUnknown"));
            return null;
        }
        return person;
    }
}
