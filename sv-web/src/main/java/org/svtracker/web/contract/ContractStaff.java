package org.svtracker.web.contract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.svtracker.domain.account.Role;
import org.svtracker.domain.account.StaffMember;
import org.svtracker.web.layout.Option;

/**
 * A council's staff as the contract pages need them: who may be a contract's procurement officer or
 * contract manager (someone in that role, or a council admin), and everyone's name by id.
 */
record ContractStaff(List<StaffMember> staff) {

    Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        staff.forEach(s -> names.put(s.id(), s.displayName()));
        return names;
    }

    Set<Long> officerIds() {
        return ids(Role.PROCUREMENT_OFFICER);
    }

    Set<Long> managerIds() {
        return ids(Role.CONTRACT_MANAGER);
    }

    List<Option> officerOptions(String none) {
        return options(Role.PROCUREMENT_OFFICER, none);
    }

    List<Option> managerOptions(String none) {
        return options(Role.CONTRACT_MANAGER, none);
    }

    private Set<Long> ids(Role role) {
        return staff.stream()
                .filter(s -> s.enabled() && (s.role() == role || s.role() == Role.COUNCIL_ADMIN))
                .map(StaffMember::id)
                .collect(Collectors.toSet());
    }

    private List<Option> options(Role role, String none) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", none));
        staff.stream()
                .filter(s -> s.enabled() && (s.role() == role || s.role() == Role.COUNCIL_ADMIN))
                .sorted((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()))
                .forEach(s -> options.add(new Option(s.id(), s.displayName())));
        return options;
    }
}
