package org.svtracker.web.portal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.svtracker.domain.commitment.RagStatus;
import org.svtracker.domain.measure.MeasureUnit;
import org.svtracker.domain.returns.ReturnStatus;
import org.svtracker.domain.returns.ReturnView;
import org.svtracker.domain.returns.SupplierContracts.SupplierCommitment;
import org.svtracker.domain.returns.SupplierContracts.SupplierContract;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.layout.SummaryListRow;
import org.svtracker.web.returns.ReturnForm;

/** How the portal writes quantities, dates, sizes and the colours of its tags; used by the templates as @portalFormat. */
@Component("portalFormat")
public class PortalFormat {

    private final Messages messages;

    PortalFormat(Messages messages) {
        this.messages = messages;
    }

    /** The summary of a contract, as its page shows it. */
    public List<SummaryListRow> contractRows(SupplierContract contract) {
        return List.of(
                new SummaryListRow(messages.text("council.name"), contract.councilName()),
                new SummaryListRow(messages.text("contract.reference"), contract.reference()),
                new SummaryListRow(
                        messages.text("contract.status"),
                        messages.text("contract.status." + contract.status().name())),
                new SummaryListRow(
                        messages.text("portal.contract.dates"),
                        messages.text(
                                "portal.contract.datesValue", date(contract.startDate()), date(contract.endDate()))),
                new SummaryListRow(
                        messages.text("portal.contract.overall"), contract.rag().label()));
    }

    /** A commitment's target, due date, progress and RAG. */
    public List<SummaryListRow> commitmentRows(SupplierCommitment c) {
        boolean words = c.narrativeOnly();
        return List.of(
                new SummaryListRow(
                        messages.text("portal.commitment.target"),
                        words ? messages.text("portal.commitment.narrativeTarget") : quantity(c.target(), c.unit())),
                new SummaryListRow(messages.text("portal.commitment.dueDate"), date(c.dueDate())),
                new SummaryListRow(
                        messages.text("portal.commitment.delivered"), words ? "–" : quantity(c.verified(), c.unit())),
                new SummaryListRow(
                        messages.text("portal.commitment.claimed"), words ? "–" : quantity(c.claimed(), c.unit())),
                new SummaryListRow(
                        messages.text("portal.commitment.rag"), c.rag().label()));
    }

    /** What a return says and where it stands. */
    public List<SummaryListRow> returnRows(SupplierContract contract, SupplierCommitment c, ReturnView r) {
        return List.of(
                new SummaryListRow(messages.text("council.name"), contract.councilName()),
                new SummaryListRow(
                        messages.text("portal.return.contract"), contract.reference() + ": " + contract.title()),
                new SummaryListRow(messages.text("portal.commitment.measure"), c.measureName()),
                new SummaryListRow(
                        messages.text("portal.return.period"), r.period().label()),
                new SummaryListRow(
                        messages.text("portal.return.quantity"),
                        c.narrativeOnly() ? "–" : quantity(r.quantity(), c.unit())),
                new SummaryListRow(
                        messages.text("portal.return.narrative"), r.narrative() == null ? "–" : r.narrative()),
                new SummaryListRow(messages.text("portal.return.submittedAt"), dateTime(r.submittedAt())),
                new SummaryListRow(messages.text("portal.return.decidedAt"), dateTime(r.decidedAt())));
    }

    /** The two declarations a return needs, as checkbox items. */
    public List<Option> declarations(SupplierContract contract, ReturnView r) {
        return List.of(
                new Option(
                        ReturnForm.CONTRACT_AND_PERIOD,
                        messages.text(
                                "portal.edit.declareContractAndPeriod",
                                contract.reference(),
                                r.period().label())),
                new Option(
                        ReturnForm.COMMITMENT, messages.text("portal.edit.declareCommitment", contract.reference())));
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** "0.5 FTE", "312 weeks", "£20,000.00"; a dash for none. */
    public String quantity(BigDecimal quantity, MeasureUnit unit) {
        if (quantity == null) {
            return "–";
        }
        if (unit == MeasureUnit.POUNDS) {
            return "£" + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK)).format(quantity);
        }
        String number = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.UK)).format(quantity);
        return unit == null || unit == MeasureUnit.NUMBER ? number : number + " " + unit.label();
    }

    /** A quantity as typed back into the form: plain digits, no grouping. */
    public String plain(BigDecimal quantity) {
        return quantity == null ? "" : quantity.stripTrailingZeros().toPlainString();
    }

    public String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    public String dateTime(OffsetDateTime time) {
        return time == null
                ? "–"
                : DATE_TIME
                        .format(time.atZoneSameInstant(LONDON))
                        .replace("AM", "am")
                        .replace("PM", "pm");
    }

    /** "1.2 MB", "340 KB". */
    public String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK)).format(bytes / 1048576.0)
                    + " MB";
        }
        return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }

    public String ragClass(RagStatus rag) {
        return switch (rag) {
            case RED -> "govuk-tag--red";
            case AMBER -> "govuk-tag--orange";
            case GREEN -> "govuk-tag--green";
            case COMPLETE -> "govuk-tag--turquoise";
            case NOT_STARTED -> "govuk-tag--grey";
        };
    }

    public String statusClass(ReturnStatus status) {
        return switch (status) {
            case DRAFT -> "govuk-tag--grey";
            case SUBMITTED -> "govuk-tag--blue";
            case VERIFIED -> "govuk-tag--green";
            case QUERIED -> "govuk-tag--yellow";
            case REJECTED -> "govuk-tag--red";
        };
    }
}
