package dev.factcheck.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency rules of the README's "Code map", as ArchUnit rules. Each deployable module's
 * {@code ArchitectureTest} checks them against every production class on its classpath, so the api
 * module checks core, store, runtime and api, and the ingest module core, store, runtime and ingest.
 */
public final class Architecture {

    /** The core's packages: records and rules. */
    public static final String[] CORE = {"dev.factcheck.articles..", "dev.factcheck.catalog..", "dev.factcheck.check..",
            "dev.factcheck.claims..", "dev.factcheck.facts..", "dev.factcheck.ids..", "dev.factcheck.review..",
            "dev.factcheck.summary..", "dev.factcheck.text..", "dev.factcheck.time..", "dev.factcheck.verify.."};

    public static final List<ArchRule> RULES = List.of(
            noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(
                            "software.amazon..", "com.amazonaws..", "com.fasterxml..", "org.crac..",
                            "dev.factcheck.store..", "dev.factcheck.runtime..", "dev.factcheck.api..", "dev.factcheck.ingest..")
                    .because("the core is plain Java: no AWS, no Lambda, no JSON, no adapter").allowEmptyShould(true),
            noClasses().that().resideInAPackage("dev.factcheck.store..").should().dependOnClassesThat().resideInAnyPackage(
                            "dev.factcheck.runtime..", "dev.factcheck.api..", "dev.factcheck.ingest..",
                            "com.amazonaws.services.lambda..", "com.fasterxml.jackson.databind..", "org.crac..")
                    .because("the store holds repositories and their storage format only: no HTTP, no Lambda, "
                            + "no settings, and JSON through the streaming layer only").allowEmptyShould(true),
            noClasses().that().resideInAPackage("dev.factcheck.runtime..").should().dependOnClassesThat().resideInAnyPackage(
                            "dev.factcheck.api..", "dev.factcheck.ingest..")
                    .because("the runtime serves every function and knows none of them").allowEmptyShould(true),
            noClasses().that().resideInAnyPackage("dev.factcheck.api..", "dev.factcheck.ingest..").should()
                    .dependOnClassesThat().resideInAPackage("software.amazon.awssdk.services.dynamodb..")
                    .because("handlers hold no DynamoDB code: they call the core and the stores").allowEmptyShould(true),
            noClasses().that().resideInAPackage("dev.factcheck.api..").should().dependOnClassesThat()
                    .resideInAPackage("dev.factcheck.ingest..").allowEmptyShould(true),
            noClasses().that().resideInAPackage("dev.factcheck.ingest..").should().dependOnClassesThat()
                    .resideInAPackage("dev.factcheck.api..").allowEmptyShould(true),
            noClasses().that().resideOutsideOfPackage("dev.factcheck.runtime.wiring").should()
                    .callMethod(software.amazon.awssdk.services.dynamodb.DynamoDbClient.class, "builder")
                    .because("the DynamoDB client is built in one place, runtime.wiring.DynamoDbClients")
                    .allowEmptyShould(true));

    private Architecture() {
    }

    /** Every class of the deployed modules (core, store, runtime, api, ingest) this classpath holds; tools left out. */
    public static JavaClasses productionClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.factcheck")
                .that(JavaClass.Predicates.resideOutsideOfPackages("dev.factcheck.testing..", "dev.factcheck.devkit..",
                        "dev.factcheck.sam..", "dev.factcheck.local..", "dev.factcheck.bench.."));
    }
}
