package org.rollerhub.reports.fhir;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.xhtml.NodeType;
import org.hl7.fhir.utilities.xhtml.XhtmlNode;
import org.rollerhub.reports.model.LevelRow;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.store.Person;

/**
 * Builds the FHIR R4 Bundle (type collection) of one person's sessions: a Patient known only by its
 * pseudonymous id, a Device per roller and one for the hub, one Observation panel per session and a
 * Provenance naming the hub as the assembler. docs/reports.md gives the mapping.
 *
 * <p>Every entry's fullUrl is a {@code urn:uuid:} derived from the ids it stands for, so the same
 * sessions give the same Bundle (but for {@code timestamp}).
 */
public final class FhirBundleBuilder {
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String EXERCISE_DURATION = "55411-3";

    private FhirBundleBuilder() {
    }

    /**
     * @param person whose sessions; only the id leaves the hub, never the display name
     * @param sessions the sessions, each becoming one Observation
     * @param hubVersion the hub's version, for its Device
     * @param timestamp when the Bundle was assembled
     */
    public static Bundle build(Person person, List<SessionView> sessions, String hubVersion, Instant timestamp) {
        Bundle b = new Bundle();
        b.setType(Bundle.BundleType.COLLECTION);
        b.setTimestamp(Date.from(timestamp));
        b.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue(urn("bundle", person.personId() + "|" + timestamp));

        Patient patient = new Patient();
        patient.addIdentifier().setSystem(RollerCodes.PERSON_ID).setValue(person.personId());
        patient.setActive(true);
        narrative(patient, "Person known to the roller hub as " + person.personId() + " (a pseudonym).");
        String patientUrl = add(b, patient, urn("person", person.personId()));

        Device hub = new Device();
        hub.addDeviceName().setName("roller-hub").setType(Device.DeviceNameType.MANUFACTURERNAME);
        hub.getType().setText("Hub that analyses thoracic-extension sessions from a sensor-equipped foam roller");
        hub.addVersion().setValue(hubVersion);
        narrative(hub, "roller-hub " + hubVersion + ", the hub that analysed the sessions.");
        String hubUrl = add(b, hub, urn("hub", "roller-hub"));

        Map<String, String> rollers = new LinkedHashMap<>();
        for (SessionView s : sessions) {
            rollers.computeIfAbsent(s.deviceId(), id -> add(b, roller(s), urn("roller", id)));
        }
        List<Reference> observations = new ArrayList<>();
        for (SessionView s : sessions) {
            String url = add(b, observation(s, patientUrl, rollers.get(s.deviceId())), urn("session", s.sessionId()));
            observations.add(new Reference(url));
        }
        if (!observations.isEmpty()) {
            Provenance p = new Provenance();
            p.setTarget(observations);
            p.setRecorded(Date.from(timestamp));
            narrative(p, "Assembled by roller-hub from " + observations.size() + " sessions.");
            p.addAgent().setWho(new Reference(hubUrl)).getType().addCoding()
                    .setSystem("http://terminology.hl7.org/CodeSystem/provenance-participant-type")
                    .setCode("assembler").setDisplay("Assembler");
            add(b, p, urn("provenance", person.personId() + "|" + timestamp));
        }
        return b;
    }

    private static Device roller(SessionView s) {
        Device d = new Device();
        d.addIdentifier().setSystem(RollerCodes.DEVICE_ID).setValue(s.deviceId());
        d.addDeviceName().setName("Sensor foam roller " + s.deviceId()).setType(Device.DeviceNameType.USERFRIENDLYNAME);
        d.getType().setText("Foam roller with an IMU and pressure cells");
        if (s.firmware() != null) {
            d.addVersion().setValue(s.firmware());
        }
        narrative(d, "Sensor foam roller " + s.deviceId() + ".");
        return d;
    }

    private static Observation observation(SessionView s, String patientUrl, String rollerUrl) {
        Observation o = new Observation();
        o.addIdentifier().setSystem(RollerCodes.SESSION_ID).setValue(s.sessionId());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory().addCoding().setSystem(CATEGORY).setCode("activity").setDisplay("Activity");
        o.getCode().addCoding().setSystem(LOINC).setCode(EXERCISE_DURATION).setDisplay("Exercise duration");
        o.getCode().setText("Thoracic extension session on a foam roller");
        o.setSubject(new Reference(patientUrl));
        o.addPerformer(new Reference(patientUrl));
        o.setDevice(new Reference(rollerUrl));
        TimeZone zone = TimeZone.getTimeZone(s.startedAt().getZone());
        o.setEffective(new Period().setStartElement(new DateTimeType(Date.from(s.startedAt().toInstant()),
                ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, zone))
                .setEndElement(new DateTimeType(Date.from(s.endedAt().toInstant()),
                        ca.uhn.fhir.model.api.TemporalPrecisionEnum.SECOND, zone)));
        o.setValue(quantity(s.totals().seconds() / 60.0, "min", "min"));
        count(o, RollerCodes.REPS, s.totals().reps());
        count(o, RollerCodes.HELD_REPS, s.totals().holds());
        seconds(o, RollerCodes.HOLD_TIME, s.totals().holdS());
        count(o, RollerCodes.COMPENSATIONS, s.totals().compensations());
        count(o, RollerCodes.SHIFTS, s.totals().shifts());
        seconds(o, RollerCodes.NECK_ZONE_TIME, s.totals().neckS());
        seconds(o, RollerCodes.LUMBAR_ZONE_TIME, s.totals().lumbarS());
        for (LevelRow l : s.levels()) {
            if (l.reps() > 0) {
                count(o, RollerCodes.repsAt(l.level()), l.reps());
            }
        }
        narrative(o, "Thoracic extension session " + s.sessionId() + " of " + s.startedAt().toOffsetDateTime()
                + ": " + Math.round(s.totals().seconds()) + " s, " + s.totals().reps() + " reps, " + s.totals().holds()
                + " held, " + s.totals().compensations() + " compensated.");
        return o;
    }

    /** A generated human-readable summary (dom-6: a resource should have narrative). */
    private static void narrative(DomainResource r, String text) {
        XhtmlNode div = new XhtmlNode(NodeType.Element, "div");
        div.setAttribute("xmlns", "http://www.w3.org/1999/xhtml");
        div.addText(text);
        r.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDiv(div);
    }

    private static void count(Observation o, String code, int value) {
        o.addComponent().setCode(concept(code)).setValue(new IntegerType(value));
    }

    private static void seconds(Observation o, String code, double value) {
        o.addComponent().setCode(concept(code)).setValue(quantity(value, "s", "s"));
    }

    private static CodeableConcept concept(String code) {
        return new CodeableConcept(new Coding(RollerCodes.SYSTEM, code, RollerCodes.display(code)));
    }

    private static Quantity quantity(double value, String unit, String ucum) {
        return new Quantity().setValue(Math.round(value * 1000) / 1000.0).setUnit(unit).setSystem(UCUM).setCode(ucum);
    }

    private static String add(Bundle b, Resource r, String fullUrl) {
        b.addEntry().setFullUrl(fullUrl).setResource(r);
        return fullUrl;
    }

    /** A name-based UUID URN for {@code kind} and {@code id}: the same ids, the same URN. */
    static String urn(String kind, String id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((kind + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

}
