package org.svtracker.domain.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The domain's feature packages lean on each other one way only: a package that needs another
 * never is needed by it, directly or round a circle. A new dependency that closes a circle fails
 * here, naming the classes that close it.
 */
class DomainPackageCyclesTests {

    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.svtracker.domain");

    @Test
    void theDomainsPackagesAreFreeOfCycles() {
        slices().matching("org.svtracker.domain.(*)..")
                .should()
                .beFreeOfCycles()
                .check(DOMAIN);
    }
}
