package dev.factcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.sam.SamTemplate;
import dev.factcheck.sam.TableSpec;
import dev.factcheck.store.articles.ArticlesSchema;
import dev.factcheck.store.facts.FactsSchema;
import org.junit.jupiter.api.Test;

/** The attribute names the store writes are the keys and indexes template.yaml declares. */
class SchemaMatchesTemplateTest {

    private final SamTemplate template = SamTemplate.ofProject();

    @Test
    void factsTable_keysAndIndex_matchFactsSchema() {
        TableSpec table = template.table(FactsSchema.TABLE_LOGICAL_ID);

        assertThat(table.keySchema()).isEqualTo(new TableSpec.KeySchema(FactsSchema.PK, FactsSchema.SK));
        assertThat(table.globalIndexes()).singleElement().satisfies(index -> {
            assertThat(index.name()).isEqualTo(FactsSchema.BY_ID_INDEX);
            assertThat(index.keySchema()).isEqualTo(new TableSpec.KeySchema(FactsSchema.FACT_ID, null));
        });
    }

    @Test
    void articlesTable_keysAndIndex_matchArticlesSchema() {
        TableSpec table = template.table(ArticlesSchema.TABLE_LOGICAL_ID);

        assertThat(table.keySchema()).isEqualTo(new TableSpec.KeySchema(ArticlesSchema.PK, ArticlesSchema.SK));
        assertThat(table.globalIndexes()).singleElement().satisfies(index -> {
            assertThat(index.name()).isEqualTo(ArticlesSchema.BY_PUBLISHED_INDEX);
            assertThat(index.keySchema()).isEqualTo(new TableSpec.KeySchema(ArticlesSchema.LIST_PK, ArticlesSchema.LIST_SK));
        });
    }

    @Test
    void everyFunction_getsEachTableNameSettingFromTheTemplate() {
        assertThat(template.functions().values()).allSatisfy(function -> assertThat(function.environment())
                .containsKeys(FactsSchema.TABLE_NAME_SETTING, ArticlesSchema.TABLE_NAME_SETTING));
    }
}
