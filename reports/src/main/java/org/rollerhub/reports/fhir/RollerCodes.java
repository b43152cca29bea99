package org.rollerhub.reports.fhir;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.rollerhub.analytics.Level;

/**
 * The project's own CodeSystem for what a thoracic-extension session on the roller measures, with
 * the identifier systems of the export. Published in docs/reports.md; the FHIR export's components
 * use these codes, and {@link #codeSystem()} is the resource a validator or a server loads.
 */
public final class RollerCodes {
    /** Canonical URL of the CodeSystem. */
    public static final String SYSTEM = "http://rollerhub.org/fhir/CodeSystem/roller-session";
    /** Identifier system of a person's pseudonymous id (the store's person id). */
    public static final String PERSON_ID = "http://rollerhub.org/fhir/sid/person-id";
    /** Identifier system of a roller's 16-hex-digit device id. */
    public static final String DEVICE_ID = "http://rollerhub.org/fhir/sid/roller-device-id";
    /** Identifier system of a session's id. */
    public static final String SESSION_ID = "http://rollerhub.org/fhir/sid/session-id";
    public static final String VERSION = "1";

    public static final String REPS = "reps";
    public static final String HELD_REPS = "held-reps";
    public static final String HOLD_TIME = "hold-time";
    public static final String COMPENSATIONS = "compensations";
    public static final String SHIFTS = "shifts";
    public static final String NECK_ZONE_TIME = "neck-zone-time";
    public static final String LUMBAR_ZONE_TIME = "lumbar-zone-time";

    private RollerCodes() {
    }

    /** One code: its value, display and definition. */
    public record Code(String code, String display, String definition) {
    }

    /** The code of reps that began at {@code level}: {@code reps-T1}..{@code reps-T12}, {@code reps-C}, {@code reps-L}. */
    public static String repsAt(Level level) {
        return "reps-" + level.name();
    }

    private static final List<Code> CODES = makeCodes();
    private static final java.util.Map<String, String> DISPLAY = CODES.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Code::code, Code::display));

    /** Every code, in the order of docs/reports.md. */
    public static List<Code> codes() {
        return CODES;
    }

    private static List<Code> makeCodes() {
        List<Code> out = new ArrayList<>(List.of(
                new Code(REPS, "Extension reps", "Thoracic extension reps in the session (count)."),
                new Code(HELD_REPS, "Held reps", "Reps whose plateau lasted 2.0 s or more (count)."),
                new Code(HOLD_TIME, "Time held", "Plateau time summed over all reps (s)."),
                new Code(COMPENSATIONS, "Lumbar-arch compensations",
                        "Reps during whose rise the contact point moved 1.0 cm or more toward the feet, "
                                + "or that began in the lumbar zone (count)."),
                new Code(SHIFTS, "Segment shifts", "Rolls of 1.0 cm or more, net, between resting positions (count)."),
                new Code(NECK_ZONE_TIME, "Neck zone time", "Time loaded with the contact point above T1 (s)."),
                new Code(LUMBAR_ZONE_TIME, "Lumbar zone time", "Time loaded with the contact point below T12 (s).")));
        for (Level l : Level.values()) {
            String where = l == Level.C ? "in the neck zone (above T1)" : l == Level.L ? "in the lumbar zone (below T12)" : "at " + l;
            out.add(new Code(repsAt(l), "Reps " + where, "Reps that began with the contact point " + where + " (count)."));
        }
        return List.copyOf(out);
    }

    /** The CodeSystem resource (content complete). */
    public static CodeSystem codeSystem() {
        CodeSystem cs = new CodeSystem();
        cs.setId("roller-session");
        cs.setUrl(SYSTEM);
        cs.setVersion(VERSION);
        cs.setName("RollerSessionMeasures");
        cs.setTitle("Roller hub: thoracic extension session measures");
        cs.setStatus(PublicationStatus.ACTIVE);
        cs.setExperimental(false);
        cs.setPublisher("roller-hub project");
        cs.setDescription("What the roller hub measures in a thoracic-extension session on a sensor-equipped foam roller.");
        cs.setCaseSensitive(true);
        cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
        for (Code c : codes()) {
            cs.addConcept().setCode(c.code()).setDisplay(c.display()).setDefinition(c.definition());
        }
        cs.setCount(cs.getConcept().size());
        return cs;
    }

    /** The display of a code; throws if it is not one of ours. */
    public static String display(String code) {
        String d = DISPLAY.get(code);
        if (d == null) {
            throw new IllegalArgumentException("not a roller-session code: " + code);
        }
        return d;
    }
}
