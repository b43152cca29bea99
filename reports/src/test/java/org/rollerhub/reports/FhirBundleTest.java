package org.rollerhub.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.reports.fhir.FhirBundleBuilder;
import org.rollerhub.reports.fhir.FhirExport;
import org.rollerhub.reports.fhir.RollerCodes;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.store.JdbcSessionStore;

/**
 * The FHIR export of the shared samples, validated offline by HAPI FHIR's instance validator against
 * the R4 base specification (hapi-fhir-validation-resources-r4) and the project's CodeSystem.
 */
class FhirBundleTest {
    @TempDir
    static Path dir;
    static List<SessionView> sessions;
    static JdbcSessionStore store;

    @BeforeAll
    static void fill() throws Exception {
        store = SampleStore.create(dir);
        sessions = Exports.sessionViews(store, store.person(SampleStore.PERSON).orElseThrow(), null, null);
    }

    @Test
    void bundleValidatesWithNoErrorsOffline() throws Exception {
        Bundle bundle = FhirBundleBuilder.build(store.person(SampleStore.PERSON).orElseThrow(), sessions, "test",
                Instant.parse("2026-12-06T12:00:00Z"));
        Path file = dir.resolve("bundle.json");
        FhirExport.write(bundle, file);
        String json = Files.readString(file);

        FhirContext ctx = FhirExport.context();
        PrePopulatedValidationSupport ours = new PrePopulatedValidationSupport(ctx);
        ours.addCodeSystem(RollerCodes.codeSystem());
        UnknownCodeSystemWarningValidationSupport unknown = new UnknownCodeSystemWarningValidationSupport(ctx);
        unknown.setNonExistentCodeSystemSeverity(
                ca.uhn.fhir.context.support.IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx), ours,
                new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
                new SnapshotGeneratingValidationSupport(ctx), unknown);
        FhirValidator validator = ctx.newValidator();
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        module.setNoTerminologyChecks(false);
        validator.registerValidatorModule(module);
        ValidationResult result = validator.validateWithResult(json);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
        result.getMessages().forEach(m -> System.out.println("FHIR " + m.getSeverity() + " " + m.getLocationString()
                + " " + m.getMessage()));
        assertEquals(List.of(), errors.stream().map(m -> m.getLocationString() + ": " + m.getMessage()).toList());

        Bundle back = ctx.newJsonParser().parseResource(Bundle.class, json);
        List<Observation> obs = back.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance).map(Observation.class::cast).toList();
        assertEquals(sessions.size(), obs.size());
        int reps = obs.stream().mapToInt(o -> component(o, RollerCodes.REPS)).sum();
        assertEquals(sessions.stream().mapToInt(s -> s.totals().reps()).sum(), reps);
        assertTrue(reps > 0);
        for (Observation o : obs) {
            assertEquals("55411-3", o.getCode().getCodingFirstRep().getCode());
            assertEquals("activity", o.getCategoryFirstRep().getCodingFirstRep().getCode());
            int byLevel = o.getComponent().stream()
                    .filter(c -> c.getCode().getCodingFirstRep().getCode().startsWith("reps-"))
                    .mapToInt(c -> c.getValueIntegerType().getValue()).sum();
            assertEquals(component(o, RollerCodes.REPS), byLevel, "reps per level add up to the reps");
        }
        assertTrue(json.contains(SampleStore.PERSON));
        assertTrue(!json.contains(SampleStore.NAME), "the display name never leaves the hub");
    }

    private static int component(Observation o, String code) {
        return o.getComponent().stream().filter(c -> code.equals(c.getCode().getCodingFirstRep().getCode()))
                .mapToInt(c -> c.getValueIntegerType().getValue()).findFirst().orElseThrow();
    }
}
