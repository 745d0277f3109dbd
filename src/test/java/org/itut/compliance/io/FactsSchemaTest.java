package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.itut.compliance.rules.CaseFilesAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published facts schema ({@code docs/schemas/facts.schema.json}) against the data and against the
 * reader. The data: the bundled register and the {@code given} facts of every case validate. The reader, so
 * that the schema cannot drift from it: at every mapping the schema describes, the keys the reader accepts
 * and the keys it requires are asked of the reader itself (it lists them when it meets an unknown key or a
 * missing one) and must be the schema's; every enum the reader reads has its definition, with the Java
 * enum's values; and a file holding every key the schema knows, each with a value the schema accepts,
 * reads without a problem of key, type or format.
 */
class FactsSchemaTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String PROBE = "notAKeyOfTheFormat";
    private static JsonNode tree;
    private static JsonSchema schema;

    @BeforeAll
    static void load() {
        tree = PublishedSchemas.tree(PublishedSchemas.FACTS);
        schema = PublishedSchemas.load(PublishedSchemas.FACTS);
    }

    @Test
    void should_validate_every_file_of_the_bundled_register() throws Exception {
        // GIVEN the register's files, read as an editor reads YAML
        List<String> files = Resources.list(FactReader.REGISTER, n -> n.endsWith(".yaml"));
        assertThat(files).isNotEmpty();
        Map<String, List<String>> errors = new TreeMap<>();
        for (String f : files) {
            JsonNode doc = YAML.readTree(Resources.read(FactReader.REGISTER + "/" + f));
            // WHEN validated against the facts schema
            List<String> e = PublishedSchemas.errors(schema, doc);
            if (!e.isEmpty()) {
                errors.put(f, e);
            }
        }
        // THEN none has an error
        assertThat(errors).as("schema errors in the register").isEmpty();
    }

    @Test
    void should_validate_the_given_facts_of_every_case() {
        // GIVEN every case of every case file
        Map<String, List<String>> errors = new TreeMap<>();
        int cases = 0;
        for (String file : CaseFilesAccess.caseFiles()) {
            List<JsonNode> givens = CaseFilesAccess.givens(file);
            for (int i = 0; i < givens.size(); i++) {
                cases++;
                // WHEN its facts are validated against the facts schema
                List<String> e = PublishedSchemas.errors(schema, givens.get(i));
                if (!e.isEmpty()) {
                    errors.put(file + " cases[" + i + "]", e);
                }
            }
        }
        // THEN none has an error
        assertThat(cases).isGreaterThan(100);
        assertThat(errors).as("schema errors in the cases' given facts").isEmpty();
    }

    @Test
    void should_refuse_what_the_reader_refuses() throws Exception {
        // GIVEN facts each of which the reader refuses
        List<String> bad = List.of(
                "groups: [{id: SG17, kind: STUDY_GROUP, chair: X}]",                       // an unknown key
                "groups: [{id: SG17}]",                                                   // a required key missing
                "groups: [{id: SG17, kind: STUDY_GROUPS}]",                               // not a value of the enum
                "groups: [{id: SG17, kind: STUDY_GROUP, associated: SG20}]",              // one text where a list is read
                "groups: [{id: '  ', kind: STUDY_GROUP}]",                                // a blank text
                "meetings: [{id: M, group: SG17, start: 2026-13}]",                       // not a month
                "meetings: [{id: M, group: SG17, start: 2026-05-11, remoteParticipation: maybe}]", // not yes/no/unknown
                "decisions: [{id: D, body: TSAG, kind: APPROVE, date: 3 May 2026}]",      // not an ISO date
                "consultations: [{id: C, procedure: TAP_RES1_2016_9_4, subjects: [Q1], deadline: 2026-04-03}]", // no time
                "consultations: [{id: C, procedure: TAP_RES1_2016_9_4, subjects: []}]",   // no subject
                "groups: [{id: J, kind: JCA, termsOfReference: {document: T, duties: [{item: i, kind: ANNOUNCE_OWN_MEETINGS, leadTime: -P7D}]}}]",
                "groups: [{id: J, kind: JCA, termsOfReference: {document: T, leadership: [{item: i, role: CHAIR, count: 0}]}}]",
                "replies: [{id: R, consultation: C, from: X, memberKind: MEMBER_STATE, positions: {Q1: YES}}]",
                "participantLists: [{entity: X, entityKind: OTHER, meeting: M, names: many}]");
        for (String yaml : bad) {
            // WHEN validated THEN the schema refuses it
            assertThat(PublishedSchemas.errors(schema, YAML.readTree(yaml))).as(yaml).isNotEmpty();
        }
        // and facts the reader takes pass
        assertThat(PublishedSchemas.errors(schema, YAML.readTree(
                "groups: [{id: SG17, kind: STUDY_GROUP, associated: [SG20]}, {id: SG20, kind: STUDY_GROUP}]"))).isEmpty();
    }

    @Test
    void should_be_stricter_than_the_reader_only_where_docs_facts_format_says() throws Exception {
        // GIVEN facts the reader takes, written as the format does not write them
        List<String> forgiven = List.of(
                "groups: [{id: SG17, kind: study-group}]",                   // an enum value in another spelling
                "meetings: [{id: M, group: SG17, start: 2026-05, end: ~}]", // an empty value, read as absent
                "inventories: [{source: SG17, from: unknown, to: 2026-01-31}]"); // an inventory without its first day
        for (String yaml : forgiven) {
            // WHEN validated THEN the schema asks for the documented form (the name as listed; the key left out)
            assertThat(PublishedSchemas.errors(schema, YAML.readTree(yaml))).as(yaml).isNotEmpty();
        }
    }

    // ---- The schema and the reader agree ----------------------------------------------------------------

    /** A mapping the schema describes, with the path from the file's root to it. */
    private record Place(List<String> keys, List<Boolean> inList, JsonNode schema) {
        String path() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < keys.size(); i++) {
                sb.append(i == 0 ? "" : ".").append(keys.get(i)).append(inList.get(i) ? "[0]" : "");
            }
            return sb.toString();
        }

        /** A document that reaches this place and holds {@code content} there. */
        ObjectNode document(ObjectNode content) {
            ObjectNode root = PublishedSchemas.JSON.createObjectNode();
            ObjectNode cur = root;
            for (int i = 0; i < keys.size(); i++) {
                ObjectNode next = i == keys.size() - 1 ? content : PublishedSchemas.JSON.createObjectNode();
                if (inList.get(i)) {
                    cur.putArray(keys.get(i)).add(next);
                } else {
                    cur.set(keys.get(i), next);
                }
                cur = next;
            }
            return keys.isEmpty() ? content : root;
        }
    }

    /** Every mapping of the format the schema describes (not the maps keyed by subject id). */
    private static List<Place> places() {
        List<Place> out = new ArrayList<>();
        collect(new Place(List.of(), List.of(), tree), out);
        return out;
    }

    private static void collect(Place p, List<Place> out) {
        out.add(p);
        for (Iterator<Map.Entry<String, JsonNode>> it = p.schema().path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = PublishedSchemas.resolve(tree, e.getValue());
            boolean list = "array".equals(v.path("type").asText());
            JsonNode target = list ? PublishedSchemas.resolve(tree, v.path("items")) : v;
            if ("object".equals(target.path("type").asText()) && target.has("properties")) {
                List<String> keys = new ArrayList<>(p.keys());
                keys.add(e.getKey());
                List<Boolean> inList = new ArrayList<>(p.inList());
                inList.add(list);
                collect(new Place(keys, inList, target), out);
            }
        }
    }

    private static List<InputProblem> problems(ObjectNode document) throws Exception {
        try {
            FactReader.read("probe.json", new StringReader(PublishedSchemas.JSON.writeValueAsString(document)));
            return List.of();
        } catch (InputException e) {
            return e.problems();
        }
    }

    private static Set<String> schemaKeys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void should_describe_at_every_level_exactly_the_keys_the_reader_accepts() throws Exception {
        List<Place> places = places();
        assertThat(places.size()).as("mappings the schema describes").isGreaterThan(40);
        List<String> differences = new ArrayList<>();
        for (Place p : places) {
            assertThat(p.schema().path("additionalProperties").isBoolean() && !p.schema().path("additionalProperties").asBoolean())
                    .as("%s: additionalProperties is false", p.path().isEmpty() ? "the file" : p.path()).isTrue();
            // GIVEN a mapping at this place with a key the format does not have
            ObjectNode content = PublishedSchemas.JSON.createObjectNode().put(PROBE, 1);
            String where = p.path().isEmpty() ? PROBE : p.path() + "." + PROBE;
            // WHEN the reader reads it, it names the keys allowed there
            InputProblem unknown = problems(p.document(content)).stream().filter(x -> x.path().equals(where)).findFirst().orElse(null);
            if (unknown == null || !unknown.expected().contains("keys allowed here: ")) {
                differences.add((p.path().isEmpty() ? "the file" : p.path()) + ": the reader reads no mapping here");
                continue;
            }
            Set<String> reader = new TreeSet<>(Arrays.asList(
                    unknown.expected().substring(unknown.expected().indexOf("keys allowed here: ") + 19).split(", ")));
            // THEN they are the schema's
            Set<String> schemaOnly = new TreeSet<>(schemaKeys(p.schema()));
            schemaOnly.removeAll(reader);
            Set<String> readerOnly = new TreeSet<>(reader);
            readerOnly.removeAll(schemaKeys(p.schema()));
            if (!schemaOnly.isEmpty() || !readerOnly.isEmpty()) {
                differences.add((p.path().isEmpty() ? "the file" : p.path()) + ":"
                        + (readerOnly.isEmpty() ? "" : " the reader accepts but the schema lacks " + readerOnly)
                        + (schemaOnly.isEmpty() ? "" : " the schema has but the reader refuses " + schemaOnly));
            }
        }
        assertThat(differences).as("keys of the schema against the reader").isEmpty();
    }

    @Test
    void should_require_at_every_level_exactly_the_keys_the_reader_requires() throws Exception {
        Pattern missing = Pattern.compile("^the required key \"(\\w+)\" is missing$");
        List<String> differences = new ArrayList<>();
        for (Place p : places()) {
            // GIVEN an empty mapping at this place, WHEN the reader reads it
            Set<String> reader = new TreeSet<>();
            for (InputProblem x : problems(p.document(PublishedSchemas.JSON.createObjectNode()))) {
                Matcher m = missing.matcher(x.problem());
                if (x.path().equals(p.path()) && m.matches()) {
                    reader.add(m.group(1));
                }
            }
            // THEN the keys it says are missing are the schema's required keys
            Set<String> required = new TreeSet<>();
            p.schema().path("required").forEach(r -> required.add(r.asText()));
            // The constructor of a consultation refuses one without a subject; the schema says so with required + minItems.
            if (p.path().equals("consultations[0]")) {
                reader.add("subjects");
            }
            if (!required.equals(reader)) {
                differences.add((p.path().isEmpty() ? "the file" : p.path()) + ": the reader requires " + reader
                        + ", the schema " + required);
            }
        }
        assertThat(differences).as("required keys of the schema against the reader").isEmpty();
    }

    @Test
    void should_list_for_every_enum_the_reader_reads_the_values_of_the_java_enum() throws Exception {
        // GIVEN the enums FactReader binds (named in its source as Kind.class or Kind.valueOf)
        String source = Files.readString(Path.of("src/main/java/org/itut/compliance/io/FactReader.java"), StandardCharsets.UTF_8);
        Set<Class<?>> read = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\\b([A-Z]\\w+)\\s*(?:\\.class|\\.valueOf\\()").matcher(source);
        while (m.find()) {
            try {
                Class<?> c = Class.forName("org.itut.compliance.facts." + m.group(1));
                if (c.isEnum()) {
                    read.add(c);
                }
            } catch (ClassNotFoundException e) {
                // not a fact enum (FactReader.class, Map.class ...)
            }
        }
        assertThat(read).as("enums the reader binds").hasSizeGreaterThan(30);
        JsonNode defs = tree.path("definitions");
        List<String> differences = new ArrayList<>();
        // THEN each has a definition of its own name listing exactly its constants, in their order
        for (Class<?> c : read) {
            List<String> java = Arrays.stream(c.getEnumConstants()).map(x -> ((Enum<?>) x).name()).toList();
            List<String> listed = new ArrayList<>();
            defs.path(c.getSimpleName()).path("enum").forEach(v -> listed.add(v.asText()));
            if (!java.equals(listed)) {
                differences.add(c.getSimpleName() + ": Java " + java + ", schema " + listed);
            }
        }
        // and every enum definition of the schema is such an enum
        for (Iterator<String> it = defs.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (defs.get(name).has("enum") && !name.equals("yesNo")
                    && read.stream().noneMatch(c -> c.getSimpleName().equals(name))) {
                differences.add(name + ": an enum definition the reader does not read");
            }
        }
        assertThat(differences).as("enum values of the schema against the Java enums").isEmpty();
    }

    @Test
    void should_read_without_a_problem_of_key_or_type_every_value_the_schema_accepts() throws Exception {
        // GIVEN a file holding every mapping and key the schema describes, each with a value the schema accepts
        ObjectNode file = (ObjectNode) sample(tree, new int[] {0});
        assertThat(PublishedSchemas.errors(schema, file)).as("the sample is valid against the schema").isEmpty();
        // WHEN the reader reads it
        List<InputProblem> problems = problems(file);
        // THEN it finds nothing wrong with a key, a type or a format (only references between the sample's facts,
        // which the schema cannot check)
        Pattern keyOrType = Pattern.compile("^(found |unknown key|the required key|\"[^\"]*\" is not (a date|a known value"
                + "|a period|a time with an offset)|the number .* is too large|is not a valid )");
        List<String> wrong = problems.stream().filter(x -> keyOrType.matcher(x.problem()).find()).map(InputProblem::toString)
                .collect(Collectors.toList());
        assertThat(wrong).as("the reader's problems with values the schema accepts").isEmpty();
    }

    /** A value {@code node} accepts, every key of every mapping present; texts are numbered so that no two ids collide. */
    private static JsonNode sample(JsonNode node, int[] counter) {
        String name = PublishedSchemas.refName(node);
        JsonNode n = PublishedSchemas.resolve(tree, node);
        if (name != null) {
            switch (name) {
                case "text":
                    return PublishedSchemas.JSON.getNodeFactory().textNode("v" + ++counter[0]);
                case "date":
                case "knownDate":
                    return PublishedSchemas.JSON.getNodeFactory().textNode("2025-01-01");
                case "partialDate":
                    return PublishedSchemas.JSON.getNodeFactory().textNode("2025-01");
                case "instant":
                    return PublishedSchemas.JSON.getNodeFactory().textNode("2025-01-01T12:00Z");
                case "leadTime":
                    return PublishedSchemas.JSON.getNodeFactory().textNode("P7D");
                case "yesNo":
                    return PublishedSchemas.JSON.getNodeFactory().booleanNode(false);
                default:
                    if (n.has("enum")) {
                        return n.get("enum").get(0);
                    }
            }
        }
        String type = n.path("type").isArray() ? n.path("type").get(0).asText() : n.path("type").asText();
        switch (type) {
            case "object": {
                ObjectNode o = PublishedSchemas.JSON.createObjectNode();
                if (n.has("properties")) {
                    n.get("properties").fields().forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), counter)));
                } else {
                    o.set("v" + ++counter[0], sample(n.get("additionalProperties"), counter));
                }
                return o;
            }
            case "array": {
                ArrayNode a = PublishedSchemas.JSON.createArrayNode();
                a.add(sample(n.get("items"), counter));
                return a;
            }
            case "string":
                return PublishedSchemas.JSON.getNodeFactory().textNode("v" + ++counter[0]);
            case "integer":
                return PublishedSchemas.JSON.getNodeFactory().numberNode(Math.max(1, n.path("minimum").asInt(1)));
            default:
                throw new IllegalStateException("the sample generator does not know this part of the schema: " + n);
        }
    }
}
