package io.connectmongodb.driver;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The driver's layering, stated as rules: the public API never exposes internal types; the wire,
 * connection and operation layers depend only downwards; nothing prints or uses java.util.logging.
 */
class ArchitectureTest {
    private static final String INTERNAL = "io.connectmongodb.driver.internal..";
    private static JavaClasses classes;

    @BeforeAll
    static void importDriver() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.connectmongodb.driver");
    }

    @Test
    void publicApiDoesNotExposeInternalTypes() {
        ArchRuleDefinition.classes()
                .that().resideOutsideOfPackage(INTERNAL)
                .and().arePublic()
                .should(notExposeInternalTypes())
                .check(classes);
    }

    @Test
    void wireLayerDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("..driver.internal.wire..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..driver.internal.connection..", "..driver.internal.operation..",
                        "..driver.internal.client..", "..driver.internal.pool..", "..driver.internal.topology..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void connectionLayerDoesNotDependOnOperationsOrClient() {
        noClasses().that().resideInAPackage("..driver.internal.connection..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "..driver.internal.operation..", "..driver.internal.client..", "..driver.internal.cursor..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void operationsDoNotDependOnTheClientFacade() {
        noClasses().that().resideInAnyPackage("..driver.internal.operation..", "..driver.internal.cursor..")
                .should().dependOnClassesThat().resideInAnyPackage("..driver.internal.client..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void operationsDoNotTouchSocketsOrWireFormatsDirectly() {
        noClasses().that().resideInAnyPackage("..driver.internal.operation..", "..driver.internal.client..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..", "..driver.internal.wire..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void nothingPrintsOrUsesJavaUtilLogging() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(classes);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
    }

    /** Public and protected members of API types must not name an internal type. */
    private static ArchCondition<JavaClass> notExposeInternalTypes() {
        DescribedPredicate<JavaClass> internal = DescribedPredicate.describe("internal",
                c -> c.getPackageName().startsWith("io.connectmongodb.driver.internal"));
        return new ArchCondition<>("not expose internal types in public signatures") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaCodeUnit unit : item.getCodeUnits()) {
                    if (!isExposed(unit.getModifiers())) {
                        continue;
                    }
                    for (JavaClass type : unit.getAllInvolvedRawTypes()) {
                        if (internal.test(type)) {
                            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes " + type.getName()));
                        }
                    }
                }
                for (JavaField field : item.getFields()) {
                    if (isExposed(field.getModifiers()) && field.getAllInvolvedRawTypes().stream().anyMatch(internal)) {
                        events.add(SimpleConditionEvent.violated(field, field.getFullName() + " exposes an internal type"));
                    }
                }
                for (JavaClass iface : item.getRawInterfaces()) {
                    if (internal.test(iface)) {
                        events.add(SimpleConditionEvent.violated(item, item.getName() + " implements internal " + iface.getName()));
                    }
                }
                item.getRawSuperclass().filter(internal).ifPresent(sup ->
                        events.add(SimpleConditionEvent.violated(item, item.getName() + " extends internal " + sup.getName())));
            }
        };
    }

    private static boolean isExposed(java.util.Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
