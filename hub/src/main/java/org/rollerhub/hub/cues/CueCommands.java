package org.rollerhub.hub.cues;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Supplier;
import org.rollerhub.pipeline.json.Json;

/**
 * Answers {@code <prefix>/<deviceId>/cue/set}: refuses every command unless cue commands are
 * enabled in the configuration ({@code cues.commands}); parses and checks the command whole
 * ({@link CueCommand}), then sends the cue or replaces the roller's policy; and publishes one
 * result on {@code <prefix>/<deviceId>/cue/result}:
 * {@code {"ok":true,"action":"send","result":"sent"}},
 * {@code {"ok":true,"action":"policy","policy":{...}}} or {@code {"ok":false,"error":"..."}}, with
 * the command's {@code id} when it had one. A refused or bad command changes nothing. Thread-safe.
 */
public final class CueCommands {
    /** Where results go. */
    @FunctionalInterface
    public interface Results {
        void publish(String deviceId, String resultJson);
    }

    private final boolean enabled;
    private final Supplier<List<CueDispatcher>> rollers;
    private final Results results;

    /**
     * @param enabled whether the configuration allows cue commands
     * @param rollers the hub's rollers' cues
     */
    public CueCommands(boolean enabled, Supplier<List<CueDispatcher>> rollers, Results results) {
        this.enabled = enabled;
        this.rollers = rollers;
        this.results = results;
    }

    /** A command for roller {@code deviceId}. */
    public void handle(String deviceId, String payload) {
        if (!enabled) {
            results.publish(deviceId, error(null, "cue commands are not enabled in this hub's configuration (cues.commands)"));
            return;
        }
        CueDispatcher roller = null;
        for (CueDispatcher d : rollers.get()) {
            if (deviceId.equals(d.deviceId())) {
                roller = d;
            }
        }
        if (roller == null) {
            results.publish(deviceId, error(null, "no roller " + deviceId + " is connected to this hub"));
            return;
        }
        CueCommand command;
        try {
            command = CueCommand.parse(payload, roller.settings());
        } catch (IllegalArgumentException e) {
            results.publish(deviceId, error(null, e.getMessage()));
            return;
        }
        ObjectNode o = Json.object();
        if (command instanceof CueCommand.Send send) {
            CueDispatcher.Outcome outcome = roller.command(send.request());
            o.put("ok", outcome == CueDispatcher.Outcome.SENT);
            id(o, command.id());
            o.put("action", "send");
            if (outcome == CueDispatcher.Outcome.SENT) {
                o.put("result", "sent");
            } else {
                o.put("error", outcome.text());
            }
        } else if (command instanceof CueCommand.Policy policy) {
            roller.updatePolicy(policy.settings());
            o.put("ok", true);
            id(o, command.id());
            o.put("action", "policy");
            o.set("policy", describe(policy.settings()));
        }
        results.publish(deviceId, Json.line(o));
    }

    /** The policy as JSON, in the keys a policy command takes. */
    static ObjectNode describe(CueSettings s) {
        ObjectNode p = Json.object();
        p.put("mode", CueRule.name(s.mode()));
        p.put("quiet", s.quiet());
        p.put("minGapS", s.minGapSeconds());
        for (CueTrigger t : CueTrigger.values()) {
            p.put(t.label(), s.rule(t).text());
        }
        return p;
    }

    private static String error(String id, String message) {
        ObjectNode o = Json.object();
        o.put("ok", false);
        id(o, id);
        o.put("error", message);
        return Json.line(o);
    }

    private static void id(ObjectNode o, String id) {
        if (id != null) {
            o.put("id", id);
        }
    }
}
