package org.rollerhub.hub.config;

import java.nio.file.Path;
import java.util.List;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.hub.cues.CueSettings;
import org.rollerhub.hub.history.PeopleSettings;
import org.rollerhub.hub.mqtt.MqttSettings;
import org.rollerhub.hub.recording.Retention;
import org.rollerhub.hub.transport.Backoff;

/**
 * The hub's whole configuration, checked and resolved (defaults, then the config file, then the
 * environment, then the command line). See {@link ConfigKeys} for every key.
 *
 * @param mqtt broker, topics and security
 * @param rollers the rollers to read
 * @param user the user's stature and start level
 * @param dataDir the data folder (captures, outbox)
 * @param record whether raw streams are recorded as captures
 * @param retention which captures to keep
 * @param linkIdleTimeoutMs silence after which a link counts as lost, milliseconds
 * @param backoff reconnect delays
 * @param people who rolls: the user's person id and zone, a person per roller
 * @param cues the cue policy (a roller's own {@code cues} mode in {@link RollerSpec} wins)
 * @param cueCommands whether {@code <prefix>/<deviceId>/cue/set} commands are accepted
 * @param web the web UI
 */
public record HubConfig(
        MqttSettings mqtt,
        List<RollerSpec> rollers,
        AnalyticsSettings user,
        Path dataDir,
        boolean record,
        Retention retention,
        int linkIdleTimeoutMs,
        Backoff backoff,
        PeopleSettings people,
        CueSettings cues,
        boolean cueCommands,
        WebConfig web) {

    public HubConfig {
        rollers = List.copyOf(rollers);
    }

    /** A configuration without people settings, with the default cue policy and without the web UI. */
    public HubConfig(MqttSettings mqtt, List<RollerSpec> rollers, AnalyticsSettings user, Path dataDir, boolean record,
            Retention retention, int linkIdleTimeoutMs, Backoff backoff) {
        this(mqtt, rollers, user, dataDir, record, retention, linkIdleTimeoutMs, backoff, PeopleSettings.NONE);
    }

    /** A configuration with people settings, the default cue policy and without the web UI. */
    public HubConfig(MqttSettings mqtt, List<RollerSpec> rollers, AnalyticsSettings user, Path dataDir, boolean record,
            Retention retention, int linkIdleTimeoutMs, Backoff backoff, PeopleSettings people) {
        this(mqtt, rollers, user, dataDir, record, retention, linkIdleTimeoutMs, backoff, people, CueSettings.DEFAULTS, false,
                new WebConfig(false, org.rollerhub.web.WebSettings.DEFAULT));
    }

    /** The cue policy for {@code roller}: the hub's, with the roller's own mode if it has one. */
    public CueSettings cuesFor(RollerSpec roller) {
        return roller.cues() == null ? cues : cues.withMode(roller.cues());
    }
}
