package shop.atelier.authz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of {@code authorization-matrix.tsv}: an endpoint (method and pattern exactly as the
 * application maps it), the concrete request that exercises it, and what each persona should meet.
 *
 * @param request the path (with query, if any) to call; {@code {name}} placeholders are fixtures
 * @param line the row's line number in the file, for messages
 */
public record Declaration(Endpoint endpoint, String request, Map<Persona, Expectation> expected, int line) {

    private static final Pattern COLUMNS = Pattern.compile("\\s+");

    /** Reads the declarations from the classpath resource; the header row names the persona columns. */
    public static List<Declaration> read(String resource) {
        var stream = Objects.requireNonNull(
                Declaration.class.getClassLoader().getResourceAsStream(resource), () -> "No resource " + resource);
        var declarations = new ArrayList<Declaration>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<Persona> personas = null;
            String text;
            var number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                var trimmed = text.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                var cells = COLUMNS.split(trimmed);
                if (cells[0].equals("method")) {
                    personas = new ArrayList<>();
                    for (var i = 3; i < cells.length; i++) {
                        personas.add(Persona.ofColumn(cells[i]));
                    }
                    if (personas.size() != Persona.values().length) {
                        throw new IllegalStateException(
                                resource + ":" + number + ": the header must name every persona once");
                    }
                    continue;
                }
                if (personas == null) {
                    throw new IllegalStateException(resource + ":" + number + ": the header row must come first");
                }
                if (cells.length != 3 + personas.size()) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + (3 + personas.size())
                            + " columns, found " + cells.length + ": " + trimmed);
                }
                var expected = new EnumMap<Persona, Expectation>(Persona.class);
                for (var i = 0; i < personas.size(); i++) {
                    try {
                        expected.put(personas.get(i), Expectation.parse(cells[3 + i]));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException(
                                resource + ":" + number + ": unknown expectation '" + cells[3 + i] + "'", e);
                    }
                }
                var endpoint = new Endpoint(cells[0], cells[1]);
                var request = cells[2].equals("=") ? cells[1] : cells[2];
                declarations.add(new Declaration(endpoint, request, expected, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return declarations;
    }
}
