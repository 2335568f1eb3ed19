package io.connectmongodb.jdbc;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bridge is a client of the driver like any application: it may use only the driver's public API packages. */
class PublicApiOnlyArchitectureTest {

    private static final JavaClasses BRIDGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.connectmongodb.jdbc");

    @Test
    void bridgeClassesAreImported() {
        assertTrue(BRIDGE.size() > 50, "imported " + BRIDGE.size() + " bridge classes");
    }

    @Test
    void noDependencyOnDriverInternals() {
        ArchRule rule = noClasses().that().resideInAPackage("io.connectmongodb.jdbc..")
                .should().dependOnClassesThat().resideInAPackage("io.connectmongodb.driver.internal..")
                .because("the JDBC bridge builds on the driver's public API only");
        rule.check(BRIDGE);
    }

    @Test
    void onlyTheDriverClassIsPublicApiOfTheBridgeRootPackage() {
        ArchRule rule = classes().that().resideInAPackage("io.connectmongodb.jdbc").and().arePublic()
                .should().haveSimpleNameStartingWith("Mongo")
                .because("the public surface of the bridge is its java.sql implementations");
        rule.allowEmptyShould(true).check(BRIDGE);
    }
}
