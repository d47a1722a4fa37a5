package dev.factcheck.runtime.http;

/**
 * Write routes are authorised with AWS_IAM in template.yaml. As a second line of defence, when
 * {@code REQUIRE_IAM=true} (the template sets it) a handler refuses a write whose event carries no
 * IAM caller, so a route accidentally deployed without the authorizer still cannot change data.
 */
public final class AdminGuard {

    private final boolean requireIam;

    public AdminGuard(boolean requireIam) {
        this.requireIam = requireIam;
    }

    public void check(HttpRequest request) {
        if (requireIam && !request.iamCaller()) {
            throw new ApiException(403, "forbidden", "This route needs an IAM-signed request.");
        }
    }
}
