package org.itut.compliance.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The JSON Schemas the library publishes ({@code docs/schemas/}, shipped in the jar under
 * {@code org/itut/compliance/schemas/}), loaded as an editor or a consumer would: by their {@code $id}, which
 * is mapped to the copy in the library, so that no test reaches the network.
 */
final class PublishedSchemas {
    static final String FACTS = "facts.schema.json";
    static final String REPORT = "report.schema.json";
    static final ObjectMapper JSON = new ObjectMapper();

    private PublishedSchemas() {
    }

    /** The {@code <url>} of pom.xml: the one place that names the project's home. */
    static String pomUrl() {
        try {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
            var nodes = doc.getDocumentElement().getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if ("url".equals(nodes.item(i).getNodeName())) {
                    return nodes.item(i).getTextContent().trim();
                }
            }
            throw new IllegalStateException("pom.xml has no <url>");
        } catch (Exception e) {
            throw new IllegalStateException("cannot read pom.xml", e);
        }
    }

    /** Where the published schemas live under the project's home; each {@code $id} is this plus the file name. */
    static String idBase() {
        return pomUrl() + "/raw/main/docs/schemas/";
    }

    /** The schema file as the repository holds it (docs/schemas/). */
    static JsonNode tree(String name) {
        try {
            return JSON.readTree(Files.readString(Path.of("docs", "schemas", name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema, loaded by its {@code $id} from the copy inside the library. */
    static JsonSchema load(String name) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                b -> b.schemaMappers(m -> m.mapPrefix(idBase(), "classpath:" + Resources.NAMESPACE + "schemas/")));
        return factory.getSchema(SchemaLocation.of(idBase() + name));
    }

    /** The schema's complaints about {@code instance}, one line each, in a stable order. */
    static List<String> errors(JsonSchema schema, JsonNode instance) {
        return schema.validate(instance).stream()
                .sorted(Comparator.comparing(ValidationMessage::getInstanceLocation, Comparator.comparing(Object::toString))
                        .thenComparing(ValidationMessage::getMessage))
                .map(m -> m.getInstanceLocation() + ": " + m.getMessage()).toList();
    }

    private static final Pattern REF = Pattern.compile("^#/definitions/(\\w+)$");

    /** {@code node} with a {@code $ref} (or an {@code allOf} of one {@code $ref}) replaced by what it names. */
    static JsonNode resolve(JsonNode root, JsonNode node) {
        JsonNode n = node;
        while (true) {
            if (n.has("$ref")) {
                n = definition(root, n.get("$ref").asText());
            } else if (n.has("allOf") && n.get("allOf").size() == 1 && n.get("allOf").get(0).has("$ref")) {
                n = definition(root, n.get("allOf").get(0).get("$ref").asText());
            } else {
                return n;
            }
        }
    }

    /** The name of the definition {@code node} refers to ({@code $ref} or a single-{@code $ref} {@code allOf}), or null. */
    static String refName(JsonNode node) {
        String ref = node.has("$ref") ? node.get("$ref").asText()
                : node.has("allOf") && node.get("allOf").size() == 1 ? node.get("allOf").get(0).path("$ref").asText(null) : null;
        if (ref == null) {
            return null;
        }
        Matcher m = REF.matcher(ref);
        return m.matches() ? m.group(1) : null;
    }

    private static JsonNode definition(JsonNode root, String ref) {
        Matcher m = REF.matcher(ref);
        if (!m.matches() || !root.path("definitions").has(m.group(1))) {
            throw new IllegalStateException("the schema refers to " + ref + ", which it does not define");
        }
        return root.path("definitions").get(m.group(1));
    }
}
