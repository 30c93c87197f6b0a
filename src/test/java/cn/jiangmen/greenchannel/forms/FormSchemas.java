package cn.jiangmen.greenchannel.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the Camunda Forms in {@code forms/} (Maven runs tests from the project root). */
final class FormSchemas {

    static final Path FORMS_DIR = Path.of("forms");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormSchemas() {
    }

    /** Every {@code *.form} file, sorted by name. */
    static List<Path> formFiles() {
        try (Stream<Path> files = Files.list(FORMS_DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".form")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FORMS_DIR.toAbsolutePath(), e);
        }
    }

    static String formId(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".form".length());
    }

    static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("not valid JSON: " + file, e);
        }
    }

    /** All components of a form, depth first, including those nested in groups. */
    static List<JsonNode> components(JsonNode schema) {
        List<JsonNode> all = new ArrayList<>();
        collect(schema.path("components"), all);
        return all;
    }

    private static void collect(JsonNode components, List<JsonNode> into) {
        for (JsonNode component : components) {
            into.add(component);
            collect(component.path("components"), into);
        }
    }

    /** Components that bind a variable (they carry a {@code key}). */
    static List<JsonNode> keyedComponents(JsonNode schema) {
        return components(schema).stream().filter(c -> c.hasNonNull("key")).toList();
    }

    static boolean hasOptions(JsonNode component) {
        String type = component.path("type").asText();
        return type.equals("select") || type.equals("radio") || type.equals("checklist") || type.equals("taglist");
    }

    /** A component's static options as "value=label" strings, in order. */
    static List<String> options(JsonNode component) {
        List<String> options = new ArrayList<>();
        for (JsonNode option : component.path("values")) {
            options.add(option.path("value").asText() + "=" + option.path("label").asText());
        }
        return options;
    }
}
