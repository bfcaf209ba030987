package org.svtracker.domain.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * A repository of council data cannot offer a query without the council (or, for supplier users,
 * the supplier): every finder takes a councilId or supplierId parameter. Saving and deleting an
 * entity already loaded within the tenant are the only exceptions.
 */
class TenantScopedRepositoriesTests {

    /** Repositories of data that belongs to no council, each with the reason. */
    private static final Set<String> NOT_COUNCIL_DATA = Set.of(
            "org.svtracker.domain.council.CouncilRepository", // the councils themselves: the platform admin's
            "org.svtracker.domain.supplier.SupplierRepository", // suppliers are shared by every council
            "org.svtracker.domain.account.UserAccountRepository"); // sign-in finds a user by username

    @Test
    void everyFinderOfCouncilDataTakesTheCouncilOrTheSupplier() throws Exception {
        List<JavaClass> repositories = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.svtracker.domain")
                        .stream()
                        .filter(c -> c.isInterface() && c.isAssignableTo(Repository.class))
                        .filter(c -> !NOT_COUNCIL_DATA.contains(c.getName()))
                        .toList();
        assertThat(repositories).hasSizeGreaterThanOrEqualTo(8);

        List<String> unscoped = new ArrayList<>();
        for (JavaClass repository : repositories) {
            for (Method method : Class.forName(repository.getName()).getDeclaredMethods()) {
                if (Set.of("save", "delete").contains(method.getName())
                        || method.getName().contains("Shared")) {
                    continue; // the shared measure library belongs to no council by definition
                }
                boolean scoped = Arrays.stream(method.getParameters())
                        .map(Parameter::getName)
                        .anyMatch(name -> name.equals("councilId") || name.equals("supplierId"));
                if (!scoped) {
                    unscoped.add(repository.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unscoped).as("finders without a council or supplier").isEmpty();
    }
}
