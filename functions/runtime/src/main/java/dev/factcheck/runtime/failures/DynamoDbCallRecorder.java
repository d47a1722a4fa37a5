package dev.factcheck.runtime.failures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Marks a failed DynamoDB call's exception with the operation and tables ({@link DynamoDbCall}); changes nothing else. */
public final class DynamoDbCallRecorder implements ExecutionInterceptor {

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        failure.addSuppressed(new DynamoDbCall(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                tables(context.request())));
        return failure;
    }

    private static List<String> tables(SdkRequest request) {
        List<String> tables = new ArrayList<>();
        request.getValueForField("TableName", String.class).ifPresent(tables::add);
        request.getValueForField("RequestItems", Map.class).ifPresent(items -> items.keySet().forEach(t -> tables.add(t.toString())));
        return tables;
    }
}
