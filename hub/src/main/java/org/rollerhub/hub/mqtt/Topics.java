package org.rollerhub.hub.mqtt;

/**
 * Every MQTT topic the hub publishes on, derived in one place from the topic prefix and the hub
 * id. Immutable.
 *
 * <ul>
 * <li>{@code <prefix>/<deviceId>/session}: session summaries;
 * <li>{@code <prefix>/<deviceId>/event}: live events;
 * <li>{@code <prefix>/<deviceId>/status}: the roller's status;
 * <li>{@code <prefix>/<deviceId>/live}: the roller's live state (in a session, level, last compensation);
 * <li>{@code <prefix>/hub/<hubId>/availability}: {@code online}/{@code offline};
 * <li>{@code <prefix>/<deviceId>/cue/set} (subscribed) and {@code <prefix>/<deviceId>/cue/result}:
 *     cue commands and their results.
 * </ul>
 */
public final class Topics {
    /** The prefix used when none is configured. */
    public static final String DEFAULT_PREFIX = "roller";

    private final String prefix;
    private final String availability;

    private Topics(String prefix, String hubId) {
        this.prefix = prefix;
        this.availability = prefix + "/hub/" + hubId + "/availability";
    }

    /**
     * @param prefix the topic prefix; null or blank means {@link #DEFAULT_PREFIX}
     * @param hubId this hub's id
     */
    public static Topics of(String prefix, String hubId) {
        return new Topics(prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix, hubId);
    }

    /** The topic prefix in use. */
    public String prefix() {
        return prefix;
    }

    /** {@code <prefix>/<deviceId>/session}. */
    public String session(String deviceId) {
        return device(deviceId, "session");
    }

    /** {@code <prefix>/<deviceId>/event}. */
    public String event(String deviceId) {
        return device(deviceId, "event");
    }

    /** {@code <prefix>/<deviceId>/status}. */
    public String status(String deviceId) {
        return device(deviceId, "status");
    }

    /** {@code <prefix>/<deviceId>/live}. */
    public String live(String deviceId) {
        return device(deviceId, "live");
    }

    /** {@code <prefix>/+/cue/set}: every roller's cue commands. */
    public String cueSetFilter() {
        return prefix + "/+/cue/set";
    }

    /** The device id of a cue command's topic, or null if {@code topic} is not one. */
    public String cueSetDevice(String topic) {
        String head = prefix + "/";
        String tail = "/cue/set";
        if (!topic.startsWith(head) || !topic.endsWith(tail) || topic.length() <= head.length() + tail.length()) {
            return null;
        }
        String id = topic.substring(head.length(), topic.length() - tail.length());
        return id.contains("/") ? null : id;
    }

    /** {@code <prefix>/<deviceId>/cue/result}. */
    public String cueResult(String deviceId) {
        return device(deviceId, "cue/result");
    }

    /** {@code <prefix>/hub/<hubId>/availability}. */
    public String availability() {
        return availability;
    }

    private String device(String deviceId, String leaf) {
        return prefix + "/" + deviceId + "/" + leaf;
    }
}
