package org.svtracker.web.contract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.svtracker.domain.supplier.CompaniesHouseNumber;
import org.svtracker.domain.supplier.NewSupplier;
import org.svtracker.domain.supplier.SupplierSize;
import org.svtracker.domain.supplier.UkPostcode;
import org.svtracker.web.form.DateParts;
import org.svtracker.web.form.Numbers;
import org.svtracker.web.layout.ErrorItem;

/** The two ways to award a contract: to a supplier already registered, or to one registered now. */
final class AwardForms {

    private AwardForms() {}

    /** Awarding to a supplier chosen from the search results. */
    record ExistingSupplier(String supplierId, DateParts awardedOn, Long version, String q) {

        ExistingSupplier {
            awardedOn = awardedOn == null ? DateParts.empty() : awardedOn;
        }

        Long chosen() {
            return supplierId != null && supplierId.matches("\\d{1,18}") ? Long.valueOf(supplierId) : null;
        }

        List<ErrorItem> check() {
            List<ErrorItem> errors = new ArrayList<>();
            if (chosen() == null) {
                errors.add(new ErrorItem("supplierId", "procurement.award.error.supplierMissing"));
            }
            awardDate(awardedOn, "awardedOn", errors);
            return errors;
        }
    }

    /** Registering a new supplier and awarding the contract to it. */
    record NewSupplierForm(
            String name,
            String companiesHouseNumber,
            String size,
            String vcse,
            String postcode,
            DateParts newAwardedOn,
            Long version) {

        NewSupplierForm {
            newAwardedOn = newAwardedOn == null ? DateParts.empty() : newAwardedOn;
        }

        static NewSupplierForm blank(LocalDate today) {
            return new NewSupplierForm("", "", null, null, "", DateParts.of(today), null);
        }

        SupplierSize chosenSize() {
            for (SupplierSize s : SupplierSize.values()) {
                if (s.name().equals(size)) {
                    return s;
                }
            }
            return null;
        }

        List<ErrorItem> check() {
            List<ErrorItem> errors = new ArrayList<>();
            if (Numbers.isBlank(name)) {
                errors.add(new ErrorItem("name", "procurement.award.error.nameMissing"));
            } else if (name.trim().length() > 200) {
                errors.add(new ErrorItem("name", "procurement.award.error.nameTooLong"));
            }
            if (!Numbers.isBlank(companiesHouseNumber) && !CompaniesHouseNumber.isValid(companiesHouseNumber)) {
                errors.add(new ErrorItem("companiesHouseNumber", "procurement.award.error.companyNumber"));
            }
            if (chosenSize() == null) {
                errors.add(new ErrorItem("size", "procurement.award.error.sizeMissing"));
            }
            if (!Numbers.isBlank(postcode) && !UkPostcode.isValid(postcode)) {
                errors.add(new ErrorItem("postcode", "procurement.award.error.postcode"));
            }
            awardDate(newAwardedOn, "newAwardedOn", errors);
            return errors;
        }

        NewSupplier toNewSupplier() {
            return new NewSupplier(
                    null,
                    name.trim(),
                    Numbers.isBlank(companiesHouseNumber) ? null : companiesHouseNumber,
                    chosenSize(),
                    "true".equals(vcse),
                    Numbers.isBlank(postcode) ? null : postcode);
        }
    }

    static LocalDate awardDate(DateParts parts, String id, List<ErrorItem> errors) {
        if (parts.isBlank()) {
            errors.add(new ErrorItem(id, "procurement.award.error.dateMissing"));
            return null;
        }
        LocalDate date = parts.toDate().orElse(null);
        if (date == null) {
            errors.add(new ErrorItem(id, "procurement.award.error.dateNotReal"));
        }
        return date;
    }
}
