package org.rollerhub.reports.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.rollerhub.reports.io.AtomicOutput;

/** Writes a Bundle as FHIR JSON (UTF-8, pretty-printed), atomically. */
public final class FhirExport {
    private FhirExport() {
    }

    /** The R4 context, made once per JVM (it takes a while: it scans the model classes). */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }

    /** Encodes the Bundle as JSON. */
    public static String json(Bundle bundle) {
        return context().newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /** Writes the Bundle to {@code target} (see {@link AtomicOutput#writeFile}). */
    public static void write(Bundle bundle, Path target) {
        AtomicOutput.writeFile(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            context().newJsonParser().setPrettyPrint(true).encodeResourceToWriter(bundle, w);
            w.flush();
        });
    }
}
