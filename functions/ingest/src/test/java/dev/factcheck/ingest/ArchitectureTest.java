package dev.factcheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.factcheck.testing.Architecture;
import dev.factcheck.testing.TestDynamoDb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import java.util.List;

/** The README's code map holds for this function's classes and every module they use (rules in {@link Architecture}). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = Architecture.productionClasses();
    static final List<ArchRule> RULES = Architecture.RULES;

    @ParameterizedTest
    @FieldSource("RULES")
    void codeMapRule_holds(ArchRule rule) {
        rule.check(CLASSES);
    }

    @Test
    void theCheckedClasses_holdEveryModuleOnTheClasspath_andNoTestCode() {
        assertThat(CLASSES.contain("dev.factcheck.claims.Claim")).isTrue();
        assertThat(CLASSES.contain("dev.factcheck.store.articles.ArticleStore")).isTrue();
        assertThat(CLASSES.contain("dev.factcheck.runtime.wiring.Components")).isTrue();
        assertThat(CLASSES.contain("dev.factcheck.ingest.FeedIngester")).isTrue();
        assertThat(CLASSES.contain(ArchitectureTest.class.getName())).isFalse();
    }

    @Test
    void theRules_catchAViolation_aDynamoDbClientBuiltOutsideTheWiring() {
        JavaClasses testSupport = new ClassFileImporter().importClasses(TestDynamoDb.class);

        assertThat(RULES.getLast().evaluate(testSupport).hasViolation()).isTrue();
    }
}
