package org.rollerhub.pipeline.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The shared session-summary schema ({@code roller.shared.dir}/session-summary.schema.json),
 * draft 2020-12, with format assertions on, as a validator for tests.
 */
public final class SummarySchema {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    private SummarySchema() {
    }

    /** The folder of the shared contracts. */
    public static Path sharedDir() {
        String dir = System.getProperty("roller.shared.dir");
        return Path.of(dir == null ? "../../shared" : dir);
    }

    /** The validation errors of {@code json}; empty when it is valid. */
    public static synchronized Set<ValidationMessage> validate(String json) throws IOException {
        if (schema == null) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            // Loaded by its file URI: the schema's relative $id ("roller.session/1") resolves against it.
            Path file = sharedDir().resolve("session-summary.schema.json").toAbsolutePath().normalize();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of(file.toUri().toString()), config);
        }
        JsonNode node = MAPPER.readTree(json);
        return schema.validate(node);
    }

    /** Parses JSON text. */
    public static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }
}
