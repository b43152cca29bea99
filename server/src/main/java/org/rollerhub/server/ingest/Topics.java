package org.rollerhub.server.ingest;

import java.util.regex.Pattern;

/**
 * The topics the server reads: {@code <prefix>/<deviceId>/session} (summaries) and
 * {@code <prefix>/<deviceId>/status}, through shared subscriptions of one group
 * ({@code $share/<group>/...}) so that the broker hands each message to one instance of the group.
 */
public final class Topics {
    private static final Pattern DEVICE = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern NAME = Pattern.compile("[^/+#$\\s]+(/[^/+#$\\s]+)*");

    /** What a topic carries. */
    public enum Kind { SESSION, STATUS, OTHER }

    private final String group;
    private final String prefix;

    /**
     * @throws IllegalArgumentException if the group or prefix holds a wildcard, {@code $}, a
     *     space, or (for the group) a {@code /}
     */
    public Topics(String group, String prefix) {
        if (!NAME.matcher(group).matches() || group.contains("/")) {
            throw new IllegalArgumentException("bad group '" + group + "': no /, +, #, $ or spaces");
        }
        if (!NAME.matcher(prefix).matches()) {
            throw new IllegalArgumentException("bad topic prefix '" + prefix + "': no +, #, $, spaces or empty levels");
        }
        this.group = group;
        this.prefix = prefix;
    }

    /** {@code $share/<group>/<prefix>/+/session}. */
    public String sessionFilter() {
        return "$share/" + group + "/" + prefix + "/+/session";
    }

    /** {@code $share/<group>/<prefix>/+/status}. */
    public String statusFilter() {
        return "$share/" + group + "/" + prefix + "/+/status";
    }

    /** What the topic carries: a session or status topic of a well-formed device id, else OTHER. */
    public Kind kindOf(String topic) {
        String device = deviceOf(topic);
        if (device == null) {
            return Kind.OTHER;
        }
        String rest = topic.substring(prefix.length() + 1 + device.length());
        return rest.equals("/session") ? Kind.SESSION : rest.equals("/status") ? Kind.STATUS : Kind.OTHER;
    }

    /** The device id in {@code <prefix>/<deviceId>/...}, or null if the topic is not of that form. */
    public String deviceOf(String topic) {
        if (!topic.startsWith(prefix + "/")) {
            return null;
        }
        String rest = topic.substring(prefix.length() + 1);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String device = rest.substring(0, slash);
        return DEVICE.matcher(device).matches() ? device : null;
    }
}
