package vn.diplomacy.common;

import java.util.Arrays;

/** Strong ETags from the optimistic-lock version, and the If-Match rule every update and delete follows. */
public final class ETags {
    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 428 when If-Match is missing, 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag from your last read of this resource");
        }
        String current = of(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "The resource changed since you read it (current ETag " + current + "); read it again");
        }
    }
}
