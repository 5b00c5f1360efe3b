package org.challengemarket.ocds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The official OCDS 1.1 schemas and codelists, copied under {@code src/test/resources/ocds-1.1}:
 * the schemas' {@code $ref} URLs are mapped to those files (JSON Schema draft 4).
 */
final class OcdsSchemas {

    private static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(m -> m.mapPrefix(BASE, "classpath:ocds-1.1/")));
    private static final JsonSchema RELEASE_PACKAGE =
            FACTORY.getSchema(SchemaLocation.of(BASE + "release-package-schema.json"));
    private static final JsonSchema RECORD_PACKAGE =
            FACTORY.getSchema(SchemaLocation.of(BASE + "record-package-schema.json"));

    private OcdsSchemas() {}

    static void assertValidReleasePackage(JsonNode pkg) {
        Set<ValidationMessage> errors = RELEASE_PACKAGE.validate(pkg);
        assertThat(errors).as("release package against the OCDS 1.1 schema").isEmpty();
        pkg.path("releases").forEach(OcdsSchemas::assertCodes);
    }

    static void assertValidRecordPackage(JsonNode pkg) {
        Set<ValidationMessage> errors = RECORD_PACKAGE.validate(pkg);
        assertThat(errors).as("record package against the OCDS 1.1 schema").isEmpty();
        for (JsonNode record : pkg.path("records")) {
            record.path("releases").forEach(OcdsSchemas::assertCodes);
            assertCodes(record.path("compiledRelease"));
        }
    }

    /** Every coded field of a release holds a code of its codelist. */
    static void assertCodes(JsonNode release) {
        release.path("tag").forEach(t -> assertCode("releaseTag", t));
        assertCode("initiationType", release.path("initiationType"));
        release.path("parties").forEach(p -> p.path("roles").forEach(r -> assertCode("partyRole", r)));
        JsonNode tender = release.path("tender");
        assertCode("tenderStatus", tender.path("status"));
        assertCode("method", tender.path("procurementMethod"));
        assertCode("procurementCategory", tender.path("mainProcurementCategory"));
        assertCode("awardCriteria", tender.path("awardCriteria"));
        tender.path("submissionMethod").forEach(s -> assertCode("submissionMethod", s));
        assertCode("currency", tender.path("value").path("currency"));
        milestones(tender.path("milestones"));
        for (JsonNode award : release.path("awards")) {
            assertCode("awardStatus", award.path("status"));
            assertCode("currency", award.path("value").path("currency"));
        }
        for (JsonNode contract : release.path("contracts")) {
            assertCode("contractStatus", contract.path("status"));
            assertCode("currency", contract.path("value").path("currency"));
            milestones(contract.path("milestones"));
            milestones(contract.path("implementation").path("milestones"));
            contract.path("implementation")
                    .path("transactions")
                    .forEach(t -> assertCode("currency", t.path("value").path("currency")));
        }
    }

    private static void milestones(JsonNode milestones) {
        for (JsonNode m : milestones) {
            assertCode("milestoneType", m.path("type"));
            assertCode("milestoneStatus", m.path("status"));
        }
    }

    private static void assertCode(String codelist, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        assertThat(codes(codelist)).as(codelist + " codelist").contains(value.asText());
    }

    static Set<String> codes(String codelist) {
        try (var in = OcdsSchemas.class.getResourceAsStream("/ocds-1.1/codelists/" + codelist + ".csv");
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Set<String> codes = new HashSet<>();
            reader.lines().skip(1).map(line -> line.split(",", 2)[0]).forEach(codes::add);
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
