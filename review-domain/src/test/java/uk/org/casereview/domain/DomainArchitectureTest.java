package uk.org.casereview.domain;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain is plain Java with Axon's modelling annotations: no Spring, no storage, no web, no other module. */
class DomainArchitectureTest {

    /** Imported once for the class (JUnit makes an instance per test), from the module's own classes, not the jars. */
    private static final JavaClasses domain = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("uk.org.casereview.domain");

    @Test
    void theDomainDoesNotDependOnSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework.spring..")
                .check(domain);
    }

    @Test
    void theDomainDoesNotDependOnTheOtherModules() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("uk.org.casereview.projections..", "uk.org.casereview.api..")
                .check(domain);
    }

    @Test
    void theDomainDoesNotDependOnStorageOrTheWeb() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "javax.sql..", "java.sql..", "jakarta.servlet..")
                .check(domain);
    }

    @Test
    void featuresDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("..domain.rapidreview..")
                .should().dependOnClassesThat().resideInAnyPackage("..domain.practicereview..", "..domain.recommendation..")
                .check(domain);
        noClasses().that().resideInAPackage("..domain.recommendation..")
                .should().dependOnClassesThat().resideInAnyPackage("..domain.practicereview..", "..domain.rapidreview..")
                .check(domain);
        noClasses().that().resideInAPackage("..domain.practicereview..")
                .should().dependOnClassesThat().resideInAnyPackage("..domain.recommendation..", "..domain.rapidreview..")
                .check(domain);
    }
}
