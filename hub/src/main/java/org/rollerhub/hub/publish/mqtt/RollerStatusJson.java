package org.rollerhub.hub.publish.mqtt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.Status;

/**
 * The retained status JSON of one roller, on {@code <prefix>/<deviceId>/status}:
 * {@code {"deviceId":..,"connected":true,"firmware":"1.2.3","batteryPct":87,"batteryMv":3950,
 * "temperatureC":24.5,"charging":false,"batteryLow":false,"droppedSamples":0}}. Fields the hub
 * does not know yet (no HELLO or STATUS seen) are left out. Home Assistant discovery reads
 * {@code connected} and {@code batteryPct}.
 */
public final class RollerStatusJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RollerStatusJson() {
    }

    /**
     * @param deviceId 16 lowercase hex digits
     * @param connected whether the hub has a live link to the roller
     * @param hello the roller's last HELLO, or {@code null}
     * @param status the roller's last STATUS, or {@code null}
     */
    public static String line(String deviceId, boolean connected, Hello hello, Status status) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("deviceId", deviceId);
        o.put("connected", connected);
        if (hello != null) {
            o.put("firmware", hello.firmwareMajor() + "." + hello.firmwareMinor() + "." + hello.firmwarePatch());
        }
        if (status != null) {
            o.put("batteryPct", status.batteryPct());
            o.put("batteryMv", status.batteryMv());
            o.put("temperatureC", status.temperatureC());
            o.put("charging", status.charging());
            o.put("batteryLow", status.batteryLow());
            o.put("droppedSamples", status.droppedSamples());
        }
        return o.toString();
    }
}
