package org.svtracker.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: web → reporting → domain (→ the migrations, which hold no code). */
@AnalyzeClasses(packages = "org.svtracker", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleDirectionTests {

    @ArchTest
    static final ArchRule modulesDependOnlyDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("web")
            .definedBy("org.svtracker.web..")
            .layer("reporting")
            .definedBy("org.svtracker.reporting..")
            .layer("domain")
            .definedBy("org.svtracker.domain..")
            .whereLayer("web")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("reporting")
            .mayOnlyBeAccessedByLayers("web")
            .whereLayer("domain")
            .mayOnlyBeAccessedByLayers("reporting", "web");

    @ArchTest
    static final ArchRule theDomainHasNoWebCode = noClasses()
            .that()
            .resideInAPackage("org.svtracker.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", "org.thymeleaf..");
}
