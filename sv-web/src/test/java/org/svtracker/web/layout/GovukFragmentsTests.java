package org.svtracker.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders each GOV.UK fragment of templates/govuk through a Spring Thymeleaf engine with the
 * service's messages, from the small pages in templates/test-fragments, and checks the markup the
 * GOV.UK macros would give for the same options.
 */
class GovukFragmentsTests {

    private static final SpringTemplateEngine ENGINE = engine();

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());

        StaticMessageSource testMessages = new StaticMessageSource();
        testMessages.addMessage("test.required", Locale.UK, "Enter {0}");
        testMessages.addMessage("test.realDate", Locale.UK, "The date must be a real date");
        testMessages.addMessage("test.month", Locale.UK, "The month must be between 1 and 12");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setParentMessageSource(testMessages);

        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    private static Document render(String template, Map<String, Object> variables) {
        Context context = new Context(Locale.UK, variables);
        String html = ENGINE.process("test-fragments/" + template, context);
        assertThat(html).as("no message is missing").doesNotContain("??");
        return Jsoup.parseBodyFragment(html);
    }

    private static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return variables;
    }

    private static Element one(Element root, String selector) {
        Element element = root.selectFirst(selector);
        assertThat(element).as(selector).isNotNull();
        return element;
    }

    private static Element formGroupOf(Document page, String fieldSelector) {
        return one(page, fieldSelector).closest(".govuk-form-group");
    }

    // textarea

    @Test
    void textareaIsLabelledAndDescribedByItsHint() {
        Document page = render("textarea", vars("description", "Apprenticeships", "errors", List.of()));

        Element textarea = one(page, "textarea#description");
        assertThat(textarea.attr("name")).isEqualTo("description");
        assertThat(textarea.attr("rows")).isEqualTo("8");
        assertThat(textarea.text()).isEqualTo("Apprenticeships");
        assertThat(textarea.className()).isEqualTo("govuk-textarea");
        assertThat(textarea.attr("aria-describedby")).isEqualTo("description-hint");
        assertThat(one(page, "label[for=description]").className()).isEqualTo("govuk-label");
        assertThat(one(page, "#description-hint").text()).isEqualTo("Say what the contract delivers");
        assertThat(formGroupOf(page, "#description").hasClass("govuk-form-group--error"))
                .isFalse();

        Element notes = one(page, "textarea#notes");
        assertThat(notes.attr("name")).isEqualTo("contractNotes");
        assertThat(notes.attr("rows")).isEqualTo("5");
        assertThat(notes.attr("spellcheck")).isEqualTo("false");
        assertThat(notes.hasAttr("aria-describedby")).isFalse();
        assertThat(one(page, "h1.govuk-label-wrapper > label.govuk-label.govuk-label--l")
                        .attr("for"))
                .isEqualTo("notes");
    }

    @Test
    void textareaShowsItsErrorAndIsDescribedByHintThenError() {
        Document page = render(
                "textarea", vars("errors", List.of(new ErrorItem("description", "test.required", "a description"))));

        Element textarea = one(page, "textarea#description");
        assertThat(textarea.classNames()).containsExactly("govuk-textarea", "govuk-textarea--error");
        assertThat(textarea.attr("aria-describedby")).isEqualTo("description-hint description-error");
        assertThat(formGroupOf(page, "#description").hasClass("govuk-form-group--error"))
                .isTrue();
        assertThat(one(page, "p#description-error.govuk-error-message").text()).isEqualTo("Error: Enter a description");
        assertThat(one(page, "#description-error > span.govuk-visually-hidden").text())
                .isEqualTo("Error:");
        assertThat(formGroupOf(page, "#notes").hasClass("govuk-form-group--error"))
                .isFalse();
    }

    // select

    @Test
    void selectMarksTheChosenOptionFromOptionsOrAMap() {
        Document page = render(
                "select",
                vars(
                        "outcomes",
                        List.of(
                                new Option("", "Choose an outcome"),
                                new Option(7L, "Local jobs"),
                                new Option(9L, "Net zero")),
                        "chosenOutcome",
                        9L,
                        "errors",
                        List.of()));

        Element select = one(page, "select#outcome");
        assertThat(select.attr("name")).isEqualTo("outcome");
        assertThat(select.className()).isEqualTo("govuk-select");
        assertThat(select.attr("aria-describedby")).isEqualTo("outcome-hint");
        assertThat(select.select("option").eachAttr("value")).containsExactly("", "7", "9");
        assertThat(select.select("option").eachText()).containsExactly("Choose an outcome", "Local jobs", "Net zero");
        assertThat(select.select("option[selected]").eachText()).containsExactly("Net zero");
        assertThat(one(page, "label[for=outcome]").text()).isEqualTo("Outcome");

        Element sort = one(page, "select#sort");
        assertThat(sort.attr("name")).isEqualTo("order");
        assertThat(sort.classNames()).containsExactly("govuk-select", "govuk-!-width-one-third");
        assertThat(sort.hasAttr("aria-describedby")).isFalse();
        assertThat(sort.select("option").eachAttr("value")).containsExactly("name", "value", "end");
        assertThat(sort.select("option[selected]").eachText()).containsExactly("Contract value");
    }

    @Test
    void selectShowsItsErrorWithTheErrorClass() {
        Document page = render(
                "select",
                vars(
                        "outcomes",
                        List.of(new Option("7", "Local jobs")),
                        "errors",
                        List.of(new ErrorItem("outcome", "test.required", "an outcome"))));

        Element select = one(page, "select#outcome");
        assertThat(select.classNames()).containsExactly("govuk-select", "govuk-select--error");
        assertThat(select.attr("aria-describedby")).isEqualTo("outcome-hint outcome-error");
        assertThat(select.select("option[selected]")).isEmpty();
        assertThat(formGroupOf(page, "#outcome").hasClass("govuk-form-group--error"))
                .isTrue();
        assertThat(one(page, "#outcome-error").text()).isEqualTo("Error: Enter an outcome");
    }

    // radios

    private static final List<Option> KINDS = List.of(
            new Option("JOBS", "Jobs", "People employed locally"),
            new Option("TRAINING", "Training"),
            new Option("NET_ZERO", "Net zero", "Carbon saved"));

    @Test
    void radiosMarkTheChosenItemAndNumberTheirIdsAsTheMacroDoes() {
        Document page = render("radios", vars("kinds", KINDS, "chosenKind", "TRAINING"));

        Element fieldset = one(page, "#kind").closest("fieldset");
        assertThat(fieldset.className()).isEqualTo("govuk-fieldset");
        assertThat(fieldset.attr("aria-describedby")).isEqualTo("kind-hint");
        assertThat(fieldset.hasAttr("role")).isFalse();
        assertThat(one(fieldset, "legend.govuk-fieldset__legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading")
                        .text())
                .isEqualTo("What kind of commitment is it?");
        assertThat(one(fieldset, "div.govuk-radios").attr("data-module")).isEqualTo("govuk-radios");

        assertThat(fieldset.select("input.govuk-radios__input").eachAttr("id"))
                .containsExactly("kind", "kind-2", "kind-3");
        assertThat(fieldset.select("input[type=radio]").eachAttr("name")).containsOnly("kind");
        assertThat(fieldset.select("input[type=radio]").eachAttr("value"))
                .containsExactly("JOBS", "TRAINING", "NET_ZERO");
        assertThat(fieldset.select("input[checked]").eachAttr("id")).containsExactly("kind-2");
        assertThat(fieldset.select("label.govuk-label.govuk-radios__label").eachAttr("for"))
                .containsExactly("kind", "kind-2", "kind-3");

        assertThat(one(page, "#kind").attr("aria-describedby")).isEqualTo("kind-item-hint");
        assertThat(one(page, "#kind-2").hasAttr("aria-describedby")).isFalse();
        assertThat(one(page, "#kind-3-item-hint.govuk-hint.govuk-radios__hint").text())
                .isEqualTo("Carbon saved");
    }

    @Test
    void radiosMarkTheChosenItemAndShowTheErrorByTheFieldset() {
        Document page = render(
                "radios",
                vars(
                        "kinds",
                        KINDS,
                        "chosenKind",
                        "NET_ZERO",
                        "errors",
                        List.of(new ErrorItem("kind", "test.required", "a kind"))));

        Element group = formGroupOf(page, "#kind");
        assertThat(group.hasClass("govuk-form-group--error")).isTrue();
        assertThat(one(group, "fieldset").attr("aria-describedby")).isEqualTo("kind-hint kind-error");
        assertThat(one(group, "fieldset > p#kind-error.govuk-error-message").text())
                .isEqualTo("Error: Enter a kind");
        assertThat(group.select("input[checked]").eachAttr("value")).containsExactly("NET_ZERO");

        assertThat(formGroupOf(page, "#confirm").hasClass("govuk-form-group--error"))
                .isFalse();
    }

    @Test
    void inlineRadiosTakeTheirIdsFromTheIdPrefixAndItemsFromAMap() {
        Document page = render(
                "radios",
                vars("kinds", KINDS, "errors", List.of(new ErrorItem("confirm", "test.required", "yes or no"))));

        Element group = formGroupOf(page, "#confirm");
        assertThat(group.hasClass("govuk-form-group--error")).isTrue();
        assertThat(one(group, "div.govuk-radios").className()).isEqualTo("govuk-radios govuk-radios--inline");
        assertThat(group.select("input").eachAttr("id")).containsExactly("confirm", "confirm-2");
        assertThat(group.select("input").eachAttr("name")).containsOnly("answer");
        assertThat(group.select("label").eachText()).containsExactly("Yes", "No");
        assertThat(group.select("input[checked]").eachAttr("value")).containsExactly("no");
        assertThat(one(group, "fieldset").attr("aria-describedby")).isEqualTo("confirm-error");
        assertThat(one(group, "legend").text()).isEqualTo("Is the contract in scope?");
        assertThat(group.select("legend h1")).isEmpty();

        assertThat(formGroupOf(page, "#kind").select("input[checked]")).isEmpty();
    }

    @Test
    void radiosWithoutALegendHaveNoFieldset() {
        Document page = render("radios", vars("kinds", KINDS));

        Element group = formGroupOf(page, "#bare");
        assertThat(group.select("fieldset")).isEmpty();
        assertThat(group.child(0).id()).isEqualTo("bare-hint");
        assertThat(group.select("input").eachAttr("id")).containsExactly("bare", "bare-2");
        assertThat(group.select("input").eachAttr("value")).containsExactly("a", "b");
        assertThat(group.select("input[aria-describedby]")).isEmpty();
    }

    // checkboxes

    private static final List<Option> THEMES = List.of(
            new Option("JOBS", "Jobs"),
            new Option("GROWTH", "Growth", "Local businesses"),
            new Option("NET_ZERO", "Net zero"));

    @Test
    void checkboxesMarkEveryChosenValue() {
        Document page = render(
                "checkboxes",
                vars("themes", THEMES, "chosenThemes", List.of("JOBS", "NET_ZERO"), "statuses", Set.of()));

        Element group = formGroupOf(page, "#themes");
        Element fieldset = one(group, "fieldset.govuk-fieldset");
        assertThat(fieldset.attr("aria-describedby")).isEqualTo("themes-hint");
        assertThat(one(fieldset, "legend.govuk-fieldset__legend.govuk-fieldset__legend--m")
                        .text())
                .isEqualTo("Which themes does it cover?");
        assertThat(one(fieldset, "div.govuk-checkboxes").attr("data-module")).isEqualTo("govuk-checkboxes");
        assertThat(group.select("input.govuk-checkboxes__input[type=checkbox]").eachAttr("id"))
                .containsExactly("themes", "themes-2", "themes-3");
        assertThat(group.select("input").eachAttr("name")).containsOnly("themes");
        assertThat(group.select("input[checked]").eachAttr("value")).containsExactly("JOBS", "NET_ZERO");
        assertThat(group.select("label.govuk-label.govuk-checkboxes__label").eachAttr("for"))
                .containsExactly("themes", "themes-2", "themes-3");
        assertThat(one(page, "#themes-2").attr("aria-describedby")).isEqualTo("themes-2-item-hint");
        assertThat(one(page, "#themes-2-item-hint.govuk-hint.govuk-checkboxes__hint")
                        .text())
                .isEqualTo("Local businesses");
        assertThat(one(page, "#themes").hasAttr("aria-describedby")).isFalse();
        assertThat(group.hasClass("govuk-form-group--error")).isFalse();
    }

    @Test
    void checkboxesWithoutAFieldsetAreEachDescribedByTheHintAndTheError() {
        Document page = render(
                "checkboxes",
                vars(
                        "themes",
                        THEMES,
                        "statuses",
                        List.of(Status.OVERDUE, Status.OPEN),
                        "errors",
                        List.of(new ErrorItem("status", "test.required", "a status"))));

        Element group = formGroupOf(page, "#status");
        assertThat(group.hasClass("govuk-form-group--error")).isTrue();
        assertThat(group.select("fieldset")).isEmpty();
        assertThat(one(group, "div.govuk-checkboxes").classNames())
                .containsExactly("govuk-checkboxes", "govuk-checkboxes--small");
        assertThat(one(group, "#status-error").text()).isEqualTo("Error: Enter a status");
        assertThat(group.select("input").eachAttr("aria-describedby")).containsOnly("status-hint status-error");
        assertThat(group.select("input[checked]").eachAttr("value")).containsExactly("OPEN", "OVERDUE");

        Element themes = formGroupOf(page, "#themes");
        assertThat(themes.hasClass("govuk-form-group--error")).isFalse();
        assertThat(themes.select("input[checked]")).isEmpty();
    }

    enum Status {
        OPEN,
        CLOSED,
        OVERDUE
    }

    // date input

    @Test
    void dateInputNamesItsPartsUnderThePrefixAndKeepsTheirValues() {
        Document page = render("date-input", vars("startDay", "27", "startMonth", "3", "startYear", "2026"));

        Element group = formGroupOf(page, "#startDate");
        Element fieldset = one(group, "fieldset.govuk-fieldset[role=group]");
        assertThat(fieldset.attr("aria-describedby")).isEqualTo("startDate-hint");
        assertThat(one(fieldset, "legend.govuk-fieldset__legend--m").text()).isEqualTo("When does the contract start?");
        assertThat(one(group, "div.govuk-date-input").id()).isEqualTo("startDate");

        assertThat(group.select(".govuk-date-input__item input").eachAttr("id"))
                .containsExactly("startDate-day", "startDate-month", "startDate-year");
        assertThat(group.select("input").eachAttr("name"))
                .containsExactly("startDate.day", "startDate.month", "startDate.year");
        assertThat(group.select("input").eachAttr("value")).containsExactly("27", "3", "2026");
        assertThat(group.select("input").eachAttr("inputmode")).containsOnly("numeric");
        assertThat(group.select("input").eachAttr("type")).containsOnly("text");
        assertThat(group.select("label.govuk-label.govuk-date-input__label").eachText())
                .containsExactly("Day", "Month", "Year");
        assertThat(group.select("label").eachAttr("for"))
                .containsExactly("startDate-day", "startDate-month", "startDate-year");
        assertThat(one(group, "#startDate-day").classNames())
                .containsExactly("govuk-input", "govuk-date-input__input", "govuk-input--width-2");
        assertThat(one(group, "#startDate-year").classNames())
                .containsExactly("govuk-input", "govuk-date-input__input", "govuk-input--width-4");
        assertThat(group.select(".govuk-input--error")).isEmpty();

        assertThat(page.select("#endDate input").eachAttr("name"))
                .containsExactly("period.end.day", "period.end.month", "period.end.year");
    }

    @Test
    void dateInputErrorForTheWholeDateMarksEveryPart() {
        Document page = render("date-input", vars("errors", List.of(new ErrorItem("startDate", "test.realDate"))));

        Element group = formGroupOf(page, "#startDate");
        assertThat(group.hasClass("govuk-form-group--error")).isTrue();
        assertThat(one(group, "fieldset").attr("aria-describedby")).isEqualTo("startDate-hint startDate-error");
        assertThat(one(group, "p#startDate-error.govuk-error-message").text())
                .isEqualTo("Error: The date must be a real date");
        assertThat(group.select("input.govuk-input--error").eachAttr("id"))
                .containsExactly("startDate-day", "startDate-month", "startDate-year");
        assertThat(formGroupOf(page, "#endDate").hasClass("govuk-form-group--error"))
                .isFalse();
    }

    @Test
    void dateInputErrorForOnePartMarksOnlyThatPart() {
        Document page = render("date-input", vars("errors", List.of(new ErrorItem("endDate-month", "test.month"))));

        Element group = formGroupOf(page, "#endDate");
        assertThat(group.hasClass("govuk-form-group--error")).isTrue();
        assertThat(one(group, "fieldset").attr("aria-describedby")).isEqualTo("endDate-error");
        assertThat(one(group, "#endDate-error").text()).isEqualTo("Error: The month must be between 1 and 12");
        assertThat(group.select("input.govuk-input--error").eachAttr("id")).containsExactly("endDate-month");
        assertThat(group.select("input").eachAttr("value")).containsExactly("31", "13", "2027");
        assertThat(formGroupOf(page, "#startDate").hasClass("govuk-form-group--error"))
                .isFalse();
    }

    // fieldset

    @Test
    void fieldsetWrapsTheFragmentItIsGiven() {
        Document page = render("fieldset", vars());

        Element address = one(page, "fieldset.govuk-fieldset[aria-describedby=address-hint]");
        assertThat(one(address, "legend.govuk-fieldset__legend.govuk-fieldset__legend--l > h1.govuk-fieldset__heading")
                        .text())
                .isEqualTo("What is your address?");
        assertThat(one(address, "div.address-fields input#town").className()).isEqualTo("govuk-input");
        assertThat(address.hasAttr("role")).isFalse();

        Element plain = page.select("fieldset").get(1);
        assertThat(plain.hasAttr("aria-describedby")).isFalse();
        assertThat(one(plain, "legend").text()).isEqualTo("Plain");
        assertThat(plain.select("legend h1")).isEmpty();
        assertThat(one(plain, "p.plain-fields").text()).isEqualTo("Fields");
        assertThat(page.select(".plain-fields")).hasSize(1);
    }

    // summary list

    @Test
    void summaryListShowsKeysValuesAndChangeLinksWithHiddenText() {
        Document page = render(
                "summary-list",
                vars(
                        "rows",
                        List.of(
                                new SummaryListRow(
                                        "Contract name",
                                        "Highways maintenance",
                                        "/contracts/4/name",
                                        "Change",
                                        "contract name"),
                                new SummaryListRow("Value", "£1,200,000.00"))));

        Element list = page.select("dl.govuk-summary-list").first();
        assertThat(list.className()).isEqualTo("govuk-summary-list");
        assertThat(list.select("div.govuk-summary-list__row")).hasSize(2);
        assertThat(list.select("dt.govuk-summary-list__key").eachText()).containsExactly("Contract name", "Value");
        assertThat(list.select("dd.govuk-summary-list__value").eachText())
                .containsExactly("Highways maintenance", "£1,200,000.00");
        Element action = one(list, "dd.govuk-summary-list__actions > a.govuk-link");
        assertThat(action.attr("href")).isEqualTo("/contracts/4/name");
        assertThat(action.text()).isEqualTo("Change contract name");
        assertThat(one(action, "span.govuk-visually-hidden").text()).isEqualTo("contract name");
        assertThat(list.select("div.govuk-summary-list__row").get(0).hasClass("govuk-summary-list__row--no-actions"))
                .isFalse();
        assertThat(list.select("div.govuk-summary-list__row").get(1).hasClass("govuk-summary-list__row--no-actions"))
                .isTrue();
        assertThat(list.select("dd.govuk-summary-list__actions")).hasSize(1);

        Element plain = page.select("dl.govuk-summary-list").get(1);
        assertThat(plain.classNames()).containsExactly("govuk-summary-list", "govuk-summary-list--no-border");
        assertThat(plain.select("dt").eachText()).containsExactly("Council");
        assertThat(plain.select(".govuk-summary-list__row--no-actions")).isEmpty();
    }

    // table

    @Test
    void tableHasCaptionHeadRowHeadersAndNumericColumns() {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("text", "Highways");
        link.put("href", "/contracts/4");
        Document page = render(
                "table",
                vars(
                        "rows",
                        List.of(
                                List.of(link, "£1,200,000", "£30,000", "Open"),
                                List.of("Catering", "£80,000", "£0", "Overdue"))));

        Element table = page.select("table.govuk-table").first();
        assertThat(one(table, "caption.govuk-table__caption.govuk-table__caption--m")
                        .text())
                .isEqualTo("Contracts");
        assertThat(table.select("thead.govuk-table__head > tr.govuk-table__row > th.govuk-table__header[scope=col]")
                        .eachText())
                .containsExactly("Contract", "Value", "Delivered", "Status");
        assertThat(table.select("thead th.govuk-table__header--numeric").eachText())
                .containsExactly("Value", "Delivered");
        assertThat(table.select("tbody.govuk-table__body > tr.govuk-table__row"))
                .hasSize(2);
        assertThat(table.select("tbody th.govuk-table__header[scope=row]").eachText())
                .containsExactly("Highways", "Catering");
        assertThat(one(table, "tbody th a.govuk-link").attr("href")).isEqualTo("/contracts/4");
        Element firstRow = table.select("tbody tr").first();
        assertThat(firstRow.select("td.govuk-table__cell").eachText()).containsExactly("£1,200,000", "£30,000", "Open");
        assertThat(firstRow.select("td.govuk-table__cell--numeric").eachText())
                .containsExactly("£1,200,000", "£30,000");

        Element plain = page.select("table.govuk-table").get(1);
        assertThat(plain.classNames()).containsExactly("govuk-table", "app-table--plain");
        assertThat(plain.select("caption, thead")).isEmpty();
        assertThat(plain.select("tbody td").eachText()).containsExactly("a", "b");
        assertThat(plain.select("tbody td").get(1).classNames())
                .containsExactly("govuk-table__cell", "govuk-table__cell--numeric");
        assertThat(plain.select("tbody td").get(1).attr("colspan")).isEqualTo("2");
        assertThat(plain.select("tbody td").get(0).hasAttr("colspan")).isFalse();
    }

    @Test
    void tableTakesAnIdHiddenHeaderTextLeavesOutNullHeadersAndShowsTheRowsFragmentInsteadOfRows() {
        Document page = render(
                "table-body", vars("people", List.of("Ann", "Bob"), "showRole", false, "rows", List.of(List.of("x"))));

        Element table = one(page, "table.govuk-table#people");
        assertThat(table.select("thead th").eachText()).containsExactly("Name", "Actions");
        assertThat(one(table, "thead th span.govuk-visually-hidden").text()).isEqualTo("Actions");
        assertThat(table.select("tbody.govuk-table__body > tr.govuk-table__row"))
                .hasSize(2);
        assertThat(table.select("tbody th[scope=row]").eachText()).containsExactly("Ann", "Bob");
        assertThat(table.select("tbody td").eachText()).containsExactly("Change", "Change");
        assertThat(table.select("tr[th:fragment]")).isEmpty();
    }

    @Test
    void notificationBannerOfTheSuccessTypeIsAnAlert() {
        Document page = render("table-body", vars("people", List.of(), "showRole", true));

        Element banner = one(page, ".govuk-notification-banner.govuk-notification-banner--success");
        assertThat(banner.attr("role")).isEqualTo("alert");
        assertThat(banner.attr("aria-labelledby")).isEqualTo("done-title");
        assertThat(one(banner, "h2#done-title").text()).isEqualTo("Success");
        assertThat(one(banner, "p.govuk-notification-banner__heading").text()).isEqualTo("Saved");
        assertThat(one(banner, "p.govuk-body#done-body").text()).isEqualTo("More");
        assertThat(page.select("thead th").eachText()).containsExactly("Name", "Role", "Actions");
    }

    // pagination

    private static Document pagination(int current, int total, String href) {
        return render("pagination", vars("current", current, "total", total, "href", href));
    }

    private static List<String> pageItems(Document page) {
        return page.select(".govuk-pagination__list > li").stream()
                .map(li -> li.hasClass("govuk-pagination__item--ellipsis") ? "…" : li.text())
                .toList();
    }

    @Test
    void paginationHidesPreviousOnTheFirstPageAndMarksTheCurrentPage() {
        Document page = pagination(1, 3, "/contracts?q=road");

        Element nav = one(page, "nav.govuk-pagination");
        assertThat(nav.attr("aria-label")).isEqualTo("Pagination");
        assertThat(nav.select(".govuk-pagination__prev")).isEmpty();
        assertThat(pageItems(page)).containsExactly("1", "2", "3");
        Element current = one(nav, "li.govuk-pagination__item--current > a.govuk-link.govuk-pagination__link");
        assertThat(current.attr("aria-current")).isEqualTo("page");
        assertThat(current.attr("aria-label")).isEqualTo("Page 1");
        assertThat(current.text()).isEqualTo("1");
        assertThat(nav.select("a[aria-current]")).hasSize(1);
        assertThat(nav.select(".govuk-pagination__list a").eachAttr("href"))
                .containsExactly("/contracts?q=road&page=1", "/contracts?q=road&page=2", "/contracts?q=road&page=3");
        Element next = one(nav, "div.govuk-pagination__next > a.govuk-link.govuk-pagination__link[rel=next]");
        assertThat(next.attr("href")).isEqualTo("/contracts?q=road&page=2");
        assertThat(one(next, ".govuk-pagination__link-title").text()).isEqualTo("Next page");
        assertThat(one(next, ".govuk-pagination__link-title .govuk-visually-hidden")
                        .text())
                .isEqualTo("page");
        assertThat(one(next, "svg.govuk-pagination__icon--next").attr("aria-hidden"))
                .isEqualTo("true");
    }

    @Test
    void paginationShowsEllipsesAroundTheCurrentPageAmongManyPages() {
        Document page = pagination(7, 42, "/contracts");

        assertThat(pageItems(page)).containsExactly("1", "…", "6", "7", "8", "…", "42");
        assertThat(page.select(".govuk-pagination__item--ellipsis").eachText()).containsOnly("⋯");
        assertThat(one(page, "a[aria-current=page]").text()).isEqualTo("7");
        assertThat(one(page, "a[aria-current=page]").parent().hasClass("govuk-pagination__item--current"))
                .isTrue();
        Element previous = one(page, "div.govuk-pagination__prev > a[rel=prev]");
        assertThat(previous.attr("href")).isEqualTo("/contracts?page=6");
        assertThat(one(previous, "svg.govuk-pagination__icon--prev")).isNotNull();
        assertThat(one(previous, ".govuk-pagination__link-title").text()).isEqualTo("Previous page");
        assertThat(one(page, "a[rel=next]").attr("href")).isEqualTo("/contracts?page=8");
    }

    @Test
    void paginationShowsAOnePageGapAsThatPageAndHidesNextOnTheLastPage() {
        assertThat(pageItems(pagination(4, 5, "/c"))).containsExactly("1", "2", "3", "4", "5");
        assertThat(pageItems(pagination(1, 10, "/c"))).containsExactly("1", "2", "…", "10");
        assertThat(pageItems(pagination(3, 10, "/c"))).containsExactly("1", "2", "3", "4", "…", "10");

        Document last = pagination(10, 10, "/c");
        assertThat(pageItems(last)).containsExactly("1", "…", "9", "10");
        assertThat(last.select(".govuk-pagination__next")).isEmpty();
        assertThat(one(last, "a[aria-current=page]").text()).isEqualTo("10");
    }

    @Test
    void paginationFillsAUrlTemplateAndIsAbsentForASinglePage() {
        Document page =
                render("pagination", vars("current", 2, "total", 3, "hrefTemplate", "/contracts/page/%7Bpage%7D?q=x"));
        assertThat(page.select(".govuk-pagination__list a").eachAttr("href"))
                .containsExactly("/contracts/page/1?q=x", "/contracts/page/2?q=x", "/contracts/page/3?q=x");
        assertThat(one(page, "a[rel=prev]").attr("href")).isEqualTo("/contracts/page/1?q=x");

        assertThat(pagination(1, 1, "/c").select("nav")).isEmpty();
        assertThat(pagination(1, 0, "/c").select("nav")).isEmpty();
    }

    // file upload

    @Test
    void fileUploadAcceptsTypesAndSeveralFilesAndShowsItsError() {
        Document page =
                render("file-upload", vars("errors", List.of(new ErrorItem("evidence", "test.required", "a file"))));

        Element input = one(page, "input#evidence");
        assertThat(input.attr("type")).isEqualTo("file");
        assertThat(input.attr("name")).isEqualTo("evidence");
        assertThat(input.attr("accept")).isEqualTo(".pdf,image/*");
        assertThat(input.hasAttr("multiple")).isTrue();
        assertThat(input.classNames()).containsExactly("govuk-file-upload", "govuk-file-upload--error");
        assertThat(input.attr("aria-describedby")).isEqualTo("evidence-hint evidence-error");
        assertThat(formGroupOf(page, "#evidence").hasClass("govuk-form-group--error"))
                .isTrue();
        assertThat(one(page, "#evidence-error").text()).isEqualTo("Error: Enter a file");
        assertThat(one(page, "label.govuk-label[for=evidence]").text()).isEqualTo("Upload evidence");

        Element plain = one(page, "input#import");
        assertThat(plain.attr("name")).isEqualTo("file");
        assertThat(plain.className()).isEqualTo("govuk-file-upload");
        assertThat(plain.hasAttr("multiple")).isFalse();
        assertThat(plain.hasAttr("accept")).isFalse();
        assertThat(plain.hasAttr("aria-describedby")).isFalse();
    }

    // small components

    @Test
    void tagWarningTextAndInsetTextCarryTheirTextAndClasses() {
        Document page = render("components", vars());

        Element tag = one(page, "#tag > strong");
        assertThat(tag.classNames()).containsExactly("govuk-tag", "govuk-tag--red");
        assertThat(tag.text()).isEqualTo("Overdue");

        Element warning = one(page, "#warning > div.govuk-warning-text");
        assertThat(one(warning, "span.govuk-warning-text__icon[aria-hidden=true]")
                        .text())
                .isEqualTo("!");
        assertThat(one(warning, "strong.govuk-warning-text__text").text())
                .isEqualTo("Warning You can be fined up to £5,000");
        assertThat(one(warning, "strong .govuk-visually-hidden").text()).isEqualTo("Warning");
        assertThat(one(page, "#warning-custom .govuk-visually-hidden").text()).isEqualTo("Important");

        assertThat(one(page, "#inset > div.govuk-inset-text").text()).isEqualTo("It can take up to 8 weeks.");
        assertThat(one(page, "#inset > div").hasAttr("id")).isFalse();
        Element rich = one(page, "#inset-html > div#inset-note");
        assertThat(rich.classNames()).containsExactly("govuk-inset-text", "app-note");
        assertThat(one(rich, "p.govuk-body").text()).isEqualTo("Rich content");
    }

    @Test
    void backLinkDefaultsToBackAndTheHash() {
        Document page = render("components", vars());

        Element back = one(page, "#back > a.govuk-back-link");
        assertThat(back.attr("href")).isEqualTo("#");
        assertThat(back.text()).isEqualTo("Back");
        Element custom = one(page, "#back-custom > a.govuk-back-link");
        assertThat(custom.attr("href")).isEqualTo("/contracts");
        assertThat(custom.text()).isEqualTo("Back to contracts");
    }

    @Test
    void buttonsSubmitByDefaultAndTakeTheirVariantsAndDoubleClickPrevention() {
        Document page = render("components", vars());

        Element save = one(page, "#button > button");
        assertThat(save.attr("type")).isEqualTo("submit");
        assertThat(save.className()).isEqualTo("govuk-button");
        assertThat(save.attr("data-module")).isEqualTo("govuk-button");
        assertThat(save.text()).isEqualTo("Save and continue");
        assertThat(save.hasAttr("data-prevent-double-click")).isFalse();
        assertThat(save.hasAttr("name")).isFalse();
        assertThat(save.hasAttr("value")).isFalse();
        assertThat(save.hasAttr("disabled")).isFalse();

        Element secondary = one(page, "#button-secondary > button");
        assertThat(secondary.attr("type")).isEqualTo("button");
        assertThat(secondary.classNames()).containsExactly("govuk-button", "govuk-button--secondary");
        assertThat(secondary.attr("data-prevent-double-click")).isEqualTo("true");
        assertThat(secondary.attr("name")).isEqualTo("action");
        assertThat(secondary.attr("value")).isEqualTo("add");

        Element warning = one(page, "#button-warning > button");
        assertThat(warning.classNames()).containsExactly("govuk-button", "govuk-button--warning");
        assertThat(warning.hasAttr("disabled")).isTrue();
        assertThat(warning.attr("aria-disabled")).isEqualTo("true");

        Element start = one(page, "#button-link > a");
        assertThat(start.attr("href")).isEqualTo("/start");
        assertThat(start.attr("role")).isEqualTo("button");
        assertThat(start.attr("draggable")).isEqualTo("false");
        assertThat(start.classNames()).containsExactly("govuk-button", "govuk-button--start");
        assertThat(start.text()).isEqualTo("Start now");
        assertThat(one(start, "svg.govuk-button__start-icon").attr("aria-hidden"))
                .isEqualTo("true");
        assertThat(page.select("#button-link button")).isEmpty();
    }

    @Test
    void detailsShowTheirSummaryAndTextOrFragmentAndCanStartOpen() {
        Document page = render("components", vars());

        Element details = one(page, "#details > details.govuk-details");
        assertThat(details.hasAttr("open")).isFalse();
        assertThat(details.hasAttr("id")).isFalse();
        assertThat(one(details, "summary.govuk-details__summary > span.govuk-details__summary-text")
                        .text())
                .isEqualTo("Help with nationality");
        assertThat(one(details, "div.govuk-details__text").text()).isEqualTo("We need to know.");

        Element open = one(page, "#details-open > details#help");
        assertThat(open.hasAttr("open")).isTrue();
        assertThat(one(open, "div.govuk-details__text > p.govuk-body").text()).isEqualTo("Rich content");
    }
}
