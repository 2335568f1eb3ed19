package io.connectmongodb.mapper;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

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

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mapper's boundaries: its API packages never name internal types (its own or the driver's)
 * in public signatures; it uses only the driver's public API; the pure layers (model, codec,
 * query, validation) know nothing of repositories or stores; nothing prints.
 */
class MapperArchitectureTest {
    private static JavaClasses mapper;

    @BeforeAll
    static void importMapper() {
        mapper = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.connectmongodb.mapper");
    }

    @Test
    void apiPackagesDoNotExposeInternalTypes() {
        classes().that().resideOutsideOfPackage("io.connectmongodb.mapper.internal..")
                .and().arePublic()
                .should(exposeNoTypeMatching(name -> name.startsWith("io.connectmongodb.mapper.internal.")
                        || name.startsWith("io.connectmongodb.driver.internal.")))
                .check(mapper);
    }

    @Test
    void mapperUsesOnlyThePublicDriverApi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("io.connectmongodb.driver.internal..")
                .check(mapper);
    }

    @Test
    void pureLayersDoNotKnowRepositoriesOrStores() {
        noClasses().that().resideInAnyPackage("..mapper.internal.model..", "..mapper.internal.codec..",
                        "..mapper.internal.query..", "..mapper.internal.validation..", "..mapper.internal.access..")
                .should().dependOnClassesThat().resideInAnyPackage("..mapper.internal.repository..",
                        "..mapper.internal.store..", "..mapper.internal.persist..", "io.connectmongodb.driver..")
                .check(mapper);
    }

    @Test
    void nothingPrintsOrUsesJavaUtilLogging() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(mapper);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(mapper);
    }

    private static ArchCondition<JavaClass> exposeNoTypeMatching(Predicate<String> forbidden) {
        return new ArchCondition<>("expose no internal type in public or protected signatures") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (JavaCodeUnit unit : type.getCodeUnits()) {
                    if (visible(unit.getModifiers())) {
                        unit.getAllInvolvedRawTypes().stream().filter(t -> forbidden.test(t.getName())).forEach(t ->
                                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " names " + t.getName())));
                    }
                }
                for (JavaField field : type.getFields()) {
                    if (visible(field.getModifiers())) {
                        field.getAllInvolvedRawTypes().stream().filter(t -> forbidden.test(t.getName())).forEach(t ->
                                events.add(SimpleConditionEvent.violated(field, field.getFullName() + " names " + t.getName())));
                    }
                }
                type.getRawInterfaces().stream().filter(i -> forbidden.test(i.getName())).forEach(i ->
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " implements " + i.getName())));
                type.getRawSuperclass().filter(s -> forbidden.test(s.getName())).ifPresent(s ->
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " extends " + s.getName())));
            }
        };
    }

    private static boolean visible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }
}
