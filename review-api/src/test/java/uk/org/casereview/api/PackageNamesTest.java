package uk.org.casereview.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Packages are named by business feature or by their role (the developers' guide): the main classes of all three
 * modules and the test classes of this one (the other modules' test classes are not on this classpath). A package named
 * for having no better place is where unrelated code gathers.
 */
class PackageNamesTest {

    private static final JavaClasses ALL = new ClassFileImporter().importPackages("uk.org.casereview");

    @Test
    void noPackageIsNamedForHavingNoBetterPlace() {
        assertThat(ALL.stream().map(c -> c.getPackageName().split("\\.")[3]).distinct())
                .as("the three modules' classes are all imported").contains("domain", "projections", "api");
        noClasses().should().resideInAnyPackage("..shared..", "..misc..", "..common..", "..util..", "..utils..", "..helpers..")
                .check(ALL);
    }
}
