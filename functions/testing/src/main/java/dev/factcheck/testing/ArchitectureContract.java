package dev.factcheck.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The architecture test of a deployable module: every rule of {@link Architecture} holds for the
 * production classes on the module's classpath. A module's {@code ArchitectureTest} extends this and
 * names one class of its own, so a test that sees nothing cannot pass.
 */
public abstract class ArchitectureContract {

    private static final JavaClasses CLASSES = Architecture.productionClasses();

    private final Class<?> ownClass;

    protected ArchitectureContract(Class<?> ownClass) {
        this.ownClass = ownClass;
    }

    static List<ArchRule> rules() {
        return Architecture.RULES;
    }

    @ParameterizedTest
    @MethodSource("rules")
    void codeMapRule_holds(ArchRule rule) {
        rule.check(CLASSES);
    }

    @Test
    void theCheckedClasses_holdEveryModuleOnTheClasspath_andNoTestCode() {
        assertThat(CLASSES.contain("dev.factcheck.claims.Claim")).isTrue();
        assertThat(CLASSES.contain("dev.factcheck.store.articles.ArticleStore")).isTrue();
        assertThat(CLASSES.contain("dev.factcheck.runtime.wiring.Components")).isTrue();
        assertThat(CLASSES.contain(ownClass.getName())).isTrue();
        assertThat(CLASSES.contain(getClass().getName())).isFalse();
    }

    @Test
    void theRules_catchAViolation_aDynamoDbClientBuiltOutsideTheWiring() {
        JavaClasses testSupport = new ClassFileImporter().importClasses(TestDynamoDb.class);

        assertThat(Architecture.RULES.getLast().evaluate(testSupport).hasViolation()).isTrue();
    }
}
