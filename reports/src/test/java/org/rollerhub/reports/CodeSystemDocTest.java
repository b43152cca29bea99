package org.rollerhub.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rollerhub.reports.fhir.FhirExport;
import org.rollerhub.reports.fhir.RollerCodes;

/**
 * The CodeSystem published in docs/ is the one the export uses, and docs/reports.md lists every code.
 * When a code changes, this test writes the new resource to target/ and says where to copy it.
 */
class CodeSystemDocTest {
    static final Path DOCS = Path.of("..", "docs");

    @Test
    void publishedCodeSystemIsTheOneInUse() throws IOException {
        String expected = FhirExport.context().newJsonParser().setPrettyPrint(true)
                .encodeResourceToString(RollerCodes.codeSystem()) + "\n";
        Path published = DOCS.resolve("fhir").resolve("CodeSystem-roller-session.json");
        String actual = Files.exists(published) ? Files.readString(published, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            Path fresh = Path.of("target", "CodeSystem-roller-session.json");
            Files.writeString(fresh, expected, StandardCharsets.UTF_8);
            assertEquals(expected, actual, "docs/fhir/CodeSystem-roller-session.json is stale: copy " + fresh.toAbsolutePath());
        }
    }

    @Test
    void reportsDocListsEveryCode() throws IOException {
        String doc = Files.readString(DOCS.resolve("reports.md"), StandardCharsets.UTF_8);
        for (RollerCodes.Code c : RollerCodes.codes()) {
            assertTrue(doc.contains("`" + c.code() + "`"), "docs/reports.md lists `" + c.code() + "`");
        }
    }
}
