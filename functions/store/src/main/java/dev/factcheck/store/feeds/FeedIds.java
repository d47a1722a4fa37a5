package dev.factcheck.store.feeds;

import dev.factcheck.ids.Hashes;
import dev.factcheck.ids.Urls;
import java.util.regex.Pattern;

/**
 * Feed ids are derived from the normalised URL, so registering the same feed twice finds the first
 * registration with one conditional write; entry keys are hashed so any id or link fits a sort key.
 */
public final class FeedIds {

    private static final Pattern ID = Pattern.compile("fd_[0-9a-f]{24}");

    private FeedIds() {
    }

    public static String of(String url) {
        return "fd_" + Hashes.sha256Hex("feed\u001f" + Urls.normalise(url), 12);
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String entryKey(String entryId) {
        return Hashes.sha256Hex("entry\u001f" + entryId, 32);
    }
}
