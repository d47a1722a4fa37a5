package dev.factcheck.store.format;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The format version every stored item carries in {@link #ATTRIBUTE}. Stored data outlives code: a
 * change to what an item holds or how (an attribute renamed, a blob's JSON reshaped) raises the version
 * of that item type, and its reader keeps reading every older version still on disk. Items written
 * before versions existed carry none and read as version 1, which is also the current shape of every
 * item type. An item newer than the code reading it is refused rather than misread.
 */
public final class FormatVersion {

    public static final String ATTRIBUTE = "formatVersion";
    /** What an item without {@link #ATTRIBUTE} is: written before the storage format had versions. */
    public static final int UNVERSIONED = 1;

    private FormatVersion() {
    }

    /** Marks {@code item} as written in format {@code version}. */
    public static Map<String, AttributeValue> stamp(Map<String, AttributeValue> item, int version) {
        item.put(ATTRIBUTE, AttributeValue.fromN(Integer.toString(version)));
        return item;
    }

    /** The format {@code item} was written in; fails when it is newer than {@code newest}, the newest this code reads. */
    public static int of(Map<String, AttributeValue> item, int newest) {
        AttributeValue value = item.get(ATTRIBUTE);
        int version;
        try {
            version = value == null ? UNVERSIONED : Integer.parseInt(value.n());
        } catch (NumberFormatException | NullPointerException malformed) {
            throw new CorruptItemException(ATTRIBUTE + " is not a number");
        }
        if (version < UNVERSIONED || version > newest) {
            throw new CorruptItemException("format version " + version + " is not one this code reads (1 to " + newest + ")");
        }
        return version;
    }
}
