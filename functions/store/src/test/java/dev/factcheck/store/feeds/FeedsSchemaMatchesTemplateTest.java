package dev.factcheck.store.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factcheck.sam.SamTemplate;
import dev.factcheck.sam.TableSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The keys the feeds store writes are those template.yaml declares, and every function is told the table's name. */
class FeedsSchemaMatchesTemplateTest {

    private final SamTemplate template = SamTemplate.ofProject();

    @Test
    void feedsTable_keys_matchFeedsSchema_andTheTableIsRetainedOnDemandWithPitr() {
        TableSpec table = template.table(FeedsSchema.TABLE_LOGICAL_ID);

        assertThat(table.keySchema()).isEqualTo(new TableSpec.KeySchema(FeedsSchema.PK, FeedsSchema.SK));
        assertThat(table.globalIndexes()).isEmpty();
        assertThat(table.retained()).isTrue();
        assertThat(table.onDemand()).isTrue();
        assertThat(table.pointInTimeRecovery()).isTrue();
    }

    @Test
    void everyFunction_getsTheFeedsTableNameSetting() {
        assertThat(template.functions().values()).allSatisfy(function ->
                assertThat(function.environment()).containsKey(FeedsSchema.TABLE_NAME_SETTING));
    }

    @Test
    void feedsAdmin_writeRoutesNeedIam_andListingDoesNot() {
        var function = template.function("FeedsAdminFunction");

        assertThat(function.routes()).extracting(route -> route.method() + " " + route.path() + " iam=" + route.iamAuth())
                .containsExactlyInAnyOrder("POST /feeds iam=true", "GET /feeds iam=false", "PATCH /feeds/{id} iam=true",
                        "DELETE /feeds/{id} iam=true");
        assertThat(function.environment()).containsEntry("REQUIRE_IAM", new dev.factcheck.sam.EnvironmentValue.Literal("true"));
    }

    @Test
    void feedDispatch_runsOnTheIngestScheduleParameter_andFeedWorker_consumesTheFeedQueue() {
        var dispatch = template.function("FeedDispatchFunction");
        var worker = template.function("FeedWorkerFunction");

        assertThat(dispatch.handlerClass()).isEqualTo("dev.factcheck.ingest.FeedDispatchHandler");
        assertThat(worker.handlerClass()).isEqualTo("dev.factcheck.ingest.FeedWorkerHandler");
        assertThat(List.of(dispatch.codeUri(), worker.codeUri())).containsOnly("functions/ingest/target/factcheck-ingest.jar");
        assertThat(dispatch.schedules()).singleElement().satisfies(schedule ->
                assertThat(schedule.expression()).contains("IngestSchedule"));
        assertThat(worker.schedules()).isEmpty();
        assertThat(worker.queueEvents()).singleElement().satisfies(source -> assertThat(source.queue()).isEqualTo("FeedQueue"));
    }
}
