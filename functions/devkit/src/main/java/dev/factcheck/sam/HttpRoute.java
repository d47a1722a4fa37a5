package dev.factcheck.sam;

/**
 * An HttpApi event of a function.
 *
 * @param path    with {@code {name}} placeholders, as API Gateway writes it
 * @param iamAuth the route is authorised with AWS_IAM (an admin route)
 */
public record HttpRoute(String eventName, String method, String path, boolean iamAuth) {

    /** The route key API Gateway puts into events: {@code "POST /factchecks"}. */
    public String routeKey() {
        return method + " " + path;
    }
}
