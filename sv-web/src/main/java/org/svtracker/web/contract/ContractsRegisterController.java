package org.svtracker.web.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.calendar.FinancialYear;
import org.svtracker.domain.contract.ContractRegister;
import org.svtracker.domain.contract.ContractStatus;
import org.svtracker.domain.contract.RegisterCriteria;
import org.svtracker.domain.contract.RegisterCriteria.RegisterOrder;
import org.svtracker.domain.contract.RegisterPage;
import org.svtracker.domain.framework.Frameworks;
import org.svtracker.web.layout.Messages;
import org.svtracker.web.layout.Option;
import org.svtracker.web.security.SignedInUser;

/**
 * The contracts register: searched, filtered, sorted and paged by a GET form, so every view of it
 * has an address that can be shared. A value the register does not know is ignored, not an error.
 */
@Controller
record ContractsRegisterController(ContractRegister register, Frameworks frameworks, Messages messages, Clock clock) {

    @GetMapping("/contracts")
    String register(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String priority,
            @RequestParam(required = false) String scope,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page,
            @AuthenticationPrincipal SignedInUser user,
            Model model) {
        Filters filters = new Filters(
                q == null ? "" : q.trim(),
                statusOf(status),
                yearOf(year),
                priorityOf(priority),
                scopeOf(scope),
                orderOf(sort));
        RegisterPage result = register.search(
                user.councilId(),
                new RegisterCriteria(
                        filters.text().isEmpty() ? null : filters.text(),
                        filters.status(),
                        filters.year(),
                        filters.priority(),
                        filters.scope(),
                        filters.order(),
                        pageOf(page)));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("filters", filters);
        model.addAttribute("result", result);
        model.addAttribute("statusOptions", statusOptions());
        model.addAttribute("yearOptions", yearOptions(today));
        model.addAttribute("priorityOptions", priorityOptions(user.councilId(), today));
        model.addAttribute("scopeOptions", scopeOptions());
        model.addAttribute("columns", columns(filters));
        model.addAttribute("sortKey", sortKey(filters.order()));
        model.addAttribute("pageHrefTemplate", filters.href(filters.order()) + "&page={page}");
        model.addAttribute("canCreate", user.role() != Role.CONTRACT_MANAGER);
        return "contract/register";
    }

    /** The filters as chosen, each null when not given or not understood. */
    record Filters(
            String text, ContractStatus status, FinancialYear year, Long priority, Boolean scope, RegisterOrder order) {

        String href(RegisterOrder sortBy) {
            return UriComponentsBuilder.fromPath("/contracts")
                    .queryParamIfPresent("q", java.util.Optional.ofNullable(text.isEmpty() ? null : text))
                    .queryParamIfPresent(
                            "status", java.util.Optional.ofNullable(status).map(Enum::name))
                    .queryParamIfPresent(
                            "year", java.util.Optional.ofNullable(year).map(FinancialYear::slug))
                    .queryParamIfPresent("priority", java.util.Optional.ofNullable(priority))
                    .queryParamIfPresent(
                            "scope", java.util.Optional.ofNullable(scope).map(s -> s ? "in" : "out"))
                    .queryParam("sort", sortKey(sortBy))
                    .encode()
                    .build()
                    .toUriString();
        }

        public boolean any() {
            return !text.isEmpty() || status != null || year != null || priority != null || scope != null;
        }
    }

    /**
     * A sortable column: its heading, the link that sorts by it (the other direction when it is the
     * current sort) and its aria-sort.
     */
    record Column(String key, String href, String ariaSort, boolean numeric) {}

    private List<Column> columns(Filters filters) {
        List<Column> columns = new ArrayList<>();
        columns.add(column("reference", filters, RegisterOrder.REFERENCE, null, false));
        columns.add(column("title", filters, RegisterOrder.TITLE, null, false));
        columns.add(column("supplier", filters, RegisterOrder.SUPPLIER, null, false));
        columns.add(column("status", filters, RegisterOrder.STATUS, null, false));
        columns.add(
                column("value", filters, RegisterOrder.VALUE_HIGHEST_FIRST, RegisterOrder.VALUE_LOWEST_FIRST, true));
        columns.add(
                column("start", filters, RegisterOrder.START_NEWEST_FIRST, RegisterOrder.START_OLDEST_FIRST, false));
        return columns;
    }

    private static Column column(
            String key, Filters filters, RegisterOrder first, RegisterOrder reversed, boolean numeric) {
        RegisterOrder current = filters.order();
        String ariaSort = "none";
        RegisterOrder next = first;
        if (current == first) {
            ariaSort = first.name().contains("HIGHEST") || first.name().contains("NEWEST") ? "descending" : "ascending";
            next = reversed == null ? first : reversed;
        } else if (current == reversed) {
            ariaSort = "ascending";
        }
        return new Column(key, filters.href(next), ariaSort, numeric);
    }

    static String sortKey(RegisterOrder order) {
        return order.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static RegisterOrder orderOf(String sort) {
        if (sort != null) {
            for (RegisterOrder order : RegisterOrder.values()) {
                if (sortKey(order).equals(sort)) {
                    return order;
                }
            }
        }
        return RegisterOrder.REFERENCE;
    }

    private static ContractStatus statusOf(String status) {
        if (status == null) {
            return null;
        }
        for (ContractStatus s : ContractStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        return null;
    }

    private static FinancialYear yearOf(String year) {
        if (year == null || !year.matches("\\d{4}-\\d{2}")) {
            return null;
        }
        try {
            return FinancialYear.parse(year);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long priorityOf(String priority) {
        return priority != null && priority.matches("\\d{1,18}") ? Long.valueOf(priority) : null;
    }

    private static Boolean scopeOf(String scope) {
        return "in".equals(scope) ? Boolean.TRUE : "out".equals(scope) ? Boolean.FALSE : null;
    }

    private static int pageOf(String page) {
        return page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
    }

    private List<Option> statusOptions() {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", messages.text("procurement.register.anyStatus")));
        for (ContractStatus s : ContractStatus.values()) {
            options.add(new Option(s.name(), messages.text("contract.status." + s.name())));
        }
        return options;
    }

    private List<Option> yearOptions(LocalDate today) {
        FinancialYear current = FinancialYear.of(today);
        List<Option> options = new ArrayList<>();
        options.add(new Option("", messages.text("procurement.register.anyYear")));
        for (FinancialYear y = current.previous().previous();
                y.compareTo(current.next().next().next()) <= 0;
                y = y.next()) {
            options.add(new Option(y.slug(), y.toString()));
        }
        return options;
    }

    private List<Option> priorityOptions(long councilId, LocalDate today) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", messages.text("procurement.register.anyPriority")));
        frameworks
                .frameworkInForce(councilId, today)
                .ifPresent(framework -> framework
                        .themes()
                        .forEach(theme -> theme.outcomes()
                                .forEach(outcome ->
                                        options.add(new Option(outcome.id(), theme.name() + ": " + outcome.name())))));
        return options;
    }

    private List<Option> scopeOptions() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("", "procurement.register.anyScope");
        scopes.put("in", "procurement.register.inScope");
        scopes.put("out", "procurement.register.outOfScope");
        return scopes.entrySet().stream()
                .map(e -> new Option(e.getKey(), messages.text(e.getValue())))
                .toList();
    }
}
