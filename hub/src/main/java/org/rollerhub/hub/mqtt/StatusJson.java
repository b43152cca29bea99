package org.rollerhub.hub.mqtt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.rollerhub.hub.delivery.Outbox;
import org.rollerhub.protocol.Hello;
import org.rollerhub.protocol.LinkCounters;
import org.rollerhub.protocol.Status;

/**
 * A roller's status as one line of JSON, retained on {@code <prefix>/<deviceId>/status}:
 * <pre>{"deviceId":"..","link":"connected|reconnecting|stopped","transport":"tcp:..","firmware":"1.2.0",
 *  "battery":{"mv":3900,"pct":80,"charging":false,"low":false},"temperatureC":24.5,
 *  "faults":{"imu":false,"pressure":false,"bufferOverflow":false},"droppedSamples":0,
 *  "counters":{"packets":..,"lostPackets":..,"crcErrors":..,"framingErrors":..,"oversize":..,"malformed":..},
 *  "connections":1,"linkInfo":{"rssi":-60},"outbox":{"pending":0,"quarantined":0},"at":"2026-11-24T02:00:00Z"}</pre>
 * The battery, temperature and fault fields are left out until the roller's first STATUS.
 */
public final class StatusJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusJson() {
    }

    /**
     * @param link {@code connected}, {@code reconnecting} or {@code stopped}
     * @param hello the roller's last HELLO (device id, firmware)
     * @param status its last STATUS, or null
     * @param counters the link's counters since the hub started
     * @param connections links opened so far (more than 1 after reconnects)
     */
    public static String line(String link, String transport, Hello hello, Status status, LinkCounters counters,
            int connections, Instant at) {
        return line(link, transport, hello, status, counters, connections, Map.of(), at);
    }

    /**
     * As above, with what the link reported about itself ({@code linkInfo}, such as BLE
     * {@code rssi}) under {@code "linkInfo"} when not empty.
     */
    public static String line(String link, String transport, Hello hello, Status status, LinkCounters counters,
            int connections, Map<String, Object> linkInfo, Instant at) {
        return line(link, transport, hello, status, counters, connections, linkInfo, null, at);
    }

    /**
     * As above, with the hub's outbox under {@code "outbox":{"pending":N,"quarantined":M}} when
     * {@code outbox} is given: summaries waiting for the broker, and files set aside as untrustworthy
     * (which need a person: see {@code roller-hub quarantine}).
     */
    public static String line(String link, String transport, Hello hello, Status status, LinkCounters counters,
            int connections, Map<String, Object> linkInfo, Outbox.Counts outbox, Instant at) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("deviceId", hello.deviceIdHex());
        o.put("link", link);
        o.put("transport", transport);
        o.put("firmware", hello.firmware());
        if (status != null) {
            ObjectNode b = o.putObject("battery");
            b.put("mv", status.batteryMv());
            b.put("pct", status.batteryPct());
            b.put("charging", status.charging());
            b.put("low", status.batteryLow());
            o.put("temperatureC", status.temperatureC());
            ObjectNode f = o.putObject("faults");
            f.put("imu", status.imuFault());
            f.put("pressure", status.pressureFault());
            f.put("bufferOverflow", status.bufferOverflow());
            o.put("droppedSamples", status.droppedSamples());
        }
        ObjectNode c = o.putObject("counters");
        c.put("packets", counters.packets());
        c.put("lostPackets", counters.lostPackets());
        c.put("crcErrors", counters.crcErrors());
        c.put("framingErrors", counters.framingErrors());
        c.put("oversize", counters.oversize());
        c.put("malformed", counters.malformed());
        o.put("connections", connections);
        if (!linkInfo.isEmpty()) {
            ObjectNode li = o.putObject("linkInfo");
            new TreeMap<>(linkInfo).forEach((k, v) -> li.set(k, MAPPER.valueToTree(v)));
        }
        if (outbox != null) {
            ObjectNode ob = o.putObject("outbox");
            ob.put("pending", outbox.pending());
            ob.put("quarantined", outbox.quarantined());
        }
        o.put("at", at.toString());
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
