package org.rollerhub.hub.history;

/**
 * Puts {@code user.personId} into a summary line by inserting text, so that every other byte of
 * the line stays as the pipeline wrote it (numbers are not re-formatted).
 */
final class SummaryPerson {
    private static final String USER = "\"user\":{";

    private SummaryPerson() {
    }

    /** The line with {@code "personId":"<id>"} last in its {@code user} object (added if the line has none). */
    static String with(String json, String personId) {
        if (json.contains("\"personId\":")) {
            return json;
        }
        int user = json.indexOf(USER);
        if (user < 0) {
            int end = json.lastIndexOf('}');
            return json.substring(0, end) + ",\"user\":{\"personId\":\"" + personId + "\"}" + json.substring(end);
        }
        int close = json.indexOf('}', user); // the user object holds no nested object
        boolean empty = close == user + USER.length();
        return json.substring(0, close) + (empty ? "" : ",") + "\"personId\":\"" + personId + "\"" + json.substring(close);
    }
}
